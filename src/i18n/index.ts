import { en, type Strings } from './en.ts';
import { vi } from './vi.ts';
import type { Locale } from '../data/format.ts';
import { href } from '../site/address.ts';

export const LOCALES: Locale[] = ['en', 'vi'];
const STRINGS: Record<Locale, Strings> = { en, vi };

/** All the words of one edition. */
export function strings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** The path of a page in a locale, under the site's base: English at the root, Vietnamese under /vi/. */
export function localePath(locale: Locale, path = '/'): string {
  return href(locale === 'en' ? path : `/vi${path}`);
}

/** The other edition, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'vi' : 'en';
}
