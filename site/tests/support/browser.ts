// Shared browser plumbing: the Debian Chromium (never a downloaded one), the built site served
// on 127.0.0.1, and a log of every request so tests can prove nothing leaves the origin.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SITE_ROOT } from '../../scripts/build-sites.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { createStaticServer, listen } from '../../scripts/serve.ts';

export const BUILD_DIR = join(SITE_ROOT, 'test-artifacts/build');
export const ARTIFACTS = join(SITE_ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export interface Harness {
  browser: Browser;
  server: Server;
  origin: string;
  requests: string[];
  newPage: (options?: { timeZone?: string }) => Promise<{ context: BrowserContext; page: Page }>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = createStaticServer(BUILD_DIR);
  const port = await listen(server, 0);
  const origin = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    origin,
    requests,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        timezoneId: options.timeZone ?? 'Australia/Sydney',
        locale: 'en-AU',
      });
      contexts.push(context);
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
