/**
 * What the fuzz found in the loader, pinned by plain examples.
 *
 * Fixed: a column name read from a malformed header was printed raw, so a header cell holding a
 * line break split one problem over several lines of the error (and could print text that looks
 * like a stack frame). formatProblem now writes the name JSON-quoted.
 *
 * Known gaps, pinned as they are today: the fuzz steps around exactly these (see "Known gaps"
 * in oracle.ts) and nothing else. Each test states the current behaviour, so fixing a gap makes
 * its test fail: then delete the test and the matching exception in oracle.ts.
 */
import { describe, expect, it } from 'vitest';
import { committedModel, loadCase, writeCsv, type Texts } from './kit.ts';

/** The committed data with one cell of `file` changed: `column` on the row where `keyColumn` is `key` (key null: the header cell). */
function withCell(file: string, keyColumn: string, key: string | null, column: string, value: string): Texts {
  const model = committedModel();
  const [header, ...rows] = model[file];
  if (key === null) header[header.indexOf(column)] = value;
  else rows.find((r) => r[header.indexOf(keyColumn)] === key)![header.indexOf(column)] = value;
  return Object.fromEntries(Object.entries(model).map(([f, r]) => [f, writeCsv(r)]));
}

describe('fixed after the fuzz found it', () => {
  it('keeps each problem on one line of the error when a header cell holds a line break', () => {
    loadCase(withCell('pension.csv', 'id', null, 'source', 'source\n    at render (page.ts:1:2)'), (outcome) => {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      const { error } = outcome;
      expect(error.message.split('\n')).toHaveLength(error.problems.length + 1);
      expect(error.message).toContain('column "source\\n    at render (page.ts:1:2)": unknown column');
      expect(error.message).not.toMatch(/^\s*at\s/m);
    });
  });
});

describe('gaps the fuzz found, now closed by the loader', () => {
  it('refuses 0 insured workers abroad, since the copy says "about one in N" abroad', () => {
    loadCase(withCell('coverage.csv', 'group', 'abroad', 'buyers', '0'), (outcome) => {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.problems).toMatchObject([{ file: expect.stringMatching(/coverage\.csv$/), line: 3, column: 'buyers' }]);
    });
  });

  it('refuses a projection of 4294967296 years abroad with a DataError, instead of crashing later', () => {
    loadCase(withCell('coverage.csv', 'group', 'abroad', 'projection_years', '4294967296'), (outcome) => {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.problems[0]).toMatchObject({ line: 3, column: 'projection_years' });
      expect(outcome.error.problems[0].message).toMatch(/more than 50/);
    });
  });
});
