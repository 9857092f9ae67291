import type { Dataset } from '../data/model.ts';
import { deriveFigures } from '../data/figures.ts';
import type { Locale } from '../data/format.ts';
import { escapeHtml, fillHtml, fillText } from '../i18n/fill.ts';
import { buildSlots, givenName, lowerFirst } from '../i18n/slots.ts';
import { strings } from '../i18n/index.ts';
import { sourceTitle } from '../i18n/source-title.ts';
import { keepWordsTogether } from '../i18n/keep-together.ts';
import type { ChartInput, ChartModule, ChartTable } from './types.ts';
import { unit34Million } from './unit-34-million.ts';
import { abroadUnits } from './abroad-units.ts';
import { answersTo, barrierMatrix, namers, whoIs } from './barrier-matrix.ts';
import { byTheme } from './barrier-cards.ts';
import { pensionMonths } from './pension-months.ts';
import { whoPays } from './who-pays.ts';

/** Every chart, once: the story, the gallery, the embeds and the downloads all read this list. */
export const CHARTS = [
  { id: 'unit-34-million', module: unit34Million },
  { id: 'abroad-units', module: abroadUnits },
  { id: 'barrier-matrix', module: barrierMatrix },
  { id: 'pension-months', module: pensionMonths },
  { id: 'who-pays', module: whoPays },
] as const satisfies readonly { id: string; module: ChartModule }[];

export type ChartId = (typeof CHARTS)[number]['id'];

/** Each chart is drawn at these widths; a layout is shown only at or above its width, so text never shrinks. */
export const LAYOUTS = [288, 520] as const;

/** The words and numbers of one chart in one locale, all built from data. */
export interface ChartText {
  title: string;
  /** The title and note as HTML, their figures in <data> elements, for pages. */
  titleHtml: string;
  noteHtml: string;
  /** What has changed since the report in what the chart shows, set apart under it wherever it travels (text, HTML). */
  since?: string;
  sinceHtml?: string;
  /** The same change as a cell of the data's "since the report" column, which already says where it is from. */
  sinceCell?: string;
  /** The law that change is from (data/since.csv), for the data's source line. */
  sinceLaw?: string;
  /** A note for the narrow layout, where it differs (HTML); shown below 520 px instead of noteHtml. */
  noteNarrowHtml?: string;
  alt: string;
  note: string;
  source: string;
  /** The source line as HTML, the report's English title marked lang="en". */
  sourceHtml: string;
  /** Who made the chart and its licence, for embeds and footers drawn into images. */
  credit: string;
  /** "Source" in the chart's language, for footers drawn into images. */
  sourceLabel: string;
  sourceUrl: string;
}

/** A chart made ready for a page: its text, its states, an SVG per layout, and its data. */
export interface PreparedChart extends ChartText {
  id: ChartId;
  states: readonly string[];
  svgs: { width: number; svg: string }[];
  table: ChartTable;
}

function chartEntry(id: ChartId) {
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry) throw new Error(`no chart "${id}" in the registry`);
  return entry;
}

/** The law behind the change a chart's "since" words name ({since:<id>}, a row of data/since.csv). */
function sinceLaw(data: Dataset, template: string, locale: Locale): string {
  const id = /\{since:([^}]+)\}/.exec(template)?.[1];
  const row = data.since.find((r) => r.id === id);
  if (!row?.law) throw new Error(`a chart's "since" words name {since:${id}}, which is not a row of data/since.csv with a law`);
  return row.law[locale];
}

/** The input every chart module receives, for one locale and width. */
export function chartInput(data: Dataset, locale: Locale, width: number): ChartInput {
  return { data, figures: deriveFigures(data), locale, width, slots: buildSlots(data, locale), strings: strings(locale) };
}

/** Title, alt text, note and source line of a chart, filled from data. */
export function chartText(data: Dataset, id: ChartId, locale: Locale): ChartText {
  const s = strings(locale);
  const slots = buildSlots(data, locale);
  const c = s.charts[id];
  const source = data.sources.find((x) => x.id === data.home.source) ?? data.sources[0];
  // Titles are sentences: one that opens on a count in words ("eight barriers") starts with a capital.
  const upperFirst = (t: string) => t.charAt(0).toLocaleUpperCase(locale) + t.slice(1);
  // In HTML, Vietnamese words are kept whole across lines (the plain text, copied and shared, stays as typed).
  const glued = (html: string) => keepWordsTogether(html, locale);
  return {
    title: upperFirst(fillText(c.title, slots)),
    titleHtml: glued(upperFirst(fillHtml(c.title, slots))),
    noteHtml: glued(fillHtml(c.note, slots)),
    since: 'since' in c ? fillText(c.since, slots) : undefined,
    sinceHtml: 'since' in c ? glued(fillHtml(c.since, slots)) : undefined,
    sinceCell: 'sinceCell' in c ? upperFirst(fillText(c.sinceCell, slots)) : undefined,
    sinceLaw: 'since' in c ? sinceLaw(data, c.since, locale) : undefined,
    noteNarrowHtml: 'noteNarrow' in c ? glued(fillHtml(c.noteNarrow, { ...slots, matrixKey: matrixKey(data, locale) })) : undefined,
    alt: fillText(c.alt, { ...slots, matrixSummary: matrixSummary(data, locale) }),
    note: fillText(c.note, slots),
    source: `${source.publisher[locale]}, ${sourceTitle(source, locale).text}, ${s.figure.undated}`,
    sourceHtml: `${escapeHtml(source.publisher[locale])}, ${sourceTitle(source, locale).html}, ${escapeHtml(s.figure.undated)}`,
    sourceLabel: s.figure.source,
    credit: s.figure.credit,
    sourceUrl: source.url,
  };
}

/** Prepares one chart for a locale: text, states, every layout, and the table behind it. */
export function prepareChart(data: Dataset, id: ChartId, locale: Locale): PreparedChart {
  const entry = chartEntry(id);
  const mod: ChartModule = entry.module;
  return {
    id,
    ...chartText(data, id, locale),
    states: mod.states(data),
    svgs: LAYOUTS.map((width) => ({ width, svg: mod.render(chartInput(data, locale, width)) })),
    table: mod.table(chartInput(data, locale, LAYOUTS[0])),
  };
}

/** Who each given name in the barrier matrix is ("Sang: Le Thanh Sang, then head of a research institute; …"). */
function matrixKey(data: Dataset, locale: Locale): string {
  return namers(data).map((o) => `${givenName(o.name[locale])} – ${whoIs(o, locale)}`).join('; ');
}

/** The barrier matrix in words, for its alt text: each theme, who named each barrier, and what answers it (our reading). */
function matrixSummary(data: Dataset, locale: Locale): string {
  const s = strings(locale).charts['barrier-matrix'];
  const name = (id: string) => data.officials.find((o) => o.id === id)!.name[locale];
  const and = locale === 'vi' ? ' và ' : ' and ';
  // Each name its own honorific in Vietnamese ("ông A và ông B"); the row's template opens with the first.
  const andNamed = locale === 'vi' ? ' và ông ' : and;
  return byTheme(data)
    .map((g) => {
      const rows = g.barriers.map((b) => {
        const answers = answersTo(data, b).map((p) => lowerFirst(p.label[locale]));
        const answer = answers.length ? fillText(s.answeredBy, { proposals: answers.join(and) }) : s.noAnswerAlt;
        return fillText(s.summaryRow, { barrier: lowerFirst(b.label[locale]), names: b.namedBy.map(name).join(andNamed), answer });
      });
      return `${s.themes[g.theme]}: ${rows.join('; ')}.`;
    })
    .join(' ');
}
