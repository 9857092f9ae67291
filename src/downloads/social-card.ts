import { FONT_FAMILY, PALETTE } from '../charts/svg.ts';
import { wrapWithoutWidow } from '../charts/measure.ts';
import { escapeHtml } from '../i18n/fill.ts';
import { blockColumns } from '../charts/blocks.ts';
import { rectsPath } from '../charts/shapes.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** At most `max` lines; when some are left out, the last one kept ends with "…". */
function fitLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(max, 1));
  kept[kept.length - 1] = kept[kept.length - 1].replace(/[\s,;:.]*\S*$/, '') + '…';
  return kept;
}

/**
 * The story card's right half, drawn for a feed: the ratio as large as the page's hero ("1 in N",
 * its "1" in the accent), its label, and one block of that many squares with one buyer in it.
 */
function heroHalf(hero: { ratio: string; label: string; n: number }, x: number, y: number, w: number, h: number): string {
  const [, one, rest] = /^(\d+)(.*)$/.exec(hero.ratio) ?? ['', '', hero.ratio];
  const label = fitLines(wrapWithoutWidow(hero.label, w, 24, 600), 3);
  const labelTop = y + 118 + 44;
  const blockTop = labelTop + (label.length - 1) * 32 + 30;
  const cols = blockColumns(hero.n, 10, 18, 14);
  const rows = Math.ceil(hero.n / cols);
  const cell = Math.min(w / cols, (y + h - blockTop) / rows);
  const size = cell * 0.82;
  const squares: [number, number, number, number][] = [];
  for (let i = 1; i < hero.n; i++) squares.push([x + (i % cols) * cell, blockTop + Math.floor(i / cols) * cell, size, size]);
  return (
    `<text font-size="118" font-weight="600" fill="${PALETTE.ink}" x="${x}" y="${y + 100}"><tspan fill="${PALETTE.accent}">${escapeHtml(one)}</tspan>${escapeHtml(rest)}</text>` +
    `<text font-size="24" font-weight="600" fill="${PALETTE.ink}">${label.map((l, i) => `<tspan x="${x}" y="${labelTop + i * 32}">${escapeHtml(l)}</tspan>`).join('')}</text>` +
    `<path d="${rectsPath(squares)}" fill="${PALETTE.neutral}"/>` +
    `<rect x="${x}" y="${blockTop}" width="${size}" height="${size}" fill="${PALETTE.accent}"/>` +
    `<rect x="${x - 3}" y="${blockTop - 3}" width="${size + 6}" height="${size + 6}" fill="none" stroke="${PALETTE.ink}" stroke-width="2"/>`
  );
}

/**
 * A 1200×630 social card: the site's name, a title, a line of context, and on the right either a chart
 * scaled to fit or (the story's card) the ratio drawn large.
 */
export function socialCard(opts: { kicker: string; title: string; subtitle?: string; chartSvg: string; hero?: { ratio: string; label: string; n: number } }): string {
  const { width, height } = CARD;
  const pad = 56;
  const textW = 500;
  // Lines measured in the card's font, and no word left alone on a title's last line. A long title is
  // set smaller rather than cut; the line of context takes the room left, and ends with "…" if it is cut.
  const size = [44, 38, 34, 30].find((px) => wrapWithoutWidow(opts.title, textW, px, 600).length <= (px > 34 ? 4 : 6)) ?? 30;
  const lead = Math.round(size * 1.27);
  const title = fitLines(wrapWithoutWidow(opts.title, textW, size, 600), 7);
  const subTop = pad + 100 + (title.length - 1) * lead + 24 + 34;
  // The line of context at 24 px, or smaller where it would otherwise be cut.
  const room = (px: number) => Math.floor((height - pad + px - subTop) / Math.round(px * 1.4));
  const subSize = [24, 21, 19, 17].find((px) => !opts.subtitle || wrapWithoutWidow(opts.subtitle, textW, px).length <= room(px)) ?? 17;
  const subLead = Math.round(subSize * 1.4);
  const subtitle = opts.subtitle ? fitLines(wrapWithoutWidow(opts.subtitle, textW, subSize), room(subSize)) : [];
  const lines = (xs: string[], x: number, y: number, lead: number) =>
    xs.map((l, i) => `<tspan x="${x}" y="${y + i * lead}">${escapeHtml(l)}</tspan>`).join('');
  // The chart's own root keeps its viewBox and loses its size, so it scales into the card's right half.
  const end = opts.chartSvg.indexOf('>');
  const root = opts.chartSvg.slice(0, end).replace(/ (width|height)="[^"]*"/g, '');
  const box = `x="${pad + textW + 40}" y="${pad}" width="${width - pad * 2 - textW - 40}" height="${height - pad * 2}" preserveAspectRatio="xMidYMid meet"`;
  const right = opts.hero
    ? heroHalf(opts.hero, pad + textW + 40, pad, width - pad * 2 - textW - 40, height - pad * 2)
    : root.replace(/^<svg /, `<svg ${box} `) + opts.chartSvg.slice(end);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY.replace(/"/g, "'")}">` +
    `<rect width="100%" height="100%" fill="${PALETTE.paper}"/>` +
    `<rect x="0" y="0" width="${width}" height="10" fill="${PALETTE.ink}"/>` +
    `<text font-size="22" font-weight="600" fill="${PALETTE.muted}">${lines([opts.kicker], pad, pad + 22, 30)}</text>` +
    `<text font-size="${size}" font-weight="600" fill="${PALETTE.ink}">${lines(title, pad, pad + 100, lead)}</text>` +
    `<text font-size="${subSize}" fill="${PALETTE.muted}">${lines(subtitle, pad, subTop, subLead)}</text>` +
    right +
    `</svg>`
  );
}
