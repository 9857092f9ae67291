/**
 * The words say what the report says: people who bought voluntary social insurance are "buyers", never
 * "insured" (many migrant workers pay compulsory social insurance; "insurance" also suggests health
 * insurance), and million-size figures are written as people read them (34 million), full digits only
 * in tables and data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';
import { builtPages } from './pages.ts';

const OVERSTATED = /\b(un)?insured\b|\bcó bảo hiểm\b|\bkhông có bảo hiểm\b/i;
/** A figure of a million or more in full digits: 34,000,000 / 34.000.000 / 33 730 000. */
const FULL_MILLIONS = /\b\d{1,3}(?:[,. \u00a0]\d{3}){2,}\b/;

/** What a reader sees or hears on a page: visible text outside tables and code, and every alt text and accessible name. */
function readerText(path: string) {
  const doc = readPage('dist', path);
  doc.querySelectorAll('script, style, template').forEach((el) => el.remove());
  const labels = Array.from(doc.querySelectorAll('[aria-label], [alt], [title]')).map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('alt') ?? ''} ${el.getAttribute('title') ?? ''}`);
  const meta = Array.from(doc.querySelectorAll('title, meta[name="description"], meta[property^="og:"]')).map((el) => el.getAttribute('content') ?? el.textContent ?? '');
  const all = [doc.body?.textContent ?? '', ...labels, ...meta].join('\n');
  doc.querySelectorAll('table, textarea, .file-name').forEach((el) => el.remove());
  const prose = [doc.body?.textContent ?? '', ...labels, ...meta].join('\n');
  return { all, prose };
}

const lineWith = (text: string, re: RegExp) => text.split('\n').find((l) => re.test(l))?.trim().slice(0, 160);

describe.each(builtPages().filter((p) => !p.endsWith('404.html')))('%s', (path) => {
  it('never calls the buyers "insured" (or "có bảo hiểm"), in text, alt text or metadata', () => {
    expect(lineWith(readerText(path).all, OVERSTATED)).toBeUndefined();
  });

  it('writes million-size figures in words outside tables', () => {
    expect(lineWith(readerText(path).prose, FULL_MILLIONS)).toBeUndefined();
  });
});

describe('the downloads', () => {
  const files = ['', 'vi/'].flatMap((prefix) =>
    readdirSync(join('dist', prefix, 'charts')).filter((f) => /\.(csv|svg|json)$/.test(f)).map((f) => join('dist', prefix, 'charts', f)),
  );

  it.each(files)('%s never calls the buyers "insured"', (file) => {
    expect(lineWith(readFileSync(file, 'utf8'), OVERSTATED)).toBeUndefined();
  });

  it('are all checked (CSV, SVG and oEmbed for every chart in both editions)', () => {
    expect(files.length).toBeGreaterThanOrEqual(2 * 3 * 5);
  });
});
