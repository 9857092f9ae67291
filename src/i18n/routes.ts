import type { Locale } from '../data/format.ts';
import { LOCALES } from './index.ts';

/** getStaticPaths for a page in every edition: English at the root, others under /<locale>/. */
export function localeParams() {
  return LOCALES.map((locale: Locale) => ({ params: { lang: locale === 'en' ? undefined : locale }, props: { locale } }));
}
