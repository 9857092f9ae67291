// @ts-check
import { defineConfig } from 'astro/config';
import { dataGate } from './src/integrations/data-gate.ts';

/** The site's public address: set SITE_URL in production; builds and tests use a local default. */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  // Tests build fixture data into folders of their own; the site itself builds into dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [dataGate()],
  devToolbar: { enabled: false },
});
