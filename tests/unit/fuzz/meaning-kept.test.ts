/**
 * Fuzz, property 1: the committed data written in any way that keeps its meaning (a BOM, CRLF or
 * CR line ends, blank lines between rows and at the end, spaces around cells and around the ";"
 * of id lists, needless quotes, columns in another order, text in NFD, the two coverage rows
 * swapped) loads to exactly the committed dataset and figures.
 *
 * The seed is FUZZ_SEED, else DEFAULT_SEED; a failure starts with the seed and how to replay it.
 */
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../../src/data/figures.ts';
import { loadDataset } from '../../../src/data/load.ts';
import { SCHEMAS } from '../../../src/data/schemas.ts';
import { GOOD_DATA } from '../helpers/data-fixture.ts';
import { COMMITTED, committedModel, FILES, fuzz, RUNS, SEED, TIMEOUT, writeCsv } from './kit.ts';
import { comparable, expectedFigures } from './oracle.ts';
import { meaningKeptProperty } from './properties.ts';

describe(`the fuzz fixtures (FUZZ_SEED=${SEED})`, () => {
  it('cover every data file the loader reads, and no other', () => {
    expect(FILES).toEqual(Object.values(SCHEMAS).map((s) => s.file).sort());
  });

  it('write every committed file back byte for byte', () => {
    const model = committedModel();
    for (const file of FILES) expect(writeCsv(model[file]), file).toBe(COMMITTED[file]);
  });

  it('run at least 1,000 cases in total', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
  });

  it('have an oracle that agrees with deriveFigures on the committed data', () => {
    const expected = expectedFigures(GOOD_DATA);
    expect(comparable(deriveFigures(loadDataset(GOOD_DATA)), Object.keys(expected))).toStrictEqual(expected);
    expect(expected).toMatchObject({ homeOneIn: 126, pensionMonths: 240, support: [{ buyerPct: 70 }, { buyerPct: 75 }] });
  });
});

describe(`data written in a way that keeps its meaning (FUZZ_SEED=${SEED})`, () => {
  it('loads to exactly the committed dataset and the committed figures', () => fuzz(meaningKeptProperty(), RUNS.meaningKept), TIMEOUT);
});
