import { TableScroll } from '../components/TableScroll.tsx';
import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

export function AboutPage({ site, assets }: { site: SiteData; assets: PageAssets }) {
  return (
    <Page site={site} assets={assets} title="About this plan" current="about">
      <h1>About this plan</h1>
      <TableScroll>
        <table>
          <tbody>
            <tr>
              <th scope="row">Practice</th>
              <td>
                {site.model.practice.legalName}
                {site.model.practice.abn && ` (ABN ${site.model.practice.abn})`}
              </td>
            </tr>
            <tr>
              <th scope="row">Plan version</th>
              <td>{site.model.plan.version}</td>
            </tr>
            <tr>
              <th scope="row">Policy hash (SHA-256)</th>
              <td>
                <code style="word-break:break-all">{site.policyHash}</code>
              </td>
            </tr>
            <tr>
              <th scope="row">Rules version</th>
              <td>
                {site.model.build.rulesVersion} (law as at {site.model.build.lawAsAt})
              </td>
            </tr>
            <tr>
              <th scope="row">Built</th>
              <td>{site.model.build.date}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <p class="notadvice">
        <strong>Not legal advice.</strong> {site.model.build.notAdvice}
      </p>
      <h2>Privacy of this site</h2>
      <p>
        This site sends nothing anywhere: no analytics, no third-party fonts or scripts. Your answers to the
        notification questions stay in this browser tab (session storage, cleared when you close it or press
        “Clear answers”). After the first visit the site works offline.
      </p>
      <h2>Downloads</h2>
      <ul>
        {site.downloads.map((d) => (
          <li>
            <a href={`./${d.path}`} download>
              {d.label}
            </a>{' '}
            ({Math.ceil(d.bytes / 1024)} KB)
          </li>
        ))}
        <li>
          <a href="./wizard-offline.html" download>
            Offline notification questions (one file; opens without a connection)
          </a>
        </li>
      </ul>
    </Page>
  );
}
