/**
 * Fuzz, property 2: any other change to the data is either refused with a DataError that points
 * at real files and lines (in a changed file or one that refers to it), or loaded with figures
 * that equal what an independent oracle reads from the changed files, with the story's
 * invariants holding. Never another exception, never a stack trace.
 *
 * Every case also writes all nine files in a random meaning-keeping style (BOM, CRLF/CR, blank
 * lines, padding, needless quotes), so edits meet the styles spreadsheets produce.
 * The seed is FUZZ_SEED, else DEFAULT_SEED; a failure starts with the seed and how to replay it.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, RUNS, SEED, TIMEOUT } from './kit.ts';
import { cellEditsProperty, newTally, numberEditsProperty, textEditsProperty } from './properties.ts';

describe(`mutated data files (FUZZ_SEED=${SEED})`, () => {
  it(
    'either refuses any number put in a numeric cell with located problems, or derives the figures the oracle reads from the files',
    () => {
      const tally = newTally();
      fuzz(numberEditsProperty(tally), RUNS.numbers);
      // Both branches must have been exercised many times: the oracle compared, the refusals checked.
      expect(tally.loaded).toBeGreaterThan(RUNS.numbers / 5);
      expect(tally.refused).toBeGreaterThan(RUNS.numbers / 5);
    },
    TIMEOUT,
  );

  it(
    'either refuses deleted, duplicated, garbled, mistyped or Unicode cells, rows and columns with located problems, or derives the figures the oracle reads',
    () => {
      const tally = newTally();
      fuzz(cellEditsProperty(tally), RUNS.cellEdits);
      expect(tally.loaded).toBeGreaterThan(RUNS.cellEdits / 10);
      expect(tally.refused).toBeGreaterThan(RUNS.cellEdits / 5);
    },
    TIMEOUT,
  );

  it(
    'either refuses stray quotes, delimiters, line ends, BOMs, truncated, empty, header-only or missing files with located problems, or derives the figures the oracle reads',
    () => {
      const tally = newTally();
      fuzz(textEditsProperty(tally), RUNS.textEdits);
      expect(tally.loaded).toBeGreaterThan(RUNS.textEdits / 10);
      expect(tally.refused).toBeGreaterThan(RUNS.textEdits / 5);
    },
    TIMEOUT,
  );
});
