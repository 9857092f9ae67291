import type { Row } from './table.ts';
import type { FileKey } from './schemas.ts';
import type { BarrierTheme, Bilingual, CoverageGroup, Dataset } from './model.ts';

type Tables = Record<FileKey, Row[]>;

const str = (r: Row, c: string) => r[c] as string;
const list = (r: Row, c: string) => (r[c] as string[] | null) ?? [];
const num = (r: Row, c: string) => r[c] as number;
const numOrNull = (r: Row, c: string) => (r[c] as number | null) ?? null;
const bi = (r: Row, stem: string): Bilingual => ({ en: str(r, `${stem}_en`), vi: str(r, `${stem}_vi`) });

/** Turns checked rows into the typed dataset the site reads. Assumes every check has passed. */
export function toDataset(t: Tables): Dataset {
  const coverage = (group: 'home' | 'abroad'): CoverageGroup => {
    const r = t.coverage.find((row) => row.group === group)!;
    return {
      group,
      label: bi(r, 'label'),
      workers: num(r, 'workers'),
      insured: num(r, 'buyers'),
      insuredWho: bi(r, 'buyers_who'),
      workersSaidBy: list(r, 'workers_said_by'),
      insuredSaidBy: list(r, 'buyers_said_by'),
      yearlyGrowth: numOrNull(r, 'yearly_growth'),
      projectionYears: numOrNull(r, 'projection_years'),
      source: str(r, 'source'),
    };
  };
  const pension = t.pension[0];
  return {
    sources: t.sources.map((r) => ({ id: str(r, 'id'), publisher: bi(r, 'publisher'), title: str(r, 'title'), titleVi: (r.title_vi as string | null) || null, url: str(r, 'url'), date: (r.date as string | null) ?? null })),
    officials: t.officials.map((r) => ({ id: str(r, 'id'), name: bi(r, 'name'), role: bi(r, 'role'), body: bi(r, 'body'), source: str(r, 'source') })),
    home: coverage('home'),
    abroad: coverage('abroad'),
    pension: { yearsMax: num(pension, 'years_max'), saidBy: list(pension, 'said_by'), source: str(pension, 'source') },
    support: t.support.map((r) => ({ household: str(r, 'household') as 'poor' | 'near-poor', label: bi(r, 'label'), statePct: num(r, 'state_share_pct'), saidBy: list(r, 'said_by'), source: str(r, 'source') })),
    barriers: t.barriers.map((r) => ({
      id: str(r, 'id'),
      theme: str(r, 'theme') as BarrierTheme,
      label: bi(r, 'label'),
      namedBy: list(r, 'named_by'),
      paraphrase: bi(r, 'paraphrase'),
      quote: r.quote_en !== null && r.quote_vi !== null && r.quote_by !== null ? { en: str(r, 'quote_en'), vi: str(r, 'quote_vi'), by: str(r, 'quote_by') } : null,
      source: str(r, 'source'),
    })),
    proposals: t.proposals.map((r) => ({ id: str(r, 'id'), label: bi(r, 'label'), text: bi(r, 'text'), proposedBy: list(r, 'proposed_by'), answers: list(r, 'answers'), source: str(r, 'source') })),
    corrections: t.corrections.map((r) => ({ date: str(r, 'date'), text: bi(r, 'text') })),
    updates: t.updates.map((r) => ({ date: str(r, 'date'), note: bi(r, 'note') })),
    since: t.since.map((r) => ({
      id: str(r, 'id'),
      effective: str(r, 'effective'),
      text: bi(r, 'text'),
      law: r.law_en !== null && r.law_vi !== null ? bi(r, 'law') : null,
      url: (r.url as string | null) ?? null,
      sourceNote: str(r, 'source_note'),
    })),
  };
}
