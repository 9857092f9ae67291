import type { Source } from '../data/model.ts';
import type { Locale } from '../data/format.ts';
import { escapeHtml } from './fill.ts';
import { strings } from './index.ts';

/**
 * A source's title as a reader of this edition needs it: as published (English, marked as such), and
 * in the Vietnamese edition followed by its working translation, "(tạm dịch: …)", where data gives one.
 */
export function sourceTitle(source: Source, locale: Locale): { text: string; html: string } {
  const gloss = locale === 'vi' && source.titleVi ? ` (${strings(locale).figure.titleGloss}: ${source.titleVi})` : '';
  return {
    text: `“${source.title}”${gloss}`,
    html: `<cite lang="en">“${escapeHtml(source.title)}”</cite>${escapeHtml(gloss)}`,
  };
}
