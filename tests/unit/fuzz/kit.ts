/**
 * Tools for fuzzing the data loader with fast-check.
 *
 * - The committed CSVs as records of cells (a "model") that mutations edit in memory.
 * - A writer that saves records the ways spreadsheets and editors do (BOM, CRLF or CR, blank
 *   lines, spaces around cells, needless quotes), so the same data can be written many ways.
 * - `loadCase`: writes one case's files into a fresh temporary folder, loads it, removes it.
 * - `fuzz`: runs a property with the seed from FUZZ_SEED (or a fixed default) and puts that seed
 *   at the top of any failure, with the command that replays it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { DataError, loadDataset } from '../../../src/data/load.ts';
import { SCHEMAS } from '../../../src/data/schemas.ts';
import type { Dataset } from '../../../src/data/model.ts';
import { GOOD_DATA } from '../helpers/data-fixture.ts';

// ---------------------------------------------------------------------------------------------
// Seed and runner

/** The seed every property uses unless FUZZ_SEED says otherwise. */
export const DEFAULT_SEED = 20261127;

function readSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SEED;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 31) throw new Error(`FUZZ_SEED must be a 32-bit integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** The seed this run uses: $FUZZ_SEED, else DEFAULT_SEED. */
export const SEED = readSeed();

/** $FUZZ_SCALE multiplies every property's number of cases (default 1), for longer local runs. */
const SCALE = Number(process.env.FUZZ_SCALE ?? '1') > 0 ? Number(process.env.FUZZ_SCALE ?? '1') : 1;

/** Time allowed to one property's test: a minute per 1× of FUZZ_SCALE. */
export const TIMEOUT = Math.ceil(60_000 * SCALE);

/** Cases per property. Their sum is what one `vitest run tests/unit/fuzz` checks. */
export const RUNS = {
  meaningKept: Math.ceil(300 * SCALE),
  numbers: Math.ceil(350 * SCALE),
  cellEdits: Math.ceil(400 * SCALE),
  textEdits: Math.ceil(350 * SCALE),
};

export const REPLAY = 'npx vitest run --project fuzz';

/**
 * Runs a property for `numRuns` cases from `seed`. On failure throws an error whose first line
 * names the seed and how to replay it, followed by fast-check's own report (seed, path,
 * counterexample, the assertion that failed).
 */
export function fuzz<Ts>(property: fc.IProperty<Ts>, numRuns: number, seed: number = SEED): void {
  try {
    fc.assert(property, { seed, numRuns, includeErrorInReport: true });
  } catch (error) {
    const report = error instanceof Error ? error.message : String(error);
    throw new Error(`Fuzz failed with FUZZ_SEED=${seed}; replay with: FUZZ_SEED=${seed} ${REPLAY}\n${report}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// The committed data as records

/** The data files, as committed (sorted names). */
export const FILES: string[] = readdirSync(GOOD_DATA)
  .filter((f) => f.endsWith('.csv'))
  .sort();

/** The committed text of every file. */
export const COMMITTED: Readonly<Record<string, string>> = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(GOOD_DATA, f), 'utf8')]));

/** A file as records of unquoted cell values; the header is record 0. */
export type Records = string[][];
/** Every file's records, by file name. */
export type Model = Record<string, Records>;

