import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildDir, dataCopy, readPage } from './helpers.ts';

// One build from edited data serves two checks (a build costs more than all their assertions):
// halving the buyers in coverage.csv must change every figure that depends on it, and a maintainer's
// cell that holds markup or a formula must show as text everywhere it appears. The edits touch
// different cells, so neither check sees the other's.
const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x","y")';

let out: string;
let doc: Document;
let html: string;
beforeAll(() => {
  const data = dataCopy((dir) => {
    const edit = (f: string, from: string, to: string) => {
      const text = readFileSync(join(dir, f), 'utf8');
      if (!text.includes(from)) throw new Error(`${f} no longer holds ${from}: update the test's edit`);
      writeFileSync(join(dir, f), text.replace(from, to));
    };
    edit('coverage.csv', ',34000000,270000,', ',34000000,135000,');
    edit('barriers.csv', 'Low and unstable incomes', `"Low ${SCRIPT.replace(/"/g, '""')} incomes"`);
    edit('barriers.csv', 'Complex procedures', `"Complex ${ATTR.replace(/"/g, '""')} procedures"`);
    edit('support.csv', 'People on the poor household list', `"${FORMULA.replace(/"/g, '""')}"`);
    edit('officials.csv', 'Dao Ngoc Dung,', `"Dao Ngoc ${ATTR.replace(/"/g, '""')} Dung",`);
  });
  out = buildDir('out-');
  const r = build(['npm', 'run', 'build'], { DATA_DIR: data, OUT_DIR: out });
  expect(r.status, r.out).toBe(0);
  doc = readPage(out, '/');
  html = readFileSync(join(out, 'index.html'), 'utf8');
});

describe('a page built from changed data (half the buyers)', () => {
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

describe('a build whose CSV cells carry markup and formulas', () => {
  it('shows the markup as text in the story, the gallery and the embeds, never as elements', () => {
    for (const path of ['/', '/vi/', '/charts/', '/embed/barrier-matrix/']) {
      const doc = readPage(out, path);
      // No cell became an element: no script runs the payload, no <img> was injected, no attribute broke out.
      expect(Array.from(doc.querySelectorAll('script')).filter((s) => s.textContent!.includes('alert')), path).toEqual([]);
      expect(doc.querySelectorAll('img, [onerror]').length, path).toBe(0);
    }
    const story = readPage(out, '/');
    expect(story.querySelector('main')!.textContent).toContain(SCRIPT);
    expect(story.querySelector('main')!.textContent).toContain(ATTR);
  });

  it('escapes it in SVG labels, alt text, JSON and the standalone SVG', () => {
    const svg = readFileSync(join(out, 'charts/barrier-matrix.svg'), 'utf8');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    const oembed = JSON.parse(readFileSync(join(out, 'charts/barrier-matrix.oembed.json'), 'utf8'));
    expect(oembed.title).toBeTypeOf('string');
    const alt = readPage(out, '/').querySelector('#barriers .scrolly-graphic svg')!.getAttribute('aria-label')!;
    expect(alt).toContain(SCRIPT);
  });

  it('neutralises a spreadsheet formula in the CSV download', () => {
    const csv = readFileSync(join(out, 'charts/who-pays.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
