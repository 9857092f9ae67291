/**
 * The fuzz can fail: the same properties the fuzz runs, given a deliberately wrong oracle or a
 * deliberately broken copy of the figures or the loader, report a counterexample, and the report
 * names the seed (and the path that replays it). Nothing in src/ is changed: the broken copies
 * live here and are passed to the properties in place of the real functions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../../src/data/figures.ts';
import { DataError, loadDataset } from '../../../src/data/load.ts';
import { committedModel, fuzz, loadCase, SEED, writeCsv, type Texts } from './kit.ts';
import { cellEditsProperty, meaningKeptProperty, numberEditsProperty, textEditsProperty, type Derive, type Load } from './properties.ts';

/** fast-check's report, as the fuzz runner rethrows it: the seed first, then seed and path. */
const REPORT = new RegExp(`^Fuzz failed with FUZZ_SEED=${SEED}; replay with: FUZZ_SEED=${SEED} [^\\n]+\\nProperty failed after \\d+ tests?\\n\\{ seed: ${SEED}, path: "[\\d:]+"`);

function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the fuzz to report a counterexample, but every case passed');
}

/** The committed data with pension.csv's years_max set to `years`. */
function withPensionYears(years: number): Texts {
  const model = committedModel();
  const records = model['pension.csv'];
  records[1][records[0].indexOf('years_max')] = String(years);
  return Object.fromEntries(Object.entries(model).map(([file, r]) => [file, writeCsv(r)]));
}

describe(`the fuzz, given something deliberately wrong (FUZZ_SEED=${SEED})`, () => {
  it('reports a counterexample, with the seed, when the oracle is wrong (pension months = years × 10)', () => {
    const wrongOracle = fc.property(fc.integer({ min: 0, max: 100 }), (years) => {
      loadCase(withPensionYears(years), (outcome) => {
        if (!outcome.ok) throw outcome.error;
        expect(deriveFigures(outcome.data).pensionMonths).toBe(years * 10);
      });
    });
    const report = failure(() => fuzz(wrongOracle, 100));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/Counterexample: \[1\]/); // shrunk to the smallest year where ×10 and ×12 differ
    expect(report).toMatch(/expected 12 to be 10/);

    // The seed and path in the report replay the same counterexample.
    const path = /path: "([\d:]+)"/.exec(report)![1];
    expect(() => fc.assert(wrongOracle, { seed: SEED, path })).toThrow(/Counterexample: \[1\]/);
  }, 30_000);

  it('catches a copy of deriveFigures that rounds "one in N" down instead of to the nearest', () => {
    const roundsDown: Derive = (d) => ({ ...deriveFigures(d), homeOneIn: Math.floor(d.home.workers / d.home.insured) });
    const report = failure(() => fuzz(numberEditsProperty(undefined, { derive: roundsDown }), 200));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/figure homeOneIn \(derived vs oracle\): expected \d+ to strictly equal \d+/);
  }, 30_000);

  it("catches a copy of deriveFigures that rounds the state's per cent before taking the buyer's share, with a decimal per cent as the counterexample", () => {
    const roundsPct: Derive = (d) => {
      const f = deriveFigures(d);
      return { ...f, support: f.support.map((s) => ({ ...s, buyerPct: 100 - Math.round(s.statePct) })) };
    };
    const report = failure(() => fuzz(numberEditsProperty(undefined, { derive: roundsPct }), 300));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/"column":"state_share_pct"\},"value":"\d+\.\d+"/);
    expect(report).toMatch(/figure support\[\d\]\.buyerPct \(derived vs oracle\): expected 100 to strictly equal 99\.9/);
  }, 30_000);

  it('catches a reader that splits lines on \\n and cells on commas, given data written the ways spreadsheets do', () => {
    // A hand-rolled reading of years_max: no BOM, CR, quote or blank-line handling.
    const naive: Load = (dir) => {
      const data = loadDataset(dir);
      const [head, row] = readFileSync(join(dir, 'pension.csv'), 'utf8').split('\n');
      return { ...data, pension: { ...data.pension, yearsMax: Number(row.split(',')[head.split(',').indexOf('years_max')]) } };
    };
    const report = failure(() => fuzz(meaningKeptProperty({ load: naive }), 300));
    expect(report).toMatch(REPORT);
  }, 30_000);

  it('catches a loader whose problems point past the end of the file', () => {
    const offByMany: Load = (dir) => {
      try {
        return loadDataset(dir);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        throw new DataError(error.problems.map((p) => (p.line ? { ...p, line: p.line + 100 } : p)));
      }
    };
    const report = failure(() => fuzz(cellEditsProperty(undefined, { load: offByMany }), 300));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/line beyond the file's \d+ lines/);
  }, 30_000);

  it('catches a loader whose problems point one line below the row at fault', () => {
    const offByOne: Load = (dir) => {
      try {
        return loadDataset(dir);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        throw new DataError(error.problems.map((p) => (p.line ? { ...p, line: p.line + 1 } : p)));
      }
    };
    const report = failure(() => fuzz(numberEditsProperty(undefined, { load: offByOne }), 300));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/problem on line \d+, expected one of lines/);
  }, 30_000);

  it('catches a loader that crashes with a TypeError instead of a DataError', () => {
    const crashes: Load = (dir) => {
      if (readFileSync(join(dir, 'updates.csv'), 'utf8').includes('"')) throw new TypeError("Cannot read properties of undefined (reading 'cells')");
      return loadDataset(dir);
    };
    const report = failure(() => fuzz(textEditsProperty(undefined, { load: crashes }), 300));
    expect(report).toMatch(REPORT);
    expect(report).toMatch(/the loader threw something other than a DataError: TypeError/);
  }, 30_000);
});
