import Papa from 'papaparse';

/** One data row with the physical line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A parsed CSV file: its header and rows, before any schema is applied. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** A problem found in a data file, located at file:line and (where known) a column. */
export interface DataProblem {
  file: string;
  line?: number;
  column?: string;
  message: string;
}

/** One line a maintainer can act on: `data/coverage.csv:3 column "insured": ...`. */
export function formatProblem(p: DataProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  // JSON quoting keeps a column name read from a malformed header (line breaks, quotes) on one line.
  return p.column ? `${where} column ${JSON.stringify(p.column)}: ${p.message}` : `${where}: ${p.message}`;
}

/**
 * Parses CSV text as a spreadsheet writes it (BOM, CRLF, trailing newline, quoted cells),
 * keeping for every row the physical line it starts on so errors can point at it.
 */
export function parseCsv(file: string, text: string): { table?: CsvTable; problems: DataProblem[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { problems: [{ file, message: 'the file is empty; expected a header row' }] };
  const records: { cells: string[]; start: number }[] = [];
  const problems: DataProblem[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ',', // never guess: a header-only file followed by blank lines defeats the guess
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, start });
      for (const e of result.errors) {
        problems.push({ file, line: lineAt(body, start), message: describeParseError(e.code) });
      }
      start = result.meta.cursor;
    },
  });
  const [head, ...rest] = records;
  const header = head.cells.map((c) => c.trim());
  const rows = rest
    .map((r) => ({ line: lineAt(body, r.start), cells: r.cells }))
    // A blank line, or a row of empty cells (",,,," as spreadsheets save an empty row), carries no data.
    .filter((r) => !r.cells.every((c) => c.trim() === ''));
  return { table: { file, header, rows }, problems };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n, \r\n and a lone \r (old spreadsheets' "CSV (Macintosh)") each end a line.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function describeParseError(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed (a stray " character?)';
    case 'InvalidQuotes':
      return 'a quote character stands inside an unquoted cell; wrap the cell in "…" and double inner quotes';
    default:
      return `the row cannot be read as CSV (${code})`;
  }
}
