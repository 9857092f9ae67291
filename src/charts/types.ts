import type { Dataset } from '../data/model.ts';
import type { Figures } from '../data/figures.ts';
import type { Locale } from '../data/format.ts';
import type { Slots } from '../i18n/fill.ts';
import type { Strings } from '../i18n/en.ts';

/** Everything a chart module may draw from: the data, its figures, the locale and the words. */
export interface ChartInput {
  data: Dataset;
  figures: Figures;
  locale: Locale;
  /** The width the layout is drawn at, in CSS pixels (also the narrowest it is shown at). */
  width: number;
  slots: Slots;
  strings: Strings;
}

/** A number shown at a fixed precision, so a column reads alike: 0.79 and 1.20. */
export interface FixedCell {
  value: number;
  digits: number;
}

/** One cell of a chart's table: text, a whole or exact number, or a number at a fixed precision. */
export type TableCell = string | number | FixedCell;

/** The data a chart shows, as a table (on the page) and as CSV (download). */
export interface ChartTable {
  columns: string[];
  rows: TableCell[][];
  /** Rows that are our own working from the report's figures, not figures it gives: their CSV source says so. */
  ours?: boolean[];
}

/** One chart: its steps (states) in the story, how to draw it, and the data it shows. */
export interface ChartModule {
  /** State names, in story order; the markup refers to them by index (data-show, data-mute, data-dim). */
  states(data: Dataset): readonly string[];
  render(input: ChartInput): string;
  table(input: ChartInput): ChartTable;
}

/** The names of the people who gave a figure (ids from data/officials.csv), for a table's "said by" column. */
export function namesOf(data: Dataset, ids: readonly string[], locale: Locale): string {
  return ids.map((id) => data.officials.find((o) => o.id === id)?.name[locale] ?? id).join(locale === 'vi' ? ' và ' : ' and ');
}

/** The state indices in which a mark takes part, as the attribute value the page CSS reads. */
export function inStates(states: readonly string[], ...names: string[]): string {
  return names.map((n) => {
    const i = states.indexOf(n);
    if (i < 0) throw new Error(`unknown chart state "${n}"`);
    return String(i);
  }).join(' ');
}
