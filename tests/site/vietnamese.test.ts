import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry.ts';
import { readPage } from './helpers.ts';

const pages = ['/', '/charts/', ...CHARTS.map((c) => `/embed/${c.id}/`)];

// Words that may stay English on a Vietnamese page: names, formats and the report's own title.
const ALLOWED = [
  'VN struggling to persuade migrants to buy social insurance',
  'Labour, Invalids and Social Affairs', 'Labour, Invalid and Social Affairs', // the methods quote the report's English spelling
  'VietnamPlus', 'CC BY 4.0', 'Be Vietnam Pro', 'Observable Plot', 'D3', 'oEmbed', 'CSV', 'PNG', 'SVG', 'BOM',
];
// Word boundaries by letters, not \b: "toàn" must not count as "to".
const ENGLISH = /(?<!\p{L})(the|and|of|with|to|is|are|for|by|from|chart|charts|data|source|note|download|insured|workers|show|table|story|read|copy|embed|updated|years?|months?)(?!\p{L})/iu;

/** Visible text of a Vietnamese page that is not marked lang="en", minus allowed names, URLs and file names. */
function vietnameseText(doc: Document): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      let t = node.textContent ?? '';
      for (const a of ALLOWED) t = t.replaceAll(a, '');
      t = t.replace(/https?:\/\/\S+/g, '').replace(/[\w-]+\.(csv|png|svg|json)\b/g, '');
      if (t.trim()) texts.push(t.trim());
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches('script, style, [lang="en"], textarea')) return;
    node.childNodes.forEach(walk);
  };
  walk(doc.body);
  for (const el of doc.querySelectorAll('[aria-label], [title], img[alt]')) {
    if (el.closest('[lang="en"]')) continue;
    for (const a of ['aria-label', 'title', 'alt']) if (el.getAttribute(a)) texts.push(el.getAttribute(a)!);
  }
  return texts;
}

describe.each(pages)('the Vietnamese page %s', (path) => {
  const doc = readPage('dist', `/vi${path}`);
  const en = readPage('dist', path);

  it('is marked lang="vi" and links both ways to its English twin with hreflang', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('link[hreflang="en"]')!.getAttribute('href')).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(doc.querySelector('link[hreflang="vi"]')!.getAttribute('href')).toMatch(new RegExp(`/vi${path.replace(/\//g, '\\/')}$`));
    expect(en.querySelector('link[hreflang="vi"]')!.getAttribute('href')).toBe(doc.querySelector('link[hreflang="vi"]')!.getAttribute('href'));
  });

  it('shows no English interface text', () => {
    expect(vietnameseText(doc).filter((t) => ENGLISH.test(t))).toEqual([]);
  });

  it('the check would catch English text', () => {
    const copy = readPage('dist', `/vi${path}`);
    copy.body.append(copy.createTextNode('Download the data'));
    expect(vietnameseText(copy).filter((t) => ENGLISH.test(t))).toContain('Download the data');
  });
});

describe('Vietnamese number formats', () => {
  const doc = readPage('dist', '/vi/');
  const shown = (value: string) => Array.from(doc.querySelectorAll(`main data[value="${value}"]`)).map((d) => d.textContent);

  it('write thousands with dots and decimals with commas in the prose', () => {
    expect(shown('34000000')).toContain('34.000.000');
    expect(shown('270000')).toContain('270.000');
    expect(shown('126')).toContain('126');
    expect(doc.querySelector('.opening')!.textContent).toMatch(/0,8\s?%/);
    expect(doc.querySelector('main')!.textContent).toMatch(/33,7 triệu/);
  });

  it('use the same conventions in chart labels', () => {
    const svg = (scene: string) => doc.querySelector(`#${scene} .scrolly-graphic svg`)!.textContent!;
    expect(svg('home')).toContain('100.000');
    expect(svg('home')).toContain('33,7 triệu');
    expect(svg('abroad')).toContain('1.000');
    expect(svg('abroad')).toMatch(/1,2\s?%/);
    expect(svg('support')).toMatch(/30\s?%/);
    expect(readFileSync('dist/vi/charts/unit-34-million.csv', 'utf8')).toContain('34000000'); // raw numbers in data files
  });
});
