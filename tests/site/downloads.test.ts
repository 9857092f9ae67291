import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { CHARTS, prepareChart } from '../../src/charts/registry.ts';
import { standaloneSvg } from '../../src/downloads/standalone-svg.ts';
import { strings } from '../../src/i18n/index.ts';
import { fillText } from '../../src/i18n/fill.ts';
import { decodePng } from './png.ts';

const data = loadDataset('data');
const editions = [
  { locale: 'en' as const, prefix: 'dist' },
  { locale: 'vi' as const, prefix: 'dist/vi' },
];
const cases = editions.flatMap((e) => CHARTS.map((c) => ({ ...e, id: c.id })));

describe.each(cases)('$locale $id', ({ locale, prefix, id }) => {
  const chart = prepareChart(data, id, locale);
  const size = standaloneSvg(chart);

  it.each([
    ['png', 1],
    ['@2x.png', 2],
  ] as const)('its %s decodes, has the expected size and is not blank', (kind, scale) => {
    const png = decodePng(readFileSync(`${prefix}/charts/${kind === 'png' ? `${id}.png` : `${id}@2x.png`}`));
    expect(png.width).toBe(size.width * scale);
    expect(png.height).toBe(Math.round(size.height * scale));
    expect(png.colours).toBeGreaterThan(3);
  });

  it('its social card is 1200×630 and not blank', () => {
    const png = decodePng(readFileSync(`${prefix}/social/${id}.png`));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(png.colours).toBeGreaterThan(3);
  });

  it('its SVG parses on its own, with xmlns, a title and the source line', () => {
    const svg = readFileSync(`${prefix}/charts/${id}.svg`, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow(); // a strict XML parser
    const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
    expect(doc.querySelector('svg > title')!.textContent).toBe(chart.title);
    expect(doc.querySelector('svg')!.textContent).toContain(chart.source.slice(0, 30));
  });

  it('its CSV parses, begins with a BOM, and its numbers equal the data', () => {
    const text = readFileSync(`${prefix}/charts/${id}.csv`, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { header: false }).data;
    const t = strings(locale).tables;
    // What changed since the report, where the chart has it, in a column of its own before the source;
    // the cell gives the change alone (its column's heading already says where it is from).
    const since = chart.since ? [chart.sinceCell!] : [];
    expect(rows[0]).toEqual([...chart.table.columns, ...(chart.since ? [t.sinceReport] : []), t.source]);
    chart.table.rows.forEach((r, i) => {
      // Numbers unformatted; a fixed-precision share keeps its digits (1.20).
      expect(rows[i + 1].slice(0, -1)).toEqual([...r.map((c) => (typeof c === 'object' ? c.value.toFixed(c.digits) : String(c))), ...since]);
      // A row of our own working names the Data team as its source, then the report it starts from.
      // A row carrying a change since the report names its law too (from data/since.csv) beside the report.
      const source = chart.since ? fillText(t.sinceSource, { source: chart.source, column: t.sinceReport, law: chart.sinceLaw! }) : chart.source;
      expect(rows[i + 1].at(-1)).toBe(chart.table.ours?.[i] ? fillText(t.oursSource, { source }) : source);
    });
    if (id === 'abroad-units') expect(chart.table.ours?.filter(Boolean).length).toBe(chart.table.rows.length - 1);
    if (id === 'pension-months') {
      expect(chart.since).toBeTruthy();
      expect(chart.sinceCell).toMatch(/^\p{Lu}/u);
      expect(chart.since!.endsWith(chart.sinceCell!.slice(1))).toBe(true);
      expect(chart.sinceCell!.length).toBeLessThan(chart.since!.length - 10);
      const law = loadDataset('data').since.find((r) => r.id === 'pension-period')!.law![locale];
      expect(rows[1].at(-1)).toContain(law);
    }
  });

  it('its oEmbed JSON is valid and its html is the snippet in the gallery', () => {
    const oembed = JSON.parse(readFileSync(`${prefix}/charts/${id}.oembed.json`, 'utf8'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: chart.title, width: 640 });
    expect(oembed.height).toBeGreaterThan(100);
    const gallery = parseHTML(readFileSync(`${prefix}/charts/index.html`, 'utf8')).document;
    // linkedom keeps a textarea's entities as written; decode them as a browser would.
    const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(oembed.html).toBe(decode(gallery.querySelector(`#${id} textarea`)!.innerHTML));
    // The snippet pins the light theme (most host pages are light); the gallery says how to change it.
    expect(oembed.html).toMatch(/^<iframe src="[^"]+\/embed\/[a-z0-9-]+\/\?theme=light" title="[^"]+" loading="lazy" width="100%" height="\d+"[^>]*><\/iframe><script async src="[^"]+\/embed\.js"><\/script>$/);
    expect(oembed.thumbnail_url).toMatch(new RegExp(`/social/${id}\\.png$`));
  });
});

describe('Vietnamese downloads', () => {
  it('keep Vietnamese text and number formats in CSV headers and SVG labels', () => {
    const csv = readFileSync('dist/vi/charts/who-pays.csv', 'utf8');
    expect(csv).toContain('Người thuộc hộ nghèo');
    const svg = readFileSync('dist/vi/charts/unit-34-million.svg', 'utf8');
    expect(svg).toContain('100.000');
    expect(svg).toMatch(/0,8%/);
  });
});

describe('the story social card', () => {
  it.each(editions)('in $locale, draws the ratio large, as the page opens with it', async ({ locale }) => {
    const { socialCardSvgFor } = await import('../../src/pages/[...lang]/social/[card].ts');
    const svg = socialCardSvgFor(locale, 'story');
    const s = strings(locale);
    const ratio = fillText(s.opening.heroRatio, (await import('../../src/i18n/slots.ts')).buildSlots(data, locale));
    const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
    const big = [...doc.querySelectorAll('text')].find((t) => Number(t.getAttribute('font-size')) >= 100);
    expect(big?.textContent).toBe(ratio);
    expect(big?.querySelector('tspan')?.getAttribute('fill')).toBeTruthy();
  });
});
