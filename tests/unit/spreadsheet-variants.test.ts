/**
 * The same data saved by different spreadsheets and editors loads to the same dataset and the
 * same figures: a byte-order mark, CRLF line ends, no final newline, extra blank lines at the
 * end, spaces around cells, and text in decomposed (NFD) Unicode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../src/data/figures.ts';
import { GOOD_DATA, loadWith, type DataFolder } from './helpers/data-fixture.ts';

const committed = readdirSync(GOOD_DATA)
  .filter((f) => f.endsWith('.csv'))
  .map((file) => ({ file, text: readFileSync(join(GOOD_DATA, file), 'utf8') }));

/**
 * Splits CSV text into records of raw cells, quotes kept, so a cell can be rewritten and the
 * record joined again. Knows only what the committed data uses: commas, "…" and "" inside quotes.
 */
function records(text: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of text) {
    if (quoted) {
      cell += ch;
      if (ch === '"') quoted = false; // a doubled "" reopens at once on the next character
    } else if (ch === '"') {
      cell += ch;
      quoted = true;
    } else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n') {
      record.push(cell);
      out.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length) {
    record.push(cell);
    out.push(record);
  }
  return out;
}

/** Pads every cell with spaces; a quoted cell keeps its quotes outermost and gets the spaces inside. */
function padCells(text: string): string {
  const pad = (cell: string) => (cell.startsWith('"') ? `"  ${cell.slice(1, -1)}  "` : `  ${cell}  `);
  return records(text)
    .map((r) => r.map(pad).join(','))
    .map((line) => line + '\n')
    .join('');
}

const variants: [string, (text: string) => string][] = [
  ['a UTF-8 byte-order mark', (t) => '\uFEFF' + t],
  ['CRLF line ends', (t) => t.replaceAll('\n', '\r\n')],
  ['no newline after the last row', (t) => t.replace(/\n+$/, '')],
  ['extra blank lines at the end', (t) => t + '\n\n\n'],
  ['extra blank CRLF lines at the end', (t) => (t + '\n\n').replaceAll('\n', '\r\n')],
  ['spaces around every cell', padCells],
  ['text in decomposed Unicode (NFD)', (t) => t.normalize('NFD')],
  ['all of these at once', (t) => '\uFEFF' + padCells(t).normalize('NFD').replaceAll('\n', '\r\n') + '\r\n\r\n'],
];

describe('data saved by different spreadsheets', () => {
  const clean = loadWith();
  const cleanFigures = deriveFigures(clean);

  it('the committed files are already NFC, LF-terminated and without a byte-order mark', () => {
    expect(committed.length).toBeGreaterThanOrEqual(9);
    for (const { file, text } of committed) {
      expect(text.startsWith('\uFEFF'), file).toBe(false);
      expect(text.includes('\r'), file).toBe(false);
      expect(text.endsWith('\n'), file).toBe(true);
      expect(text.normalize('NFC'), file).toBe(text);
    }
  });

  it('the cell splitter used here gives back the committed files unchanged', () => {
    for (const { file, text } of committed) {
      expect(records(text).map((r) => r.join(',') + '\n').join(''), file).toBe(text);
    }
  });

  it.each(variants)('every file with %s loads to the same dataset and figures', (_, change) => {
    let changed = 0;
    const data = loadWith((d: DataFolder) =>
      d.rewriteAll((text) => {
        const next = change(text);
        if (next !== text) changed++;
        return next;
      }),
    );
    expect(changed).toBeGreaterThan(0);
    expect(data).toStrictEqual(clean);
    expect(deriveFigures(data)).toStrictEqual(cleanFigures);
  });

  it('a name written in NFD loads as NFC', () => {
    const nfc = 'Đào Ngọc Dung';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const data = loadWith((d) => d.replace('officials.csv', `,${nfc},`, `,${nfd},`));
    const official = data.officials.find((o) => o.id === 'dao-ngoc-dung')!;
    expect(official.name.vi).toBe(nfc);
    expect(official.name.vi.normalize('NFC')).toBe(official.name.vi);
    expect(data).toStrictEqual(clean);
  });

  it('blank lines between rows load the same as none', () => {
    const data = loadWith((d) => d.rewriteAll((text) => text.replaceAll('\n', '\n\n')));
    expect(data).toStrictEqual(clean);
  });
});
