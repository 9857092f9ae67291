import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { CHARTS, LAYOUTS, prepareChart } from '../../src/charts/registry.ts';
import { parseHTML } from 'linkedom';

// Every chart, in every locale and layout, as a reviewed SVG file: a change to a chart is a diff.
const data = loadDataset('data');

describe.each(CHARTS.map((c) => c.id))('the %s chart', (id) => {
  it.each(['en', 'vi'] as const)('draws the same SVG as its snapshot in %s', async (locale) => {
    const chart = prepareChart(data, id, locale);
    for (const { width, svg } of chart.svgs) {
      await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(`./__snapshots__/${id}.${locale}.${width}.svg`);
    }
  });

  it('draws the same markup twice (deterministic)', () => {
    expect(prepareChart(data, id, 'en').svgs).toEqual(prepareChart(data, id, 'en').svgs);
  });

  it.each(LAYOUTS)('at %i px has marks, no text under 12 px and nothing wider than the layout', (width) => {
    const svg = prepareChart(data, id, 'en').svgs.find((s) => s.width === width)!.svg;
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${root.getAttribute('height')}`);
    expect(document.querySelectorAll('rect, circle, path, line').length).toBeGreaterThan(0);
    const sizes = Array.from(document.querySelectorAll('[font-size]')).map((el) => Number(el.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(svg).not.toMatch(/\bid="/); // ids would repeat when a chart appears twice on a page
  });

  it('changes what it shows from each story state to the next', () => {
    const chart = prepareChart(data, id, 'en');
    const { document } = parseHTML(`<html><body>${chart.svgs[0].svg}</body></html>`);
    const lists = Array.from(document.querySelectorAll('[data-show], [data-dim], [data-mute]')).flatMap((el) =>
      ['data-show', 'data-dim', 'data-mute'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null).map((v) => v.split(' ')),
    );
    for (let i = 1; i < chart.states.length; i++) {
      const changes = lists.some((l) => l.includes(String(i)) !== l.includes(String(i - 1)));
      expect(changes, `state ${chart.states[i]} looks like ${chart.states[i - 1]}`).toBe(true);
    }
  });
});
