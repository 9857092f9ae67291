import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brotli, firstScreenBrotli, pageWeight } from '../../scripts/page-weight.ts';

// The byte budgets of bench/budgets.json, on the built files: bytes are deterministic, so they are
// tests; times and Lighthouse scores are not, and live in `npm run bench` only.
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));

describe.each(Object.entries(budgets.pages) as [string, Record<string, number>][])('%s', (page, b) => {
  const w = pageWeight('dist', page);

  it(`loads at most ${b.totalBrotli / 1024} KB (brotli, fonts included) for its first view`, () => {
    expect(w.total.brotli).toBeLessThanOrEqual(b.totalBrotli);
    expect(w.byKind.font.raw).toBeGreaterThan(0); // the fonts are counted
  });

  it(`ships at most ${b.jsBrotli / 1024} KB of JavaScript, and never Plot or D3`, () => {
    expect(w.byKind.js.brotli).toBeLessThanOrEqual(b.jsBrotli);
    for (const r of w.resources.filter((x) => x.kind === 'js')) {
      expect(readFileSync(`dist${r.url}`, 'utf8')).not.toMatch(/observablehq|d3-selection|d3-scale|function\s+scaleLinear/);
    }
  });

  if (b.firstScreenBrotli) {
    it('sends the whole opening scene and its CSS in the first 14 KB of brotli HTML', () => {
      expect(firstScreenBrotli('dist', page)).toBeLessThanOrEqual(b.firstScreenBrotli);
      const head = readFileSync('dist/index.html', 'utf8');
      expect(head.indexOf('<style')).toBeLessThan(head.indexOf('id="opening"')); // the CSS comes first
    });
  }
});

describe('embed.js', () => {
  it(`is at most ${budgets.embedJsBrotli} bytes brotli`, () => {
    expect(brotli(readFileSync('dist/embed.js'))).toBeLessThanOrEqual(budgets.embedJsBrotli);
  });
});

describe('the budget check itself', () => {
  it('fails a page over budget', () => {
    const w = pageWeight('dist', '/');
    expect(w.total.brotli).toBeGreaterThan(1024); // a 1 KB budget would fail
  });
});
