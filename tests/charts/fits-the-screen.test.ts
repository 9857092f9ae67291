import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset } from '../../src/data/load.ts';
import { CHARTS, prepareChart } from '../../src/charts/registry.ts';
import { textWidth } from '../../src/charts/measure.ts';

// Each layout must fit the screen it is pinned on (issue 10). In SVG units (the viewBox):
// - 288 (phones, shown about 358 px wide on a 390 × 844 phone): at most 352 tall, about 437 px,
//   inside the pinned area (56% of the screen, 472 px), so the step cards keep the rest;
// - 520 (laptops, shown at most 660 px wide in a column 72% of the screen tall): 352 to 455 tall,
//   55–72% of a 1280 × 800 screen.
// Text is drawn at 13 units at least, so it never renders under 12 px at either width.
const data = loadDataset('data');
const FITS = { 288: [0, 352], 520: [352, 455] } as const;

describe.each(CHARTS.map((c) => c.id))('the %s chart', (id) => {
  it.each(['en', 'vi'] as const)('fits the screen it is pinned on, in %s', (locale) => {
    const chart = prepareChart(data, id, locale);
    expect(chart.svgs.map((s) => s.width).sort()).toEqual(Object.keys(FITS).map(Number));
    for (const { width, svg } of chart.svgs) {
      const root = parseHTML(`<html><body>${svg}</body></html>`).document.querySelector('svg')!;
      const height = Number(root.getAttribute('viewBox')!.split(' ')[3]);
      const [min, max] = FITS[width as keyof typeof FITS];
      expect(height, `${id} ${locale} at ${width}`).toBeGreaterThanOrEqual(min);
      expect(height, `${id} ${locale} at ${width}`).toBeLessThanOrEqual(max);
    }
  });

  it.each(['en', 'vi'] as const)('keeps every left-aligned line of text inside the drawing, in %s', (locale) => {
    for (const { width, svg } of prepareChart(data, id, locale).svgs) {
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      // A line is a <text> or its <tspan> with an x of its own; a tspan without one continues the line before it.
      for (const text of Array.from(document.querySelectorAll('text:not([text-anchor])'))) {
        const size = Number(text.getAttribute('font-size') ?? 13);
        const weight = Number(text.getAttribute('font-weight') ?? 400) >= 600 ? 600 : 400;
        const spans = Array.from(text.querySelectorAll('tspan'));
        const lines: { x: number; text: string }[] = [];
        if (!spans.length) lines.push({ x: Number(text.getAttribute('x') ?? 0), text: text.textContent ?? '' });
        for (const span of spans) {
          if (span.hasAttribute('x') || !lines.length) lines.push({ x: Number(span.getAttribute('x') ?? text.getAttribute('x') ?? 0), text: span.textContent ?? '' });
          else lines[lines.length - 1].text += span.textContent ?? '';
        }
        // Inside groups moved right (a chart's margin), as far as they move it.
        let shift = 0;
        for (let el: Element | null = text.parentElement; el && el.tagName.toLowerCase() !== 'svg'; el = el.parentElement) {
          shift += Number(/translate\(([\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);
        }
        for (const l of lines) expect(shift + l.x + textWidth(l.text.trimEnd(), size, weight), `${id} ${locale} at ${width}: "${l.text}"`).toBeLessThanOrEqual(width + 0.5);
      }
    }
  });

  it.each(['en', 'vi'] as const)('draws no text under 13 units, in %s', (locale) => {
    for (const { width, svg } of prepareChart(data, id, locale).svgs) {
      const { document } = parseHTML(`<html><body>${svg}</body></html>`);
      const sizes = Array.from(document.querySelectorAll('[font-size]')).map((el) => Number(el.getAttribute('font-size')));
      expect(sizes.length, `${id} ${locale} at ${width}`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `${id} ${locale} at ${width}`).toBeGreaterThanOrEqual(13);
    }
  });
});
