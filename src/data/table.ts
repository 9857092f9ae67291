import type { CsvTable, DataProblem } from './csv.ts';
import { readCell, type CellValue } from './columns.ts';
import type { FileSchema } from './schemas.ts';

/** A row that passed its file's schema, keyed by column name, remembering its line. */
export type Row = Record<string, CellValue> & { _line: number };

/**
 * Checks a parsed table against its columns: header names, row widths, required cells and the
 * kind of every cell. Returns the rows that could be read and every problem found.
 */
export function applySchema(table: CsvTable, schema: FileSchema): { rows: Row[]; problems: DataProblem[] } {
  const { file, header } = table;
  const { columns, id: idColumn } = schema;
  const problems: DataProblem[] = [];
  const expected = columns.map((c) => c.name);
  const listed = expected.map((n) => `"${n}"`).join(', ');

  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') problems.push({ file, line: 1, message: `column ${i + 1} has no name; expected the columns ${listed}` });
    else if (!expected.includes(name)) problems.push({ file, line: 1, column: name, message: `unknown column; expected the columns ${listed}` });
    else if (seen.has(name)) problems.push({ file, line: 1, column: name, message: 'this column appears twice in the header' });
    seen.add(name);
  });
  for (const name of expected) {
    if (!header.includes(name)) problems.push({ file, line: 1, column: name, message: 'this column is missing from the header' });
  }
  if (problems.length) return { rows: [], problems };
  if (table.rows.length === 0 && !schema.mayBeEmpty) problems.push({ file, line: 2, message: 'the file has a header but no rows; expected at least one row' });

  const rows: Row[] = [];
  const ids = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== header.length) {
      const what = cells.length > header.length ? 'too many' : 'too few';
      problems.push({ file, line, message: `${what} cells: found ${cells.length}, expected ${header.length} (${listed})` });
      continue;
    }
    const row = { _line: line } as Row;
    let good = true;
    for (const col of columns) {
      const raw = cells[header.indexOf(col.name)].trim().normalize('NFC');
      if (raw === '') {
        row[col.name] = null;
        if (col.required) {
          problems.push({ file, line, column: col.name, message: 'this cell is empty; a value is required' });
          good = false;
        }
        continue;
      }
      const cell = readCell(col.type, raw);
      if (cell.ok) row[col.name] = cell.value;
      else {
        problems.push({ file, line, column: col.name, message: `${JSON.stringify(raw)} is not ${cell.expected}` });
        good = false;
      }
    }
    if (idColumn && typeof row[idColumn] === 'string') {
      const id = row[idColumn] as string;
      const first = ids.get(id);
      if (first !== undefined) {
        problems.push({ file, line, column: idColumn, message: `"${id}" is used twice (first on line ${first}); ids must be unique` });
        good = false;
      } else ids.set(id, line);
    }
    if (good) rows.push(row);
  }
  return { rows, problems };
}
