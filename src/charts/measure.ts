import advances from './advances.json' with { type: 'json' };
import { glueText } from '../i18n/keep-together.ts';

type Weight = 400 | 600;
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

/** Breaks text into lines no wider than `max` px, at spaces but not no-break spaces (a word wider than that keeps its own line). */
export function wrapToWidth(text: string, max: number, size: number, weight: Weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  // Vietnamese words stay whole on a line (src/i18n/keep-together.ts).
  for (const word of glueText(text).split(/[ \t\n\r]+/)) {
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
 * Like wrapToWidth, but never leaves one word alone on the last line (a widow, "…chưa được / một"):
 * words move down from the line above while they fit.
 */
export function wrapWithoutWidow(text: string, max: number, size: number, weight: Weight = 400): string[] {
  const lines = wrapToWidth(text, max, size, weight);
  if (lines.length < 2) return lines;
  const last = lines.length - 1;
  while (!lines[last].includes(' ')) {
    const prev = lines[last - 1].split(' ');
    if (prev.length < 2) break;
    const moved = `${prev.at(-1)} ${lines[last]}`;
    if (textWidth(moved, size, weight) > max) break;
    lines[last - 1] = prev.slice(0, -1).join(' ');
    lines[last] = moved;
  }
  return lines;
}
