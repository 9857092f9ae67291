import type { Locale } from '../data/format.ts';
import { getDataset } from '../data/load.ts';
import { fillHtml } from '../i18n/fill.ts';
import { keepWordsTogether } from '../i18n/keep-together.ts';
import { strings } from '../i18n/index.ts';
import { buildSlots } from '../i18n/slots.ts';

/** What every part of a page reads: the data, the edition's words, its slots, and a filler for copy (words kept whole across lines). */
export function pageContext(locale: Locale) {
  const data = getDataset();
  const slots = buildSlots(data, locale);
  const s = strings(locale);
  // "Published …" until data/updates.csv has a second row, then "Last updated …".
  const dateline = data.updates.length > 1 ? s.site.updated : s.site.published;
  return { data, s, slots, dateline, html: (template: string) => keepWordsTogether(fillHtml(template, slots), locale) };
}
