import type { PreparedChart } from '../charts/registry.ts';
import { FONT_FAMILY, PALETTE } from '../charts/svg.ts';
import { wrapWithoutWidow } from '../charts/measure.ts';
import { escapeHtml } from '../i18n/fill.ts';

const PAD = 20;
const TITLE = 20;
const SMALL = 13;

/** The widest layout of a chart, with its inner <svg> root attributes stripped for nesting. */
function innerChart(chart: PreparedChart) {
  const { svg, width } = chart.svgs[chart.svgs.length - 1];
  const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
  return { svg, width, height };
}

/** Lines of text as <text> with one <tspan> a line, from y, at a size. */
function textBlock(lines: string[], x: number, y: number, size: number, attrs: string): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * 1.35)}">${escapeHtml(l)}</tspan>`).join('');
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${spans}</text>`;
}

/**
 * A chart as a file that stands on its own: xmlns, <title> and <desc> for assistive technology,
 * the title drawn above, and the note, source line and credit below, on the paper background.
 */
export function standaloneSvg(chart: PreparedChart): { svg: string; width: number; height: number } {
  const inner = innerChart(chart);
  const width = inner.width + PAD * 2;
  const max = width - PAD * 2;
  const title = wrapWithoutWidow(chart.title, max, TITLE, 600);
  // A change since the report, in ink right under the chart, then the note.
  const since = chart.since ? wrapWithoutWidow(chart.since, max, SMALL, 600) : [];
  const note = wrapWithoutWidow(chart.note, max, SMALL);
  const source = wrapWithoutWidow(`${chart.sourceLabel}: ${chart.source}`, max, SMALL);
  const credit = wrapWithoutWidow(chart.credit, max, SMALL);
  const titleH = title.length * Math.round(TITLE * 1.35);
  const chartY = PAD + titleH + 12;
  const sinceY = chartY + inner.height + 24;
  const noteY = sinceY + (since.length ? since.length * Math.round(SMALL * 1.35) + 6 : 0);
  const sourceY = noteY + note.length * Math.round(SMALL * 1.35) + 6;
  const creditY = sourceY + source.length * Math.round(SMALL * 1.35) + 6;
  const height = creditY + credit.length * Math.round(SMALL * 1.35) + PAD;
  const nested = inner.svg.replace(/^<svg /, `<svg x="${PAD}" y="${chartY}" `);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY.replace(/"/g, "'")}" role="img" aria-labelledby="t d">` +
    `<title id="t">${escapeHtml(chart.title)}</title><desc id="d">${escapeHtml(chart.alt)} ${escapeHtml(chart.sourceLabel)}: ${escapeHtml(chart.source)}</desc>` +
    `<rect width="100%" height="100%" fill="${PALETTE.paper}"/>` +
    textBlock(title, PAD, PAD + TITLE, TITLE, `font-weight="600" fill="${PALETTE.ink}"`) +
    nested +
    (since.length ? textBlock(since, PAD, sinceY, SMALL, `font-weight="600" fill="${PALETTE.ink}"`) : '') +
    textBlock(note, PAD, noteY, SMALL, `fill="${PALETTE.muted}"`) +
    textBlock(source, PAD, sourceY, SMALL, `fill="${PALETTE.muted}"`) +
    textBlock(credit, PAD, creditY, SMALL, `fill="${PALETTE.muted}"`) +
    `</svg>`;
  return { svg, width, height };
}
