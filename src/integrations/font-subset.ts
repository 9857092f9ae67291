import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { DataError, dataDir, loadDataset } from '../data/load.ts';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));

/** The weights the site uses, and the full font each is cut from. */
export const WEIGHTS = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 600: '600SemiBold/BeVietnamPro_600SemiBold.ttf' } as const;
type Lang = 'en' | 'vi';

/** Where a subset font is served from: one file per weight and edition. */
export function fontPath(weight: keyof typeof WEIGHTS, lang: Lang): string {
  return `/fonts/be-vietnam-pro-${weight}-${lang}.woff2`;
}

/** Part of each font's cache key: a change of how fonts are cut cuts them again. */
const SUBSET_OPTIONS = 'woff2, no hinting';

const words = (obj: unknown): string => (typeof obj === 'string' ? obj : obj && typeof obj === 'object' ? Object.values(obj).map(words).join('') : '');

/**
 * Every character an edition can show: its copy, the data in its language (and the columns shared by
 * both, such as names and titles), the other edition's name on the language switch, the Vietnamese half
 * of the 404 page (an English page), and printable ASCII (figures change with the data). A page uses
 * its edition's cut alone (tokens.css), whatever the language of a phrase on it.
 */
export function editionCharacters(lang: Lang, dir = dataDir()): string {
  const data = loadDataset(dir);
  const other = lang === 'en' ? 'vi' : 'en';
  const pick = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (!value || typeof value !== 'object') return '';
    const entries = Object.entries(value as Record<string, unknown>);
    // A bilingual pair keeps only this edition's side (and the English quotation shown beside its translation).
    if (entries.length && entries.every(([k]) => k === 'en' || k === 'vi' || k === 'by')) return pick((value as Record<string, unknown>)[lang]) + (lang === 'vi' ? pick((value as Record<string, unknown>).en) : '');
    return entries.map(([, v]) => pick(v)).join('');
  };
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  // The 404 page is an English page with a Vietnamese half: the English cut holds that half's words too.
  const notFound = lang === 'en' ? words([vi.site.notFoundTitle, vi.site.notFoundText, vi.site.notFoundBack]) : '';
  const copy = words(lang === 'en' ? en : vi) + words((lang === 'en' ? vi : en).meta.otherLanguage) + notFound;
  const all = (ascii + copy + pick(data) + words(other === 'vi' ? vi.meta.otherLanguageLabel : en.meta.otherLanguageLabel) + '–—“”‘’…·×÷−\u00a0').normalize('NFC');
  return [...new Set(all)].sort().join('');
}

/**
 * Cuts Be Vietnam Pro down to the characters each edition shows, before Astro starts (build and dev):
 * an English page loads no Vietnamese glyphs, and neither loads the thousands of glyphs no page uses.
 * The files go to public/fonts/ (not in git), rewritten only when their characters change.
 */
export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const out = join(new URL(config.publicDir).pathname, 'fonts');
        // Which characters each file was cut for, kept outside public/ so it is not published.
        const cache = join(process.cwd(), 'node_modules/.cache/font-subset');
        mkdirSync(out, { recursive: true });
        mkdirSync(cache, { recursive: true });
        for (const lang of ['en', 'vi'] as const) {
          let text: string;
          try {
            text = editionCharacters(lang);
          } catch (e) {
            // Bad data under astro dev: the data gate shows the problems; fonts are cut once it is fixed and the server restarts.
            if (!(e instanceof DataError)) throw e;
            logger.warn('fonts not cut: the data has problems');
            return;
          }
          for (const [weight, file] of Object.entries(WEIGHTS)) {
            const path = join(out, fontPath(Number(weight) as keyof typeof WEIGHTS, lang).split('/').pop()!);
            const stamp = join(cache, `${fontPath(Number(weight) as keyof typeof WEIGHTS, lang).split('/').pop()}.key`);
            // The output's own path is part of the key: two checkouts that share node_modules (and so this cache) never take each other's stamp for their file.
            const key = createHash('sha256').update(text + file + SUBSET_OPTIONS + path).digest('hex');
            if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) continue;
            // Without TrueType hinting: about 45% smaller (hinting is ignored on phones and Macs, and Windows
            // renders the outlines well without it at text sizes), which brings the first paint in the web font sooner.
            const woff2 = await subsetFont(readFileSync(join(fontDir, file)), text, { targetFormat: 'woff2', noHinting: true });
            writeFileSync(path, woff2);
            writeFileSync(stamp, key);
            logger.info(`${fontPath(Number(weight) as keyof typeof WEIGHTS, lang)}: ${[...text].length} characters, ${woff2.length} bytes`);
          }
        }
      },
    },
  };
}