/** Reads CSV text into records (no blank records). Only for well-formed text: throws on a parse error. */
export function parseRecords(text: string): Records {
  const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  if (result.errors.length) throw new Error(`parseRecords: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A fresh, deep copy of the committed data as records. */
export function committedModel(): Model {
  return Object.fromEntries(FILES.map((f) => [f, parseRecords(COMMITTED[f])]));
}

/** Files that hold a ref or refs column pointing into `file`. */
export function referrersOf(file: string): string[] {
  return Object.values(SCHEMAS)
    .filter((s) => s.columns.some((c) => (c.type.kind === 'ref' || c.type.kind === 'refs') && c.type.file === file))
    .map((s) => s.file);
}

/** Names of the columns that hold lists of ids separated by ";" in `file`. */
export function listColumnsOf(file: string): string[] {
  const schema = Object.values(SCHEMAS).find((s) => s.file === file);
  return schema ? schema.columns.filter((c) => c.type.kind === 'refs').map((c) => c.name) : [];
}

// ---------------------------------------------------------------------------------------------
// Writing records as text, the ways spreadsheets and editors do

export interface Style {
  /** Starts with a UTF-8 byte-order mark. */
  bom: boolean;
  eol: '\n' | '\r\n' | '\r';
  /** Ends the last record with a line end. */
  finalEol: boolean;
  /** Blank (or whitespace-only) lines inserted after record `after` (taken modulo the record count). */
  blankLines: { after: number; text: string }[];
  /** Blank (or whitespace-only) lines at the end. */
  trailing: string[];
  /** Spaces put before and after cells, used in turn (inside the quotes of a quoted cell). */
  pads: string[];
  /** Whether to quote a cell that needs no quotes, used in turn. */
  quotes: boolean[];
}

export const PLAIN: Style = { bom: false, eol: '\n', finalEol: true, blankLines: [], trailing: [], pads: [''], quotes: [false] };

const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];

/** Writes records as CSV text. With PLAIN, a committed file is written back byte for byte. */
export function writeCsv(records: Records, style: Style = PLAIN): string {
  return layoutCsv(records, style).text;
}

/**
 * Writes records as CSV text, and says on which physical line each record starts (the header is
 * line 1; a line ends at \n, \r\n or a lone \r, as the README counts them).
 */
export function layoutCsv(records: Records, style: Style = PLAIN): { text: string; starts: number[] } {
  let k = 0;
  const cell = (value: string): string => {
    const i = k++;
    const before = at(style.pads, i);
    const after = at(style.pads, i + 1);
    if (/[",\r\n]/.test(value) || at(style.quotes, i)) return `"${before}${value.replaceAll('"', '""')}${after}"`;
    return before + value + after;
  };
  const lines: string[] = [];
  const startIndex: number[] = []; // index in `lines` where each record is
  records.forEach((record, i) => {
    startIndex.push(lines.length);
    lines.push(record.map(cell).join(','));
    for (const blank of style.blankLines) if (blank.after % records.length === i) lines.push(blank.text);
  });
  const breaks = (s: string) => s.split(/\r\n|\r|\n/).length - 1;
  const starts: number[] = [];
  let line = 1;
  lines.forEach((l, i) => {
    if (startIndex.includes(i)) starts.push(line);
    line += breaks(l) + 1;
  });
  let text = lines.join(style.eol);
  if (style.trailing.length) text += style.eol + style.trailing.join(style.eol);
  if (style.finalEol) text += style.eol;
  return { text: (style.bom ? '\uFEFF' : '') + text, starts };
}

export const styleArb: fc.Arbitrary<Style> = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  finalEol: fc.boolean(),
  blankLines: fc.array(fc.record({ after: fc.nat(20), text: fc.constantFrom('', ' ', '\t', '   ') }), { maxLength: 2 }),
  trailing: fc.array(fc.constantFrom('', ' ', '\t'), { maxLength: 3 }),
  pads: fc.array(fc.constantFrom('', ' ', '  ', '\t', ' \t '), { minLength: 1, maxLength: 5 }),
  quotes: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
});

/** Physical lines of a file as the README counts them: \n, \r\n and a lone \r each end a line. */
export function physicalLines(text: string): number {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).length;
}

// ---------------------------------------------------------------------------------------------
// One case on disk

/** What a case writes: every file's text, or null where the file is left out. */
export type Texts = Record<string, string | null>;

export type Loaded = { ok: true; dir: string; data: Dataset; texts: Record<string, string | null> } | { ok: false; dir: string; error: DataError; texts: Record<string, string | null> };

/**
 * Writes `texts` into a new folder under the OS temporary folder, loads it with loadDataset and
 * hands the outcome to `inspect` while the files still exist (the oracle reads them back from
 * disk, exactly the bytes the loader read). The folder is removed afterwards. Any exception other
 * than DataError escapes, with its stack, so the property fails on it. `load` is loadDataset
 * unless a test passes a deliberately broken copy.
 */
export function loadCase<R>(texts: Texts, inspect: (outcome: Loaded) => R, load: (dir: string) => Dataset = loadDataset): R {
  const dir = mkdtempSync(join(tmpdir(), 'data-fuzz-'));
  try {
    const onDisk: Record<string, string | null> = {};
    for (const [file, text] of Object.entries(texts)) {
      if (text === null) {
        onDisk[file] = null;
        continue;
      }
      writeFileSync(join(dir, file), text, 'utf8');
      onDisk[file] = readFileSync(join(dir, file), 'utf8');
    }
    let outcome: Loaded;
    try {
      outcome = { ok: true, dir, data: load(dir), texts: onDisk };
    } catch (error) {
      if (!(error instanceof DataError)) {
        const what = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
        throw new Error(`the loader threw something other than a DataError: ${what}`);
      }
      outcome = { ok: false, dir, error, texts: onDisk };
    }
    return inspect(outcome);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The committed texts, each written with `style` (when given for that file). */
export function textsOf(model: Model, styles: Partial<Record<string, Style>> = {}): Texts {
  return Object.fromEntries(Object.entries(model).map(([file, records]) => [file, writeCsv(records, styles[file] ?? PLAIN)]));
}
