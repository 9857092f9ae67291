/**
 * Mutations of the committed data, as plain values (so fast-check prints a readable
 * counterexample) plus the functions that apply them.
 *
 * - Meaning-keeping variants (`variantArb`): column order, NFD text, spaces around ";" in lists,
 *   the order of the two coverage rows, and a writing style (BOM, CRLF/CR, blank lines, spaces
 *   around cells, needless quotes). The loader must read them as the committed data.
 * - Cell edits (`cellEditArb`): cells set, decorated, deleted or duplicated; rows and columns
 *   deleted, duplicated, swapped or renamed; numbers of every shape in the numeric cells.
 * - Text edits (`textEditArb`): stray quotes, delimiters, line ends, BOMs and other characters at
 *   any offset; truncation; empty, header-only, blank-first and missing files.
 */
import fc from 'fast-check';
import { FILES, listColumnsOf, styleArb, type Model, type Records, type Style } from './kit.ts';

const mod = (i: number, n: number) => (n === 0 ? 0 : i % n);

// ---------------------------------------------------------------------------------------------
// Values

const SPECIAL_TEXT = [
  '',
  ' ',
  '\t',
  '"',
  '""',
  'a"b',
  '"quoted"',
  ',',
  'a,b',
  ';',
  'a;b',
  '\n',
  '\r',
  '\r\n',
  'line one\nline two',
  '\uFEFF',
  '\u0000',
  '\u00A0',
  '\u200B',
  '\u2028',
  'e\u0301', // e + combining acute (NFD é)
  'Nguyễn Trọng Đàm'.normalize('NFD'),
  'Lao động di cư',
  '👩🏽‍🔧 workers 🇻🇳',
  'עובדים מהגרים', // Hebrew (RTL)
  'العمال المهاجرون', // Arabic (RTL)
  '\u202Eevil\u202C', // right-to-left override
  '\u200Fmark', // right-to-left mark
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  'null',
  'undefined',
  '=SUM(A1:A2)',
];

const WRONG_TYPES = [
  'vna',
  'home',
  'abroad',
  'poor',
  'near-poor',
  'monthly-pension',
  'dao-ngoc-dung',
  'le-thanh-sang;nguyen-trong-dam',
  'le-thanh-sang ; nguyen-trong-dam',
  'low-income',
  'https://example.org/a',
  'http://localhost',
  'javascript:alert(1)',
  '2026-11-27',
  '2026-02-30',
  '27/11/2026',
  'true',
  '[]',
  '{}',
  '34,000,000',
  '34 million',
  '30%',
];

