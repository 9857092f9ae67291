/**
 * The fuzz properties, built here so that the tests run them against the real loader and
 * figures, and fuzz-can-fail.test.ts runs the very same properties against deliberately broken
 * copies to show that they catch a wrong figure.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { deriveFigures } from '../../../src/data/figures.ts';
import { loadDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/model.ts';
import { GOOD_DATA } from '../helpers/data-fixture.ts';
import { committedModel, FILES, layoutCsv, loadCase, styleArb, writeCsv, type Loaded, type Style, type Texts } from './kit.ts';
import { applyCellEdit, applyTextEdit, applyVariant, cellEditArb, fileOf, numberEditArb, rowOf, textEditArb, variantsArb, type CellEdit } from './mutations.ts';
import { checkLoaded, checkRefusal } from './oracle.ts';

export type Derive = (d: Dataset) => ReturnType<typeof deriveFigures>;
export type Load = (dir: string) => Dataset;

export interface Implementations {
  load?: Load;
  derive?: Derive;
}

/** How many cases loaded (and met the oracle) and how many were refused (and checked). */
export interface Tally {
  loaded: number;
  refused: number;
}

export const newTally = (): Tally => ({ loaded: 0, refused: 0 });

// ---------------------------------------------------------------------------------------------
// Property 1: a change that keeps the meaning keeps the dataset and the figures

/**
 * The committed data written in a meaning-keeping way loads to exactly the committed dataset,
 * derives exactly the committed figures, and the oracle reads the same figures from the files.
 */
export function meaningKeptProperty({ load = loadDataset, derive = deriveFigures }: Implementations = {}) {
  const model = committedModel();
  const clean = loadDataset(GOOD_DATA);
  const cleanFigures = deriveFigures(clean);
  return fc.property(variantsArb(model), ({ files, swapCoverageRows }) => {
    const texts: Texts = {};
    for (const file of FILES) {
      let records = applyVariant(file, model[file], files[file]);
      if (swapCoverageRows && file === 'coverage.csv') records = [records[0], records[2], records[1]];
      texts[file] = writeCsv(records, files[file].style);
    }
    loadCase(
      texts,
      (outcome) => {
        if (!outcome.ok) throw new Error(`refused data that keeps the committed meaning:\n${outcome.error.message}`);
        expect(outcome.data).toStrictEqual(clean);
        expect(derive(outcome.data)).toStrictEqual(cleanFigures);
        checkLoaded(outcome, derive);
      },
      load,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Property 2: any other change is refused precisely, or loaded with the oracle's figures

const stylesArb = fc.record(Object.fromEntries(FILES.map((f) => [f, styleArb])) as Record<string, fc.Arbitrary<Style>>);

/** Applies cell edits to the committed records and writes every file in its style. */
function textsAfterCellEdits(edits: CellEdit[], styles: Record<string, Style>): Texts {
  const model = committedModel();
  for (const edit of edits) applyCellEdit(model, edit);
  return Object.fromEntries(FILES.map((f) => [f, writeCsv(model[f], styles[f])]));
}

function judge(outcome: Loaded, mutated: ReadonlySet<string>, tally: Tally, derive: Derive, lines?: ReadonlyMap<string, ReadonlySet<number>>): void {
  if (outcome.ok) {
    tally.loaded++;
    checkLoaded(outcome, derive);
  } else {
    tally.refused++;
    checkRefusal(outcome, mutated, lines);
  }
}

/**
 * One to three numbers of every shape put into the cells the figures are computed from. A
 * refusal must point exactly at the physical lines of the edited rows (as written: after any
 * BOM, CRLF or CR line ends and blank lines), since nothing else changed.
 */
export function numberEditsProperty(tally: Tally = newTally(), { load = loadDataset, derive = deriveFigures }: Implementations = {}) {
  return fc.property(fc.array(numberEditArb, { minLength: 1, maxLength: 3 }), stylesArb, (edits, styles) => {
    const model = committedModel();
    for (const edit of edits) applyCellEdit(model, edit);
    const texts: Texts = {};
    const lines = new Map<string, Set<number>>();
    for (const file of FILES) {
      const { text, starts } = layoutCsv(model[file], styles[file]);
      texts[file] = text;
      for (const edit of edits) {
        if (edit.kind !== 'number' || edit.target.file !== file) continue;
        const row = rowOf(model[file], edit.target);
        if (!lines.has(file)) lines.set(file, new Set());
        lines.get(file)!.add(starts[row]);
      }
    }
    loadCase(texts, (o) => judge(o, new Set(edits.map(fileOf)), tally, derive, lines), load);
  });
}

/** One to three cells, rows or columns deleted, duplicated, swapped, garbled or mistyped. */
export function cellEditsProperty(tally: Tally = newTally(), { load = loadDataset, derive = deriveFigures }: Implementations = {}) {
  return fc.property(fc.array(cellEditArb, { minLength: 1, maxLength: 3 }), stylesArb, (edits, styles) => {
    loadCase(textsAfterCellEdits(edits, styles), (o) => judge(o, new Set(edits.map(fileOf)), tally, derive), load);
  });
}

/** One to three edits of the raw text: stray characters, truncation, empty or missing files. */
export function textEditsProperty(tally: Tally = newTally(), { load = loadDataset, derive = deriveFigures }: Implementations = {}) {
  return fc.property(fc.array(textEditArb, { minLength: 1, maxLength: 3 }), stylesArb, (edits, styles) => {
    const texts = textsAfterCellEdits([], styles);
    for (const edit of edits) texts[edit.file] = applyTextEdit(texts[edit.file], edit);
    loadCase(texts, (o) => judge(o, new Set(edits.map((e) => e.file)), tally, derive), load);
  });
}
