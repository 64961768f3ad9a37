// One Astro build renders every practice under /<practice-id>/…; scripts/build-sites.ts then
// splits dist/ into one self-contained folder per practice (relative URLs, flat .html pages so
// the copy also works from file:// and from any sub-path of a web server).
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [preact()],
  build: { format: 'file', inlineStylesheets: 'always', assets: '_astro' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
  },
});
