import { wrapToWidth } from '../charts/measure.ts';
import type { PreparedChart } from '../charts/registry.ts';
import type { Locale } from '../data/format.ts';
import { escapeHtml } from '../i18n/fill.ts';
import { localePath } from '../i18n/index.ts';
import { absolute } from '../site/address.ts';

/** The width the snippet's default height is computed for: a common article column. */
export const SNIPPET_WIDTH = 640;

/**
 * How far an embed may enlarge a layout beyond the width it was drawn at, so that its 13 px text
 * shows at 13–16 px at any iframe width instead of growing with the SVG (src/styles/embed.css).
 */
export const EMBED_MAX_SCALE = 1.2;

/** The width a layout drawn `layoutWidth` px wide is shown at in an embed whose content box is `inner` px wide (mirrors embed.css). */
export function embedSvgWidth(layoutWidth: number, inner: number): number {
  return Math.min(inner, layoutWidth * EMBED_MAX_SCALE);
}

/** The address of a chart's embed page. */
export function embedUrl(site: URL, locale: Locale, id: string): string {
  return new URL(localePath(locale, `/embed/${id}/`), site).href;
}

/**
 * The embed page's height at 640 px wide, from its layout (src/styles/embed.css): padding, the
 * title's lines, the chart at the width it is shown (capped, see embedSvgWidth), note, source and story link. Rounded up, so
 * that where a host strips our script the chart is still whole.
 */
export function embedHeight(chart: PreparedChart, width = SNIPPET_WIDTH): number {
  const inner = width - 32;
  // Lines as the browser will break them, measured in the font (a little narrower, to round up).
  const lines = (text: string, size: number, weight: 400 | 600 = 400) => Math.max(1, wrapToWidth(text, inner * 0.98, size, weight).length);
  const layout = [...chart.svgs].reverse().find((l) => l.width <= inner) ?? chart.svgs[0];
  const svgHeight = Number(/height="([\d.]+)"/.exec(layout.svg)![1]);
  const title = lines(chart.title, 17.6, 600) * 17.6 * 1.35 + 8;
  const small = (text: string, weight: 400 | 600 = 400) => lines(text, 13.6, weight) * 13.6 * 1.5 + 4;
  const table = 14.4 * 1.5 + 13; // the "show the data" line
  const foot = table + (chart.since ? small(chart.since, 600) : 0) + small(`Note: ${chart.note}`) + small(`Source: ${chart.source}`) + small('Chart: Data team · CC BY 4.0 · Data (CSV)') + small('Read the story') + 8;
  return Math.ceil(12 + title + (svgHeight * embedSvgWidth(layout.width, inner)) / layout.width + 8 + foot + 12 + 8);
}

/** The code a journalist pastes: a lazy, full-width iframe at a sensible height, then our resizer. */
export function embedSnippet(site: URL, locale: Locale, chart: PreparedChart): string {
  // Pinned light, as most host pages are; "?theme=auto" (or none) follows the reader's colour scheme, "?theme=dark" pins dark.
  const src = `${embedUrl(site, locale, chart.id)}?theme=light`;
  const script = absolute('/embed.js');
  return (
    `<iframe src="${src}" title="${escapeHtml(chart.title)}" loading="lazy" width="100%" height="${embedHeight(chart)}" ` +
    `style="width:100%;border:0"></iframe>` +
    `<script async src="${script}"></script>`
  );
}
