// What the pages and the wizard read. The practice's data is the generator's: `SiteData` is a
// typed projection of the one view model (@ndb-kit/generator, view-model/site.ts), made by
// scripts/build-sites.ts; these are type-only imports, erased from the browser bundles.
export type {
  ContactGroup,
  SitePerson as Person,
  SiteData,
  WizardPractice,
} from '@ndb-kit/generator';

/** The client half, built once (site-assets.ts): file names are relative to `base`. */
export interface ClientAssets {
  /** "./_astro/" for a self-contained folder, "../_shared/_astro/" under `ndb site --all`. */
  base: string;
  css: { site: string; wizard: string };
  /** The wizard's entry module and every module it imports statically (preloaded), entry first. */
  wizard: string[];
  notices: string;
}
