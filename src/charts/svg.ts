import { parseHTML } from 'linkedom';
import * as d3 from 'd3';
import * as Plot from '@observablehq/plot';

/** The site's chart palette (light theme), read from tokens.css; page CSS restyles the same classes for dark mode and states. */
export { PALETTE } from './palette.ts';

/** Text size in chart units; each layout is drawn at the narrowest width it is shown at, so it never renders smaller. */
export const FONT_SIZE = 13;
export const FONT_FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";

function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** A blank SVG of the given size, drawn with D3 on a build-time DOM. */
export function blankSvg(width: number, height: number) {
  const doc = newDocument();
  const svg = d3.select(doc.body).append('svg').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return svg;
}

/** Lines of a label as tspans of one <text>: the first at `firstDy` from the text's own y, each next one `lineHeight` below. */
export function appendLines(text: d3.Selection<SVGTextElement, unknown, null, undefined>, x: number, lines: readonly string[], lineHeight: number | string, firstDy: number | string = 0) {
  lines.forEach((l, i) => text.append('tspan').attr('x', x).attr('dy', i === 0 ? firstDy : lineHeight).text(l));
  return text;
}

/** A Plot chart drawn on a build-time DOM; returns its <svg> element. */
export function plotSvg(options: Plot.PlotOptions): SVGSVGElement {
  const document = newDocument();
  const node = Plot.plot({ ...options, document, style: undefined } as Plot.PlotOptions);
  return node as unknown as SVGSVGElement;
}

/**
 * Serialises a chart root as portable, deterministic SVG: the site font as attributes (no inline
 * style, so a strict CSP holds), Plot's <style> removed, numbers rounded to 3 decimals.
 */
export function serialize(svg: Element, chartId: string, layout: string): string {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.removeAttribute('style');
  svg.removeAttribute('class');
  svg.setAttribute('class', `chart-svg chart-${chartId}`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('data-layout', layout);
  // The chart is one image to assistive technology (role="img" and a label built from data, added by
  // the page); Plot's per-mark labels ("bar", "rule") would only be noise, and are invalid on <g>.
  svg.querySelectorAll('[aria-label], [aria-description]').forEach((el) => {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  });
  svg.querySelectorAll('[font-size="10"]').forEach((el) => el.setAttribute('font-size', String(FONT_SIZE)));
  svg.querySelectorAll('[font-family="sans-serif"],[font-family="system-ui, sans-serif"]').forEach((el) => el.removeAttribute('font-family'));
  let out = svg.outerHTML;
  out = out.replace(/(\d+\.\d{4,})/g, (m) => String(Math.round(Number(m) * 1000) / 1000));
  return out;
}

export { d3, Plot };