/** Numbers of every shape: valid, negative, huge, decimal, exponent, separators, other digits. */
export const numberTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.nat().map(String),
  fc.integer({ min: -1_000_000_000, max: -1 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}.${n % 10}`),
  fc.constantFrom(
    '0',
    '-0',
    '00012',
    '+5',
    '1e3',
    '12.5',
    '0.5',
    '100',
    '100.0',
    '100.01',
    '5.',
    '.5',
    '1_000',
    '1,000',
    '1 000',
    '١٢٣', // Arabic-Indic digits
    '１２', // full-width digits
    'Infinity',
    'NaN',
    '0x10',
    ' 42 ',
    '9007199254740991',
    '9007199254740992',
    '4294967296',
  ),
);

export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SPECIAL_TEXT),
  fc.constantFrom(...WRONG_TYPES),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/), // a well-formed id that does not exist
  numberTextArb,
);

const decorationArb = fc.constantFrom('', ' ', '\t', '\u00A0', '\uFEFF', '\u200B', '\u0301', '\u202E', '\u200F', '👍', '"', ',', ';', '\n', '\u2028', '-');

// ---------------------------------------------------------------------------------------------
// Meaning-keeping variants

export interface Variant {
  /** New position → old column index. */
  order: number[];
  /** Whether to write a cell in NFD, used in turn over the cells. */
  nfd: boolean[];
  /** Spaces put around the ";" in lists of ids, used in turn. */
  listPads: string[];
  style: Style;
}

function variantArbFor(columns: number): fc.Arbitrary<Variant> {
  const indices = Array.from({ length: columns }, (_, i) => i);
  return fc.record({
    order: fc.shuffledSubarray(indices, { minLength: columns, maxLength: columns }),
    nfd: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    listPads: fc.array(fc.constantFrom('', ' ', '  ', '\t'), { minLength: 1, maxLength: 3 }),
    style: styleArb,
  });
}

/** One variant per file, and whether to swap the home and abroad rows of coverage.csv. */
export function variantsArb(model: Model) {
  return fc.record({
    files: fc.record(Object.fromEntries(FILES.map((f) => [f, variantArbFor(model[f][0].length)])) as Record<string, fc.Arbitrary<Variant>>),
    swapCoverageRows: fc.boolean(),
  });
}

/** Applies a meaning-keeping variant to one file's records (not its style, which is for writing). */
export function applyVariant(file: string, records: Records, v: Variant): Records {
  const lists = new Set(listColumnsOf(file));
  const header = records[0];
  let k = 0;
  return records.map((record, r) =>
    v.order.map((old) => {
      let cell = record[old];
      if (r > 0 && lists.has(header[old])) {
        const pad = v.listPads[k % v.listPads.length];
        cell = cell.split(';').join(`${pad};${v.listPads[(k + 1) % v.listPads.length]}`);
      }
      if (v.nfd[k++ % v.nfd.length]) cell = cell.normalize('NFD');
      return cell;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Cell, row and column edits

/** A numeric cell the story computes with, found by its row's key and its column's name. */
export interface NumericTarget {
  file: 'coverage.csv' | 'pension.csv' | 'support.csv';
  key: string | null; // value of the file's first-column key; null: the only row
  column: string;
}

export const NUMERIC_TARGETS: NumericTarget[] = [
  ...['home', 'abroad'].flatMap((key) => ['workers', 'buyers', 'yearly_growth', 'projection_years'].map((column) => ({ file: 'coverage.csv' as const, key, column }))),
  { file: 'pension.csv', key: null, column: 'years_max' },
  { file: 'support.csv', key: 'poor', column: 'state_share_pct' },
  { file: 'support.csv', key: 'near-poor', column: 'state_share_pct' },
];

/** Values that keep a numeric cell valid, so that many cases load and meet the oracle. */
function plausible(t: NumericTarget): fc.Arbitrary<string> {
  switch (t.column) {
    case 'workers':
      return fc.oneof(fc.integer({ min: 1, max: 100_000_000 }), fc.constantFrom(1, 100, 500000, 34000000, Number.MAX_SAFE_INTEGER)).map(String);
    case 'buyers':
      return fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.constantFrom(0, 1, 6000, 270000, 339999, 340000)).map(String);
    case 'yearly_growth':
      return fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map(String), fc.constant(''));
    case 'projection_years':
      return fc.oneof(fc.integer({ min: 0, max: 60 }).map(String), fc.constant(''), fc.constantFrom('10000', '10001', '4294967296'));
    case 'years_max':
      return fc.integer({ min: 0, max: 100 }).map(String);
    default: // state_share_pct
      return fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 999 })).map(([a, b]) => `${a}.${b}`));
  }
}

export type CellEdit =
  | { kind: 'number'; target: NumericTarget; value: string }
  | { kind: 'set'; file: string; row: number; col: number; value: string }
  | { kind: 'decorate'; file: string; row: number; col: number; before: string; after: string }
  | { kind: 'delete-cell'; file: string; row: number; col: number }
  | { kind: 'duplicate-cell'; file: string; row: number; col: number }
  | { kind: 'delete-row'; file: string; row: number }
  | { kind: 'duplicate-row'; file: string; row: number }
  | { kind: 'swap-rows'; file: string; row: number; other: number }
  | { kind: 'insert-row'; file: string; row: number; cells: string[] }
  | { kind: 'delete-column'; file: string; col: number }
  | { kind: 'duplicate-column'; file: string; col: number }
  | { kind: 'rename-column'; file: string; col: number; name: string };

const fileArb = fc.constantFrom(...FILES);
const indexArb = fc.nat(50);

export const numberEditArb: fc.Arbitrary<CellEdit> = fc
  .constantFrom(...NUMERIC_TARGETS)
  .chain((target) => fc.record({ kind: fc.constant('number' as const), target: fc.constant(target), value: fc.oneof({ arbitrary: plausible(target), weight: 3 }, { arbitrary: numberTextArb, weight: 1 }) }));

export const cellEditArb: fc.Arbitrary<CellEdit> = fc.oneof(
  { arbitrary: numberEditArb, weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('set' as const), file: fileArb, row: indexArb, col: indexArb, value: textArb }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('decorate' as const), file: fileArb, row: indexArb, col: indexArb, before: decorationArb, after: decorationArb }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete-cell' as const), file: fileArb, row: indexArb, col: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-cell' as const), file: fileArb, row: indexArb, col: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('delete-row' as const), file: fileArb, row: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-row' as const), file: fileArb, row: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('swap-rows' as const), file: fileArb, row: indexArb, other: indexArb }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('insert-row' as const), file: fileArb, row: indexArb, cells: fc.array(fc.oneof(fc.constant(''), textArb), { maxLength: 13 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete-column' as const), file: fileArb, col: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-column' as const), file: fileArb, col: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('rename-column' as const), file: fileArb, col: indexArb, name: textArb }), weight: 1 },
);

/** The file an edit changes. */
export function fileOf(edit: CellEdit): string {
  return edit.kind === 'number' ? edit.target.file : edit.file;
}

/** The index of the record a numeric target is on (-1 if none). */
export function rowOf(records: Records, target: NumericTarget): number {
  if (target.key === null) return records.length > 1 ? 1 : -1;
  const keyColumn = records[0].map((h) => h.trim()).indexOf(target.file === 'coverage.csv' ? 'group' : 'household');
  return records.findIndex((rec, i) => i > 0 && rec[keyColumn]?.trim() === target.key);
}

/** Applies an edit to the model in place. Indices wrap around the file's records and cells. */
export function applyCellEdit(model: Model, edit: CellEdit): void {
  if (edit.kind === 'number') {
    const records = model[edit.target.file];
    const c = records[0].map((h) => h.trim()).indexOf(edit.target.column);
    const r = rowOf(records, edit.target);
    if (c >= 0 && r >= 1 && c < records[r].length) records[r][c] = edit.value;
    return;
  }
  const records = model[edit.file];
  const n = records.length;
  switch (edit.kind) {
    case 'set':
    case 'decorate':
    case 'delete-cell':
    case 'duplicate-cell': {
      if (n === 0) return;
      const record = records[mod(edit.row, n)];
      const c = mod(edit.col, record.length);
      if (record.length === 0) return;
      if (edit.kind === 'set') record[c] = edit.value;
      else if (edit.kind === 'decorate') record[c] = edit.before + record[c] + edit.after;
      else if (edit.kind === 'delete-cell') record.splice(c, 1);
      else record.splice(c, 0, record[c]);
      return;
    }
    case 'delete-row':
      if (n) records.splice(mod(edit.row, n), 1);
      return;
    case 'duplicate-row':
      if (n) records.splice(mod(edit.row, n), 0, [...records[mod(edit.row, n)]]);
      return;
    case 'swap-rows': {
      if (!n) return;
      const a = mod(edit.row, n);
      const b = mod(edit.other, n);
      [records[a], records[b]] = [records[b], records[a]];
      return;
    }
    case 'insert-row':
      records.splice(mod(edit.row, n + 1), 0, [...edit.cells]);
      return;
    case 'delete-column':
    case 'duplicate-column':
    case 'rename-column': {
      const width = records[0]?.length ?? 0;
      if (!width) return;
      const c = mod(edit.col, width);
      if (edit.kind === 'rename-column') records[0][c] = edit.name;
      else for (const record of records) if (c < record.length) record.splice(c, edit.kind === 'delete-column' ? 1 : 0, ...(edit.kind === 'delete-column' ? [] : [record[c]]));
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Text edits

export type TextEdit =
  | { kind: 'insert'; file: string; at: number; text: string }
  | { kind: 'delete'; file: string; at: number; length: number }
  | { kind: 'truncate'; file: string; at: number }
  | { kind: 'replace-file'; file: string; text: string }
  | { kind: 'header-only'; file: string; eol: string }
  | { kind: 'blank-first'; file: string; blank: string }
  | { kind: 'line-end'; file: string; nth: number; eol: string }
  | { kind: 'repeat-file'; file: string }
  | { kind: 'remove-file'; file: string };

const strayArb = fc.oneof(
  fc.constantFrom('"', '""', '"""', ',', ',,', ';', '\n', '\r', '\r\n', '\n\n', '\uFEFF', '\u0000', ' ', '\t', 'é'.normalize('NFD'), '🙂', '\u202E', '\\', "'"),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
);

export const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), file: fileArb, at: fc.nat(), text: strayArb }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fileArb, at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), file: fileArb, at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('replace-file' as const), file: fileArb, text: fc.constantFrom('', ' ', '\n', '\r\n\r\n', '\uFEFF', '\uFEFF\n', ',', '""', '"', '\u0000') }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('header-only' as const), file: fileArb, eol: fc.constantFrom('', '\n', '\r\n', '\n\n') }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('blank-first' as const), file: fileArb, blank: fc.constantFrom('\n', '\r\n', ' \n') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('line-end' as const), file: fileArb, nth: fc.nat(20), eol: fc.constantFrom('\n', '\r\n', '\r', '\n\r') }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('repeat-file' as const), file: fileArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('remove-file' as const), file: fileArb }), weight: 1 },
);

/** Applies a text edit; returns the file's new text, or null when the edit removes the file. */
export function applyTextEdit(text: string | null, edit: TextEdit): string | null {
  if (text === null) return null;
  const pos = (i: number) => mod(i, text.length + 1);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, pos(edit.at)) + edit.text + text.slice(pos(edit.at));
    case 'delete':
      return text.slice(0, pos(edit.at)) + text.slice(pos(edit.at) + edit.length);
    case 'truncate':
      return text.slice(0, pos(edit.at));
    case 'replace-file':
      return edit.text;
    case 'header-only': {
      const end = text.search(/\r\n|\r|\n/);
      return (end < 0 ? text : text.slice(0, end)) + edit.eol;
    }
    case 'blank-first':
      return text.startsWith('\uFEFF') ? '\uFEFF' + edit.blank + text.slice(1) : edit.blank + text;
    case 'line-end': {
      const ends = [...text.matchAll(/\r\n|\r|\n/g)];
      if (!ends.length) return text;
      const m = ends[mod(edit.nth, ends.length)];
      return text.slice(0, m.index) + edit.eol + text.slice(m.index + m[0].length);
    }
    case 'repeat-file':
      return text + text;
    case 'remove-file':
      return null;
  }
}
