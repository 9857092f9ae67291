// @ts-check
import { defineConfig } from 'astro/config';
import { dataGate } from './src/integrations/data-gate.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { inlineScriptHashes } from './src/client/inline/index.ts';
import { ADDRESS } from './src/site/address.ts';
import { publishing } from './src/integrations/publishing.ts';

// The public address, with any sub-path, comes from one place (site.config.json or SITE_URL; see README "Deploying").
const address = ADDRESS.url;

export default defineConfig({
  site: address.origin,
  base: address.pathname,
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
  integrations: [publishing(), dataGate(), fontSubset()],
  // A strict Content-Security-Policy on every page: only our own files, and inline code only by hash.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
      scriptDirective: { hashes: inlineScriptHashes() },
    },
  },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
});
