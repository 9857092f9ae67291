/**
 * The figures the story shows, derived from the committed data. Expectations about data are
 * computed here from the CSV files, read independently of the loader, so a wrong figure
 * function (or a loader that mixed up columns) fails these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { deriveFigures, projectAbroad, unitSize } from '../../src/data/figures.ts';
import { formatCompact, formatShare, formatWhole } from '../../src/data/format.ts';
import { GOOD_DATA } from './helpers/data-fixture.ts';

/** A tiny reader for the simple files (no quoted cells): one object per data row, keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(GOOD_DATA, file), 'utf8');
  if (text.includes('"')) throw new Error(`${file} has quoted cells; this reader cannot read it`);
  const [head, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = head.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell])));
}

const coverage = readCsv('coverage.csv');
const csvGroup = (group: string) => {
  const row = coverage.find((r) => r.group === group)!;
  return { workers: Number(row.workers), insured: Number(row.buyers), growth: Number(row.yearly_growth), years: Number(row.projection_years) };
};
const home = csvGroup('home');
const abroad = csvGroup('abroad');
const pensionYears = Number(readCsv('pension.csv')[0].years_max);
const support = readCsv('support.csv').map((r) => ({ household: r.household, statePct: Number(r.state_share_pct) }));

const data = loadDataset(GOOD_DATA);
const figures = deriveFigures(data);

describe('figures derived from the committed data', () => {
  it('carries the counts of workers and insured workers from coverage.csv unchanged', () => {
    expect(figures.homeWorkers).toBe(home.workers);
    expect(figures.homeInsured).toBe(home.insured);
    expect(figures.abroadWorkers).toBe(abroad.workers);
    expect(figures.abroadInsured).toBe(abroad.insured);
  });

  it('gives the share insured at home as the insured divided by the workers', () => {
    expect(figures.homeShare).toBeCloseTo(home.insured / home.workers, 15);
    expect(figures.homeShare).toBeCloseTo(270000 / 34000000, 15);
  });

  it('gives "one in N" at home as the workers per insured worker, rounded to a whole person (126)', () => {
    expect(figures.homeOneIn).toBe(Math.round(home.workers / home.insured));
    expect(figures.homeOneIn).toBe(126);
  });

  it('gives the uninsured at home as the workers less the insured (33,730,000)', () => {
    expect(figures.homeUninsured).toBe(home.workers - home.insured);
    expect(figures.homeUninsured).toBe(33730000);
  });

  it('gives the share insured abroad as the insured divided by the workers (1.2%)', () => {
    expect(figures.abroadShare).toBeCloseTo(abroad.insured / abroad.workers, 15);
    expect(figures.abroadShare).toBeCloseTo(0.012, 15);
    expect(figures.abroadOneIn).toBe(Math.round(abroad.workers / abroad.insured));
  });

  it('gives the months before a monthly pension as twelve times the years in pension.csv (240)', () => {
    expect(figures.pensionYears).toBe(pensionYears);
    expect(figures.pensionMonths).toBe(pensionYears * 12);
    expect(figures.pensionMonths).toBe(240);
  });

  it('projects the workers abroad linearly, from the reported count by the stated growth each year', () => {
    const projection = projectAbroad(data.abroad);
    expect(projection).toHaveLength(abroad.years + 1);
    projection.forEach((point, year) => expect(point).toEqual({ year, workers: abroad.workers + abroad.growth * year }));
    for (let i = 1; i < projection.length; i++) expect(projection[i].workers - projection[i - 1].workers).toBe(abroad.growth);
    expect(figures.abroadGrowth).toBe(abroad.growth);
    expect(figures.projectionYears).toBe(abroad.years);
    expect(figures.projectedAbroad).toBe(abroad.workers + abroad.growth * abroad.years);
  });

  it("gives the buyer's share as 100 less the state's share, for each household list in order", () => {
    expect(figures.support.map((s) => s.household)).toEqual(support.map((s) => s.household));
    figures.support.forEach((s, i) => {
      expect(s.statePct).toBe(support[i].statePct);
      expect(s.buyerPct).toBe(100 - support[i].statePct);
    });
  });

  it('sizes the unit chart from the workers at home', () => {
    expect(figures.unit).toBe(unitSize(home.workers));
  });
});

describe('the unit chart mark size', () => {
  it('makes one mark stand for 100,000 workers when there are 34 million', () => {
    expect(unitSize(34_000_000)).toBe(100_000);
  });

  it.each([1_000, 270_000, 500_000, 34_000_000, 123_456_789])('keeps the marks for %i workers within a legible few hundred', (total) => {
    const size = unitSize(total);
    expect(size).toBe(10 ** Math.round(Math.log10(size))); // a power of ten
    const marks = total / size;
    expect(marks).toBeGreaterThanOrEqual(300 / Math.sqrt(10));
    expect(marks).toBeLessThanOrEqual(300 * Math.sqrt(10));
  });

  it('never makes a mark stand for less than one worker', () => {
    expect(unitSize(10)).toBe(1);
  });
});

describe('numbers written for readers', () => {
  it.each([
    ['en', '270,000'],
    ['vi', '270.000'],
  ] as const)('writes 270000 in %s as %s', (locale, expected) => {
    expect(formatWhole(270000, locale)).toBe(expected);
  });

  it.each([
    ['en', '0.8%'],
    ['vi', '0,8%'],
  ] as const)('writes the share 0.00794 in %s as %s', (locale, expected) => {
    expect(formatShare(0.00794, locale)).toBe(expected);
  });

  it.each([
    ['en', '33.7 million'],
    ['vi', '33,7 triệu'],
  ] as const)('writes 33730000 in words in %s as %s', (locale, expected) => {
    expect(formatCompact(33730000, locale)).toBe(expected);
  });

  it('writes the story\'s own figures the way the copy quotes them', () => {
    expect(formatWhole(figures.homeInsured, 'en')).toBe('270,000');
    expect(formatShare(figures.homeShare, 'en')).toBe('0.8%');
    expect(formatCompact(figures.homeUninsured, 'vi')).toBe('33,7 triệu');
  });
});
