/** The kinds of cell a data file may hold, each with the parser that checks it. */
export type ColumnKind =
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'whole' }
  | { kind: 'percent' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'url' }
  | { kind: 'date' }
  | { kind: 'date-or-month' }
  | { kind: 'ref'; file: string }
  | { kind: 'refs'; file: string };

/** A column of a data file: its name, kind, whether a value is required, and what it means. */
export interface Column {
  name: string;
  type: ColumnKind;
  required: boolean;
  doc: string;
}

export type CellValue = string | number | string[] | null;

/** The result of reading one cell: a value, or what was expected instead. */
export type CellResult = { ok: true; value: CellValue } | { ok: false; expected: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads a trimmed, NFC-normalised cell as the column's kind. Empty cells are handled by the caller. */
export function readCell(type: ColumnKind, raw: string): CellResult {
  switch (type.kind) {
    case 'id':
      return ID.test(raw) ? ok(raw) : no('an id of lower-case letters, digits and single hyphens (e.g. "near-poor")');
    case 'text':
      return ok(raw);
    case 'whole': {
      const n = Number(raw);
      if (!WHOLE.test(raw) || !Number.isSafeInteger(n)) return no('a whole number from 0 to 9007199254740991, digits only (no separators)');
      return ok(n);
    }
    case 'percent': {
      const n = Number(raw);
      if (!DECIMAL.test(raw) || n > 100) return no('a per cent from 0 to 100 (e.g. 30 or 12.5, without "%")');
      return ok(n);
    }
    case 'enum':
      return type.values.includes(raw) ? ok(raw) : no(`one of ${type.values.map((v) => `"${v}"`).join(', ')}`);
    case 'url':
      return isHttpUrl(raw) ? ok(raw) : no('an http:// or https:// address');
    case 'date':
      return isDate(raw) ? ok(raw) : no('a date as YYYY-MM-DD');
    case 'date-or-month':
      // Some changes are known only to the month (a row dated YYYY-MM): a date must not be invented for them.
      return isDate(raw) || MONTH.test(raw) ? ok(raw) : no('a date as YYYY-MM-DD, or a month as YYYY-MM when only the month is known');
    case 'ref':
      return ID.test(raw) ? ok(raw) : no(`an id from ${type.file}`);
    case 'refs': {
      const ids = raw.split(';').map((s) => s.trim());
      return ids.every((id) => ID.test(id)) ? ok(ids) : no(`ids from ${type.file}, separated by ";"`);
    }
  }
}

function ok(value: CellValue): CellResult {
  return { ok: true, value };
}
function no(expected: string): CellResult {
  return { ok: false, expected };
}

function isHttpUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/\s/.test(raw);
  } catch {
    return false;
  }
}

function isDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
