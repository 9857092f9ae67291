import type { Locale } from '../data/format.ts';
import { LOCALES, localePath } from '../i18n/index.ts';

/** The pages a search engine should list, as paths without the locale prefix: the story and the gallery (embeds are noindex). */
export const INDEXED_PATHS = ['/', '/charts/'] as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** sitemap.xml: every indexed page in both editions, each with its hreflang alternates, as full URLs from `site` (the origin). */
export function sitemapXml(site: URL): string {
  const url = (l: Locale, path: string) => escape(new URL(localePath(l, path), site).href);
  const entries = INDEXED_PATHS.flatMap((path) =>
    LOCALES.map((locale) =>
      `  <url>\n    <loc>${url(locale, path)}</loc>\n` +
      LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${url(l, path)}"/>\n`).join('') +
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${url('en', path)}"/>\n  </url>\n`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('')}</urlset>\n`;
}

/** robots.txt: everything may be crawled (embeds say noindex themselves); points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
