import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildDir, dataCopy, readPage } from './helpers.ts';

// Halving the insured count in the CSV must change every figure that depends on it.
describe('a page built from changed data', () => {
  let out: string;
  let doc: Document;
  let html: string;
  beforeAll(() => {
    const data = dataCopy((dir) => {
      const file = join(dir, 'coverage.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(',34000000,270000,', ',34000000,135000,'));
    });
    out = buildDir('out-');
    const r = build(['npm', 'run', 'build'], { DATA_DIR: data, OUT_DIR: out });
    expect(r.status, r.out).toBe(0);
    doc = readPage(out, '/');
    html = readFileSync(join(out, 'index.html'), 'utf8');
  });

  it('shows the new figures in the opening: the ratio and the count', () => {
    expect(doc.querySelector('.hero-ratio')!.textContent).toContain('252');
    expect(doc.querySelector('.hero-label data[value="135000"]')!.textContent).toBe('135,000');
  });

  it('recomputes the share and "one in N" in the prose', () => {
    const values = Array.from(doc.querySelectorAll('.opening data')).map((d) => d.textContent);
    expect(values).toContain('0.4%');
    expect(values).toContain('252');
  });

  it('rebuilds chart titles and alt text from the new figures', () => {
    // Chart titles stand in the table captions and downloads; the pinned chart's alt text carries the figures.
    expect(doc.querySelector('#home .data-table caption')!.textContent).toContain('0.4%');
    const alt = doc.querySelector('#home .scrolly-graphic svg')!.getAttribute('aria-label')!;
    expect(alt).toContain('252');
  });

  it('leaves no trace of the old figures anywhere on the page', () => {
    const text = doc.querySelector('main')!.textContent!;
    expect(text).not.toContain('270,000');
    expect(text).not.toMatch(/\b126\b/);
    expect(text).not.toContain('0.8%');
    expect(html).not.toContain('value="270000"');
  });
});
