/**
 * Gaps in the loader the fuzz found, pinned as they are today. The fuzz steps around exactly
 * these (see "Known gaps" in oracle.ts) and nothing else. Each test states the current
 * behaviour, so fixing a gap makes its test fail: then delete the test and the matching
 * exception in oracle.ts, and the fuzz covers the fixed behaviour.
 */
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../../src/data/figures.ts';
import { committedModel, loadCase, writeCsv, type Texts } from './kit.ts';

/** The committed data with coverage.csv's `column` on the `group` row set to `value`. */
function withCoverage(group: string, column: string, value: string): Texts {
  const model = committedModel();
  const [header, ...rows] = model['coverage.csv'];
  const row = rows.find((r) => r[header.indexOf('group')] === group)!;
  row[header.indexOf(column)] = value;
  return Object.fromEntries(Object.entries(model).map(([file, r]) => [file, writeCsv(r)]));
}

describe('known gaps in the loader', () => {
  it('accepts 0 insured workers abroad, and then derives "one in Infinity" for the copy\'s "about one in N" abroad', () => {
    loadCase(withCoverage('abroad', 'insured', '0'), (outcome) => {
      expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
      if (!outcome.ok) return;
      expect(deriveFigures(outcome.data).abroadOneIn).toBe(Infinity);
    });
  });

  it('accepts a projection of 4294967296 years abroad, and then deriveFigures throws a RangeError instead of the loader refusing it', () => {
    loadCase(withCoverage('abroad', 'projection_years', '4294967296'), (outcome) => {
      expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
      if (!outcome.ok) return;
      expect(() => deriveFigures(outcome.data)).toThrow(RangeError);
    });
  });
});
