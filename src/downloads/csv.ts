import type { ChartTable, TableCell } from '../charts/types.ts';

/** A cell as CSV: numbers unformatted (a fixed precision kept), quoted when needed, and never read by a spreadsheet as a formula. */
export function csvCell(cell: TableCell): string {
  const value = typeof cell === 'object' ? cell.value.toFixed(cell.digits) : cell;
  let s = String(value);
  // A cell that begins with = + - @ (or a tab/CR) would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Exactly the data a chart shows, with a source column (rows of our own working name us, then the
 * report they start from): UTF-8 with a BOM (so spreadsheets read Vietnamese), CRLF line ends,
 * numbers unformatted.
 */
export function chartCsv(table: ChartTable, sourceHeader: string, source: string, oursSource = source): string {
  const rows = [[...table.columns, sourceHeader], ...table.rows.map((r, i) => [...r, table.ours?.[i] ? oursSource : source])];
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
