// One Astro build renders every practice under /<practice-id>/…; scripts/build-sites.ts then
// splits dist/ into one self-contained folder per practice (relative URLs, flat .html pages so
// the copy also works from file:// and from any sub-path of a web server).
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { ajvPrecompiled } from './scripts/ajv-browser.ts';

export default defineConfig({
  integrations: [preact()],
  build: { format: 'file', inlineStylesheets: 'always', assets: '_astro' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // The incident file's schema check without eval (the CSP forbids it): see scripts/ajv-browser.ts.
    plugins: [ajvPrecompiled()],
    build: { modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
  },
});
