import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, parseCsv, type DataProblem } from './csv.ts';
import { SCHEMAS, type FileKey } from './schemas.ts';
import { applySchema, type Row } from './table.ts';
import { checkPresence, checkReferences, checkStory } from './checks.ts';
import { toDataset } from './shape.ts';
import type { Dataset } from './model.ts';

/** Thrown when data/ cannot be trusted; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(`The data cannot be built (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** The data folder: $DATA_DIR when set (tests build from fixtures), else ./data. */
export function dataDir(): string {
  return process.env.DATA_DIR ? process.env.DATA_DIR : join(process.cwd(), 'data');
}

export type Tables = Record<FileKey, Row[]>;

/** Reads and checks every file in the folder; throws one DataError naming every problem. */
export function loadDataset(dir: string = dataDir()): Dataset {
  const label = (file: string) => {
    const rel = relative(process.cwd(), join(dir, file));
    return rel.startsWith('..') ? join(dir, file) : rel;
  };
  const problems: DataProblem[] = [];
  const tables = {} as Tables;
  // Files with problems of their own: references into them are not checked, so one bad row does not echo.
  const broken = new Set<string>();
  for (const key of Object.keys(SCHEMAS) as FileKey[]) {
    const schema = SCHEMAS[key];
    const file = label(schema.file);
    const path = join(dir, schema.file);
    tables[key] = [];
    if (!existsSync(path)) {
      problems.push({ file, message: `the file is missing; expected it in ${dir}` });
      broken.add(schema.file);
      continue;
    }
    const parsed = parseCsv(file, readFileSync(path, 'utf8'));
    const applied = parsed.table ? applySchema(parsed.table, schema) : { rows: [], problems: [] };
    const own = [...parsed.problems, ...applied.problems];
    problems.push(...own);
    tables[key] = applied.rows;
    if (own.length) broken.add(schema.file);
  }
  problems.push(...checkReferences(tables, label, broken));
  if (!problems.length) problems.push(...checkPresence(tables, label));
  if (problems.length) throw new DataError(problems);
  const data = toDataset(tables);
  const story = checkStory(data, tables, label);
  if (story.length) throw new DataError(story);
  return data;
}

let cached: { key: string; data: Dataset } | undefined;

/** When each data file was last written (and its size): the dataset is read again when any changes (the dev server's live preview). */
function stamp(dir: string): string {
  return Object.values(SCHEMAS)
    .map((s) => {
      try {
        const st = statSync(join(dir, s.file));
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return '-';
      }
    })
    .join(',');
}

/** The dataset for this build, loaded once per data folder and read again when a file in it changes. */
export function getDataset(): Dataset {
  const dir = dataDir();
  const key = `${dir}|${stamp(dir)}`;
  if (!cached || cached.key !== key) cached = { key, data: loadDataset(dir) };
  return cached.data;
}
