import type { Dataset } from '../data/model.ts';
import { deriveFigures, unitSize } from '../data/figures.ts';
import { formatCompact, formatDate, formatDateOrMonth, formatDecimal, formatPct, formatShare, formatWhole, type Locale } from '../data/format.ts';
import { escapeHtml } from './fill.ts';
import { keepNamesWhole } from './keep-together.ts';
import type { Slot, Slots } from './fill.ts';

/** Every slot the copy may use, filled from the data in the reader's locale. */
export function buildSlots(d: Dataset, locale: Locale): Slots {
  const f = deriveFigures(d);
  const whole = (n: number) => ({ value: n, text: formatWhole(n, locale) });
  const compact = (n: number) => ({ value: n, text: formatCompact(n, locale) });
  const share = (x: number) => ({ value: x, text: formatShare(x, locale) });
  const pct = (n: number) => ({ value: n / 100, text: formatPct(n, locale) });
  const poor = f.support.find((s) => s.household === 'poor')!;
  const nearPoor = f.support.find((s) => s.household === 'near-poor')!;
  const source = d.sources.find((s) => s.id === d.home.source) ?? d.sources[0];
  const latest = [...d.updates].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
  const slots: Slots = {
    homeWorkers: whole(f.homeWorkers),
    homeWorkersShort: compact(f.homeWorkers),
    homeInsured: whole(f.homeInsured),
    homeInsuredShort: compact(f.homeInsured),
    homeInsuredWho: d.home.insuredWho[locale],
    homeShare: share(f.homeShare),
    homeOneIn: whole(f.homeOneIn),
    homeOneInRest: whole(f.homeOneIn - 1),
    homeUninsured: compact(f.homeUninsured),
    homeUninsuredShort: compact(f.homeUninsured),
    homeMarks: whole(Math.ceil(f.homeWorkers / f.unit)),
    homeInsuredMarks: { value: f.homeInsured / f.unit, text: formatDecimal(f.homeInsured / f.unit, locale, 1) },
    unit: whole(f.unit),
    abroadWorkers: whole(f.abroadWorkers),
    abroadWorkersShort: compact(f.abroadWorkers),
    abroadInsured: whole(f.abroadInsured),
    abroadShare: share(f.abroadShare),
    abroadOneIn: whole(f.abroadOneIn),
    abroadGrowth: whole(f.abroadGrowth),
    projectionYears: whole(f.projectionYears),
    projectedAbroad: whole(f.projectedAbroad),
    pensionYears: whole(f.pensionYears),
    pensionMonths: whole(f.pensionMonths),
    monthsPerYear: whole(f.pensionMonths / f.pensionYears),
    poorPct: pct(poor.statePct),
    nearPoorPct: pct(nearPoor.statePct),
    poorBuyerPct: pct(poor.buyerPct),
    nearPoorBuyerPct: pct(nearPoor.buyerPct),
    barrierCount: whole(d.barriers.length),
    officialCount: whole(new Set(d.barriers.flatMap((b) => b.namedBy)).size),
    // Counts under ten in words, as newsrooms write them in titles and prose ("eight barriers", "tám rào cản").
    barrierCountWords: countWords(d.barriers.length, locale),
    officialCountWords: countWords(new Set(d.barriers.flatMap((b) => b.namedBy)).size, locale),
    publisher: source.publisher[locale],
    publisherShort: source.publisher[locale].split(' (')[0].split(',')[0],
    // The abbreviation the publisher's name gives in brackets (VNA, TTXVN), else its short name.
    publisherAbbr: /\(([^)]+)\)/.exec(source.publisher[locale])?.[1] ?? source.publisher[locale].split(',')[0],
    title: source.title,
    updated: { date: latest.date, text: formatDate(latest.date, locale) },
    one: whole(1),
    abroadUnit: whole(unitSize(f.abroadWorkers)),
  };
  // The workers abroad on a unit chart of their own scale (a power of ten giving a few hundred squares).
  const abroadUnit = unitSize(f.abroadWorkers);
  slots.abroadUnit = whole(abroadUnit);
  slots.abroadMarks = whole(Math.ceil(f.abroadWorkers / abroadUnit));
  slots.abroadInsuredMarks = { value: f.abroadInsured / abroadUnit, text: formatDecimal(f.abroadInsured / abroadUnit, locale, 1) };
  slots.abroadGrowthMarks = { value: f.abroadGrowth / abroadUnit, text: formatDecimal(f.abroadGrowth / abroadUnit, locale, 1) };
  // The barriers no proposal answers (our reading), for the matrix's title.
  slots.unansweredBarriers = d.barriers.filter((b) => !d.proposals.some((p) => p.answers.includes(b.id))).map((b) => lowerFirst(b.label[locale])).join(', ');
  if (locale === 'vi') keepNamesWhole(d.officials.map((o) => o.name.vi));
  for (const o of d.officials) {
    slots[`name:${o.id}`] = o.name[locale];
    slots[`role:${o.id}`] = o.role[locale];
    slots[`body:${o.id}`] = o.body[locale];
    slots[`title:${o.id}`] = titleWithBody(o.role[locale], o.body[locale]);
    // Second reference by the given name, as the report and Vietnamese newsrooms do ("Sang said", "ông Sang").
    slots[`given:${o.id}`] = givenName(o.name[locale]);
  }
  // A change since the report, for a note that travels with a chart: its date, what changed and the law,
  // each as written in data/since.csv (marked so, as the "Since the report" section marks them).
  for (const c of d.since) {
    const date = formatDateOrMonth(c.effective, locale);
    const law = c.law ? ` (${escapeHtml(c.law[locale])})` : '';
    // A phrase to follow a colon or comma: "on <date>, the Law …" / "ngày <date>, Luật …", date and text from data/since.csv.
    const when = locale === 'vi' ? (c.effective.length === 7 ? date : `ngày ${date}`) : `${c.effective.length === 7 ? 'in' : 'on'} ${date}`;
    const what = locale === 'vi' ? c.text.vi : lowerFirst(c.text.en);
    slots[`since:${c.id}`] = { html: `<span data-csv="since.csv">${escapeHtml(when)}, ${escapeHtml(what.replace(/\.$/, ''))}${law}</span>` };
  }
  return slots;
}

const WORDS: Record<Locale, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};

/** A count as newsrooms write it: in words under ten, in figures from ten on. */
export function countWords(n: number, locale: Locale): Slot {
  return n < 10 ? { html: WORDS[locale][n] } : { value: n, text: formatWhole(n, locale) };
}

/**
 * A title with its body, naming the body once: "deputy head of the Department of Collection, Vietnam
 * Social Security"; a title that already names it (in full, or after "Ministry of" / "Bộ", as press-style
 * "Bộ trưởng Lao động – Thương binh và Xã hội" does) stands alone.
 */
export function titleWithBody(role: string, body: string): string {
  const name = body.replace(/^(?:Ministry of|Bộ)\s+/u, '');
  // A Vietnamese title that already names a ministry, even in short ("…, Bộ LĐ-TB&XH"), names its body.
  const namesMinistry = body.startsWith('Bộ ') && /(^|\s)Bộ\s/u.test(role);
  return role.includes(body) || role.includes(name) || namesMinistry ? role : `${role}, ${body}`;
}

/** The given name a person is called by on second reference ("Sang", "ông Sang"): the last word of the full name. */
export function givenName(full: string): string {
  return full.split(' ').at(-1)!;
}

/** A label as it reads mid-sentence: its first letter in lower case ("Long wait" -> "long wait"). */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}
