import type { CoverageGroup, Dataset, Support } from './model.ts';

/** Share of a group's workers who have voluntary social insurance, 0..1. */
export function shareInsured(g: Pick<CoverageGroup, 'workers' | 'insured'>): number {
  return g.insured / g.workers;
}

/** "One in N": how many workers there are for each insured one, rounded to a whole person. */
export function oneIn(g: Pick<CoverageGroup, 'workers' | 'insured'>): number {
  return Math.round(g.workers / g.insured);
}

/** Workers without voluntary social insurance. */
export function uninsured(g: Pick<CoverageGroup, 'workers' | 'insured'>): number {
  return g.workers - g.insured;
}

/** Months of paying in before the first monthly pension, at the stated maximum. */
export function pensionMonths(yearsMax: number): number {
  return yearsMax * 12;
}

/** What is left for the buyer after the state's stated support, in per cent (our reading). */
export function buyerSharePct(s: Pick<Support, 'statePct'>): number {
  return 100 - s.statePct;
}

/** Workers abroad each year from the report (year 0) to the horizon, growing linearly at the stated rate. */
export function projectAbroad(g: CoverageGroup): { year: number; workers: number }[] {
  const years = g.projectionYears ?? 0;
  const growth = g.yearlyGrowth ?? 0;
  return Array.from({ length: years + 1 }, (_, year) => ({ year, workers: g.workers + growth * year }));
}

/**
 * The number of workers one mark stands for in a unit chart: a power of ten that gives a few
 * hundred marks, so the chart stays legible whatever the total.
 */
export function unitSize(total: number, targetMarks = 300): number {
  return 10 ** Math.max(0, Math.round(Math.log10(total / targetMarks)));
}

/** Every derived figure the story shows, computed once from the data. */
export function deriveFigures(d: Dataset) {
  const projection = projectAbroad(d.abroad);
  return {
    homeWorkers: d.home.workers,
    homeInsured: d.home.insured,
    homeShare: shareInsured(d.home),
    homeOneIn: oneIn(d.home),
    homeUninsured: uninsured(d.home),
    abroadWorkers: d.abroad.workers,
    abroadInsured: d.abroad.insured,
    abroadShare: shareInsured(d.abroad),
    abroadOneIn: oneIn(d.abroad),
    abroadGrowth: d.abroad.yearlyGrowth ?? 0,
    projectionYears: d.abroad.projectionYears ?? 0,
    projectedAbroad: projection[projection.length - 1].workers,
    pensionYears: d.pension.yearsMax,
    pensionMonths: pensionMonths(d.pension.yearsMax),
    unit: unitSize(d.home.workers),
    support: d.support.map((s) => ({ ...s, buyerPct: buyerSharePct(s) })),
  };
}

export type Figures = ReturnType<typeof deriveFigures>;
