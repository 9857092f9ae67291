import advances from './advances.json' with { type: 'json' };
import { glueText } from '../i18n/keep-together.ts';

export type Weight = 400 | 600;
const TABLE = advances as Record<string, Record<string, number>>;
// A character the table lacks counts as a wide one, so a label errs towards wrapping early.
const UNKNOWN = 700;

/** The width of a line of text in Be Vietnam Pro at a size and weight, in px (advances only, no kerning). */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const widths = TABLE[String(weight)];
  let total = 0;
  // A no-break space is as wide as a space.
  for (const ch of text.normalize('NFC')) total += widths[ch === '\u00a0' ? ' ' : ch] ?? UNKNOWN;
  return (total * size) / 1000;
}

/**
 * Breaks text into lines no wider than `max` px, at spaces but not no-break spaces (a word wider than that
 * keeps its own line). Vietnamese words of two syllables stay whole on a line, unless `wholeWords` is false
 * (a column too narrow for them).
 */
export function wrapToWidth(text: string, max: number, size: number, weight: Weight = 400, wholeWords = true): string[] {
  const lines: string[] = [];
  let line = '';
  // Vietnamese words stay whole on a line (src/i18n/keep-together.ts).
  for (const word of (wholeWords ? glueText(text) : text).split(/[ \t\n\r]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Like wrapToWidth, but balanced, so no line is left short (a widow, "…chưa được / một", or a lone word
 * between full lines): the text takes as many lines as it needs at `max`, and is then wrapped at the
 * narrowest width that still gives that many lines.
 */
export function wrapWithoutWidow(text: string, max: number, size: number, weight: Weight = 400): string[] {
  const lines = wrapToWidth(text, max, size, weight);
  if (lines.length < 2) return lines;
  let lo = max / 2;
  let hi = max;
  let best = lines;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const tried = wrapToWidth(text, mid, size, weight);
    if (tried.length <= lines.length && tried.every((l) => textWidth(l, size, weight) <= mid || !l.includes(' '))) {
      best = tried;
      hi = mid;
    } else lo = mid;
  }
  return best;
}
