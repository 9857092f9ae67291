import type { Column, ColumnKind } from './columns.ts';

/** What one file under data/ must look like. */
export interface FileSchema {
  file: string;
  /** The column that names each row; its values must be unique. */
  id?: string;
  /** A header-only file is valid (e.g. no corrections yet). */
  mayBeEmpty?: boolean;
  columns: Column[];
}

const req = (name: string, type: ColumnKind, doc: string): Column => ({ name, type, required: true, doc });
const opt = (name: string, type: ColumnKind, doc: string): Column => ({ name, type, required: false, doc });
const text = { kind: 'text' } as const;
const source = req('source', { kind: 'ref', file: 'sources.csv' }, 'the id of the source that reports this row');
const officials = (name: string, doc: string, required = true): Column =>
  (required ? req : opt)(name, { kind: 'refs', file: 'officials.csv' }, doc);

/** The themes barriers are grouped by: place (registration, moving), money (income, cost, wait), word (how policies are explained). */
export const BARRIER_THEMES = ['place', 'money', 'word'] as const;

/** Every data file, in the order they are loaded (files referred to come first). */
export const SCHEMAS = {
  sources: {
    file: 'sources.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'short id other files use in their source column'),
      req('publisher_en', text, 'who published it, in English'),
      req('publisher_vi', text, 'who published it, in Vietnamese'),
      req('title', text, 'the title as published'),
      opt('title_vi', text, 'a working Vietnamese translation of the title, shown after it as "(tạm dịch: …)"'),
      req('url', { kind: 'url' }, 'where it was published'),
      opt('date', { kind: 'date' }, 'publication date; empty when the source carries none ("undated")'),
    ],
  },
  officials: {
    file: 'officials.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'short id other files use to say who said something'),
      req('name_en', text, 'name as the English report spells it'),
      req('name_vi', text, 'name in Vietnamese, with diacritics where certain'),
      req('role_en', text, 'title at the time of the report, in English'),
      req('role_vi', text, 'title at the time of the report, in Vietnamese'),
      req('body_en', text, 'organisation, in English'),
      req('body_vi', text, 'organisation, in Vietnamese'),
      source,
    ],
  },
  coverage: {
    file: 'coverage.csv',
    id: 'group',
    columns: [
      req('group', { kind: 'enum', values: ['home', 'abroad'] }, 'which migrant workers'),
      req('label_en', text, 'the group, in English'),
      req('label_vi', text, 'the group, in Vietnamese'),
      req('workers', { kind: 'whole' }, 'how many workers (people)'),
      req('buyers', { kind: 'whole' }, 'how many of them had bought voluntary social insurance (people)'),
      req('buyers_who_en', text, 'whom the count of buyers covers, as the report words it, in English'),
      req('buyers_who_vi', text, 'the same, in Vietnamese'),
      officials('workers_said_by', 'who gave the workers figure; empty when the report gives no one', false),
      officials('buyers_said_by', 'who gave the number of buyers'),
      opt('yearly_growth', { kind: 'whole' }, 'stated growth of the workers figure each year (people a year)'),
      opt('projection_years', { kind: 'whole' }, 'how many years after the report the story projects that growth'),
      source,
    ],
  },
  pension: {
    file: 'pension.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'what the row measures'),
      req('years_max', { kind: 'whole' }, 'up to how many years of paying in before a monthly pension (years)'),
      officials('said_by', 'who said it'),
      source,
    ],
  },
  support: {
    file: 'support.csv',
    id: 'household',
    columns: [
      req('household', { kind: 'enum', values: ['poor', 'near-poor'] }, 'the household list a buyer is on'),
      req('label_en', text, 'the list, in English'),
      req('label_vi', text, 'the list, in Vietnamese'),
      req('state_share_pct', { kind: 'percent' }, "the state's financial support, per cent"),
      officials('said_by', 'who said it; empty when the report names no one', false),
      source,
    ],
  },
  barriers: {
    file: 'barriers.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'short id proposals use to say which barrier they answer'),
      req('theme', { kind: 'enum', values: BARRIER_THEMES }, 'what the barrier is about: where people live, what it costs, or how the policies are explained'),
      req('label_en', text, 'a short name, in English'),
      req('label_vi', text, 'a short name, in Vietnamese'),
      officials('named_by', 'who named this barrier: one person, or two where one is quoted (quote_by) and the paraphrase is the other\'s point'),
      req('paraphrase_en', text, 'what they said, in our words, in English'),
      req('paraphrase_vi', text, 'the same, in Vietnamese'),
      req('paraphrase_by', { kind: 'ref', file: 'officials.csv' }, 'whose point the paraphrase is: the one person who named the barrier, or, on a row two people named, the one not quoted'),
      opt('quote_en', text, 'a direct quotation from the report, exactly as quoted'),
      opt('quote_vi', text, 'our Vietnamese translation of the quotation'),
      opt('quote_by', { kind: 'ref', file: 'officials.csv' }, 'who is quoted'),
      source,
    ],
  },
  proposals: {
    file: 'proposals.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'short id'),
      req('label_en', text, 'a short name, in English'),
      req('label_vi', text, 'a short name, in Vietnamese'),
      req('text_en', text, 'the proposal in our words, in English'),
      req('text_vi', text, 'the same, in Vietnamese'),
      officials('proposed_by', 'who proposed it'),
      opt('answers', { kind: 'refs', file: 'barriers.csv' }, 'the barriers it answers (our reading); empty where, in our reading, it answers none of them'),
      source,
    ],
  },
  corrections: {
    file: 'corrections.csv',
    mayBeEmpty: true,
    columns: [
      req('date', { kind: 'date' }, 'when the correction was made'),
      req('text_en', text, 'what was wrong and what changed, in English'),
      req('text_vi', text, 'the same, in Vietnamese'),
    ],
  },
  updates: {
    file: 'updates.csv',
    columns: [
      req('date', { kind: 'date' }, 'when the story or its data changed; the latest is shown as "last updated"'),
      req('note_en', text, 'what changed, in English'),
      req('note_vi', text, 'the same, in Vietnamese'),
    ],
  },
  since: {
    file: 'since.csv',
    id: 'id',
    columns: [
      req('id', { kind: 'id' }, 'short id'),
      req('effective', { kind: 'date-or-month' }, 'when the change took effect: YYYY-MM-DD, or YYYY-MM when only the month is known'),
      req('text_en', text, 'what changed, in English'),
      req('text_vi', text, 'the same, in Vietnamese'),
      opt('law_en', text, "the law's name and number, in English; empty only where no law is named"),
      opt('law_vi', text, 'the same, in Vietnamese; filled exactly when law_en is'),
      opt('url', { kind: 'url' }, 'where the law is published, only when it can be cited exactly'),
      req('source_note', text, 'where this row comes from (outside the report); for maintainers, not shown'),
    ],
  },
} satisfies Record<string, FileSchema>;

export type FileKey = keyof typeof SCHEMAS;
