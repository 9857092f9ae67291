import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { deriveFigures } from '../../src/data/figures.ts';

const f = deriveFigures(loadDataset('data'));

describe.each([
  { locale: 'en', file: 'dist/index.html', home: `All migrant workers: 1 in ${f.homeOneIn}`, abroad: `Abroad: 1 in ${f.abroadOneIn}` },
  { locale: 'vi', file: 'dist/vi/index.html', home: `Toàn bộ lao động di cư: 1/${f.homeOneIn}`, abroad: `Ở nước ngoài: 1/${f.abroadOneIn}` },
])('the two shares side by side ($locale)', ({ file, home, abroad }) => {
  const doc = parseHTML(readFileSync(file, 'utf8')).document;
  const figure = doc.querySelector('#abroad .compare-shares')!;
  const blocks = [...figure.querySelectorAll('.compare-block')];

  it('draws one block of "one in N" squares for home and one for abroad, each with one buyer, from the data', () => {
    expect(blocks.map((b) => b.querySelector('strong')!.textContent!.replace(/\u00a0/g, ' '))).toEqual([home, abroad]);
    const squares = blocks.map((b) => (b.querySelector('path')!.getAttribute('d')!.match(/z/g) ?? []).length + b.querySelectorAll('rect.fill-accent').length);
    expect(squares).toEqual([f.homeOneIn, f.abroadOneIn]);
    expect(blocks.map((b) => b.querySelectorAll('.fill-accent').length)).toEqual([1, 1]);
  });

  it('draws the squares the same size in both blocks, so the blocks compare by their size', () => {
    const size = blocks.map((b) => b.querySelector('rect.fill-accent')!.getAttribute('width'));
    expect(size[0]).toBe(size[1]);
    const widths = blocks.map((b) => b.querySelector('svg')!.getAttribute('width'));
    expect(widths[0]).toBe(widths[1]);
    const heights = blocks.map((b) => Number(b.querySelector('svg')!.getAttribute('height')));
    // The block with more squares is the taller one.
    expect(Math.sign(heights[0] - heights[1])).toBe(Math.sign(Math.ceil(f.homeOneIn / 14) - Math.ceil(f.abroadOneIn / 14)));
  });
});
