import type { BARRIER_THEMES } from './schemas.ts';

/** The story's data, typed, after every check has passed. Bilingual text sits side by side. */
export interface Bilingual {
  en: string;
  vi: string;
}

export interface Source {
  id: string;
  publisher: Bilingual;
  title: string;
  /** A working Vietnamese translation of the title, or null. */
  titleVi: string | null;
  url: string;
  /** null: the source carries no date ("undated"). */
  date: string | null;
}

export interface Official {
  id: string;
  name: Bilingual;
  role: Bilingual;
  body: Bilingual;
  source: string;
}

export interface CoverageGroup {
  group: 'home' | 'abroad';
  label: Bilingual;
  workers: number;
  insured: number;
  insuredWho: Bilingual;
  workersSaidBy: string[];
  insuredSaidBy: string[];
  yearlyGrowth: number | null;
  projectionYears: number | null;
  source: string;
}

export interface Pension {
  yearsMax: number;
  saidBy: string[];
  source: string;
}

export interface Support {
  household: 'poor' | 'near-poor';
  label: Bilingual;
  statePct: number;
  saidBy: string[];
  source: string;
}

/** What a barrier is about (one of BARRIER_THEMES); barriers.csv groups its rows by it. */
export type BarrierTheme = (typeof BARRIER_THEMES)[number];

export interface Barrier {
  id: string;
  theme: BarrierTheme;
  label: Bilingual;
  namedBy: string[];
  paraphrase: Bilingual;
  quote: { en: string; vi: string; by: string } | null;
  source: string;
}

export interface Proposal {
  id: string;
  label: Bilingual;
  text: Bilingual;
  proposedBy: string[];
  /** The barriers it answers, in our reading of the report (at least one). */
  answers: string[];
  source: string;
}

export interface Correction {
  date: string;
  text: Bilingual;
}

export interface Update {
  date: string;
  note: Bilingual;
}

/** A change since the report, from outside it, with its legal reference. */
export interface SinceChange {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  effective: string;
  text: Bilingual;
  /** The law's name and number; null where no law is named. */
  law: Bilingual | null;
  url: string | null;
  sourceNote: string;
}

export interface Dataset {
  sources: Source[];
  officials: Official[];
  home: CoverageGroup;
  abroad: CoverageGroup;
  pension: Pension;
  support: Support[];
  barriers: Barrier[];
  proposals: Proposal[];
  corrections: Correction[];
  updates: Update[];
  since: SinceChange[];
}
