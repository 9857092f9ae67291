/**
 * Fixtures for the data loader: a fresh copy of the committed data/ folder in a temporary
 * directory, changed by one small edit, then loaded. Each test states only how its fixture
 * differs from the good data, so no fixture folders need to be committed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError, loadDataset } from '../../../src/data/load.ts';
import type { DataProblem } from '../../../src/data/csv.ts';
import type { Dataset } from '../../../src/data/model.ts';

/** The committed, good data folder. */
export const GOOD_DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

/** The fixture folder, with small editing tools that fail loudly when an edit does nothing. */
export interface DataFolder {
  /** Absolute path of the fixture's data folder. */
  readonly dir: string;
  /** The names of the files in the folder (e.g. "coverage.csv"). */
  files(): string[];
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** Replaces the one occurrence of `find`; throws if it occurs zero or several times. */
  replace(file: string, find: string, by: string): void;
  /** Rewrites every file in the folder with `change(text, file)`. */
  rewriteAll(change: (text: string, file: string) => string): void;
}

export type Edit = (data: DataFolder) => void;

export interface Outcome {
  /** Absolute path of the (now removed) fixture data folder. */
  dir: string;
  dataset?: Dataset;
  error?: DataError;
}

export interface FixtureOptions {
  /**
   * Where the loader believes it runs. 'parent' (the default) makes the fixture's parent the
   * working directory, so files are labelled "data/coverage.csv" as in a real build;
   * 'elsewhere' keeps the real working directory, outside which the fixture lies.
   */
  cwd?: 'parent' | 'elsewhere';
}

function folder(dir: string): DataFolder {
  const path = (file: string) => join(dir, file);
  const self: DataFolder = {
    dir,
    files: () => readdirSync(dir).sort(),
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, text) => writeFileSync(path(file), text, 'utf8'),
    remove: (file) => {
      if (!existsSync(path(file))) throw new Error(`fixture edit: ${file} does not exist`);
      rmSync(path(file));
    },
    replace: (file, find, by) => {
      const text = self.read(file);
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`fixture edit: ${JSON.stringify(find)} occurs ${count} times in ${file}; expected exactly once`);
      self.write(file, text.replace(find, () => by));
    },
    rewriteAll: (change) => {
      for (const file of self.files()) self.write(file, change(self.read(file), file));
    },
  };
  return self;
}

/**
 * Copies the good data into a new temporary folder, applies `edit`, loads it with
 * loadDataset and removes the folder again. Returns the dataset or the DataError; any other
 * error (a crash in the loader) is thrown, so a test sees it as a failure.
 */
export function withData(edit: Edit = () => {}, options: FixtureOptions = {}): Outcome {
  const root = mkdtempSync(join(tmpdir(), 'data-fixture-'));
  const dir = join(root, 'data');
  const realCwd = process.cwd;
  try {
    cpSync(GOOD_DATA, dir, { recursive: true });
    edit(folder(dir));
    if ((options.cwd ?? 'parent') === 'parent') process.cwd = () => root;
    try {
      return { dir, dataset: loadDataset(dir) };
    } catch (error) {
      if (error instanceof DataError) return { dir, error };
      throw error;
    } finally {
      process.cwd = realCwd;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Loads the edited data and returns the dataset; fails with every problem if it does not load. */
export function loadWith(edit?: Edit, options?: FixtureOptions): Dataset {
  const outcome = withData(edit, options);
  if (outcome.error) throw new Error(`expected the data to load, but: ${outcome.error.message}`);
  return outcome.dataset!;
}

/** Loads the edited data and returns the DataError it must throw. */
export function failWith(edit: Edit, options?: FixtureOptions): DataError {
  const outcome = withData(edit, options);
  if (!outcome.error) throw new Error('expected the data to be refused, but it loaded');
  return outcome.error;
}

/** Loads the edited data, which must fail with exactly one problem, and returns that problem. */
export function onlyProblem(edit: Edit, options?: FixtureOptions): DataProblem {
  const error = failWith(edit, options);
  if (error.problems.length !== 1) throw new Error(`expected exactly one problem, got ${error.problems.length}:\n${error.message}`);
  return error.problems[0];
}
