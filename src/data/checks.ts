import type { DataProblem } from './csv.ts';
import { SCHEMAS, type FileKey, type FileSchema } from './schemas.ts';
import type { Row } from './table.ts';
import type { Dataset } from './model.ts';
import { shareInsured } from './figures.ts';

type Tables = Record<FileKey, Row[]>;

/** The longest projection the story will draw from the stated yearly growth. */
export const MAX_PROJECTION_YEARS = 50;
type Label = (file: string) => string;

/** Every ref/refs cell must name a row that exists in the file it points to. */
export function checkReferences(tables: Tables, label: Label, broken: ReadonlySet<string> = new Set()): DataProblem[] {
  const problems: DataProblem[] = [];
  const schemas = Object.entries(SCHEMAS) as [FileKey, FileSchema][];
  const idsOf = (file: string): Set<string> | undefined => {
    const entry = schemas.find(([, s]) => s.file === file);
    if (!entry || !entry[1].id) return undefined;
    return new Set(tables[entry[0]].map((r) => r[entry[1].id!] as string));
  };
  for (const [key, schema] of schemas) {
    for (const col of schema.columns) {
      if (col.type.kind !== 'ref' && col.type.kind !== 'refs') continue;
      const target = col.type.file;
      if (broken.has(target)) continue;
      const ids = idsOf(target);
      if (!ids) continue;
      for (const row of tables[key]) {
        const value = row[col.name];
        if (value === null) continue;
        for (const id of Array.isArray(value) ? value : [value as string]) {
          if (!ids.has(id)) {
            problems.push({ file: label(schema.file), line: row._line, column: col.name, message: `"${id}" is not an id in ${label(target)}` });
          }
        }
      }
    }
  }
  return problems;
}

/** The claims the story makes must hold for the data it is built from. */
export function checkStory(data: Dataset, tables: Tables, label: Label): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (key: FileKey, pick: (r: Row) => boolean) => tables[key].find(pick)?._line;
  const coverage = label(SCHEMAS.coverage.file);
  for (const g of [data.home, data.abroad]) {
    const line = at('coverage', (r) => r.group === g.group);
    if (g.workers === 0) problems.push({ file: coverage, line, column: 'workers', message: 'is 0; the story divides by it, so it must be at least 1' });
    if (g.insured > g.workers) {
      problems.push({ file: coverage, line, column: 'buyers', message: `${g.insured} is more than the ${g.workers} workers on the same row; the buyers are counted among the workers` });
    }
  }
  for (const g of [data.home, data.abroad]) {
    if (g.insured === 0 && g.workers > 0) {
      problems.push({ file: coverage, line: at('coverage', (r) => r.group === g.group), column: 'buyers', message: 'is 0; the story says "one in N" of these workers, so it needs at least one buyer' });
    }
  }
  const abroadLine = at('coverage', (r) => r.group === 'abroad');
  if (data.abroad.yearlyGrowth === null) problems.push({ file: coverage, line: abroadLine, column: 'yearly_growth', message: 'is empty; the projection of workers abroad needs the stated growth' });
  if (!data.abroad.projectionYears) problems.push({ file: coverage, line: abroadLine, column: 'projection_years', message: 'must be at least 1; it is how many years the story projects' });
  else if (data.abroad.projectionYears > MAX_PROJECTION_YEARS) {
    problems.push({ file: coverage, line: abroadLine, column: 'projection_years', message: `${data.abroad.projectionYears} is more than ${MAX_PROJECTION_YEARS}; a projection from a stated rate says little beyond a few years` });
  }
  if (data.home.workers > 0 && data.home.insured > 0 && !(shareInsured(data.home) < 0.01)) {
    const line = at('coverage', (r) => r.group === 'home');
    problems.push({
      file: coverage,
      line,
      column: 'buyers',
      message: `the story's title says "fewer than one in a hundred" migrant workers had bought voluntary social insurance, but ${data.home.insured} of ${data.home.workers} is one in ${(data.home.workers / data.home.insured).toFixed(1)}; change the title and copy before building`,
    });
  }
  for (const r of tables.barriers) {
    const named = r.named_by as string[];
    const parts = ['quote_en', 'quote_vi', 'quote_by'].filter((c) => r[c] !== null);
    if (parts.length > 0 && parts.length < 3) {
      problems.push({ file: label(SCHEMAS.barriers.file), line: r._line, column: 'quote_by', message: 'a quotation needs all of quote_en, quote_vi and quote_by, or none of them' });
      continue;
    }
    // Every point carries its one speaker: one person per row, or two where one of them is quoted
    // (the quotation is that person's words, the paraphrase the other's point).
    const quoted = r.quote_by as string | null;
    if (quoted !== null && !named.includes(quoted)) {
      problems.push({ file: label(SCHEMAS.barriers.file), line: r._line, column: 'quote_by', message: `"${quoted}" is quoted but is not in named_by; the person quoted must be one who named the barrier` });
    } else if (named.length > 2 || (named.length === 2 && quoted === null)) {
      problems.push({ file: label(SCHEMAS.barriers.file), line: r._line, column: 'named_by', message: `names ${named.length} people; a row holds one speaker, or two where one is quoted (quote_by) and the paraphrase is the other's point, so give each other point its own row` });
    } else {
      // The paraphrase says whose point it is, so the file read alone credits no one with another's words.
      const by = r.paraphrase_by as string;
      if (!named.includes(by)) {
        problems.push({ file: label(SCHEMAS.barriers.file), line: r._line, column: 'paraphrase_by', message: `"${by}" is not in named_by; the paraphrase is the point of one who named the barrier` });
      } else if (named.length === 2 && by === quoted) {
        problems.push({ file: label(SCHEMAS.barriers.file), line: r._line, column: 'paraphrase_by', message: `"${by}" is the person quoted; on a row two people named, the paraphrase is the other's point` });
      }
    }
  }
  for (const r of tables.since) {
    if ((r.law_en === null) !== (r.law_vi === null)) {
      problems.push({ file: label(SCHEMAS.since.file), line: r._line, column: r.law_en === null ? 'law_en' : 'law_vi', message: 'a law needs both law_en and law_vi, or neither (only where no law is named)' });
    }
  }
  return problems;
}

/** Files that must hold exactly one row per value, and the rows that must exist. */
export function checkPresence(tables: Tables, label: Label): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const group of ['home', 'abroad']) {
    if (!tables.coverage.some((r) => r.group === group)) problems.push({ file: label(SCHEMAS.coverage.file), column: 'group', message: `no row for "${group}"; the story needs one` });
  }
  for (const household of ['poor', 'near-poor']) {
    if (!tables.support.some((r) => r.household === household)) problems.push({ file: label(SCHEMAS.support.file), column: 'household', message: `no row for "${household}"; the story needs one` });
  }
  if (tables.pension.length !== 1) problems.push({ file: label(SCHEMAS.pension.file), message: `found ${tables.pension.length} rows; expected exactly one` });
  return problems;
}
