/** The locales the site is published in. */
export type Locale = 'en' | 'vi';

const TAG: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

/** The BCP 47 tag Intl uses for a site locale. */
export function intlTag(locale: Locale): string {
  return TAG[locale];
}

/** A whole number with the locale's grouping: 1,234 / 1.234. */
export function formatWhole(n: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 }).format(n);
}

/** A large number in words, rounded for people: 1.2 million / 1,2 triệu. */
export function formatCompact(n: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(TAG[locale], { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits }).format(n);
}

/** A number with at most `digits` decimals: 2.7 / 2,7. */
export function formatDecimal(n: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: digits }).format(n);
}

/** A share 0..1 as a per cent, rounded for people: 1.5% / 1,5%. */
export function formatShare(share: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(TAG[locale], { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share);
}

/** A per cent value 0..100 as written: 12.5% / 12,5%. */
export function formatPct(pct: number, locale: Locale): string {
  return formatShare(pct / 100, locale);
}

/** A date (YYYY-MM-DD) written out for readers, independent of the build machine's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  // Vietnamese newsrooms write dates as 27/11/2026; Intl's vi-VN gives "27 tháng 11, 2026".
  if (locale === 'vi') return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A number with exactly `digits` decimals, for tables that keep one precision: 0.79 / 0,79, 1.20 / 1,20. */
export function formatFixed(n: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(n);
}

/** A date (YYYY-MM-DD) or a month (YYYY-MM) written out for readers: "1 July YYYY" / "March YYYY"; "1/7/YYYY" / "tháng 3/YYYY". */
export function formatDateOrMonth(iso: string, locale: Locale): string {
  if (iso.length !== 7) return formatDate(iso, locale);
  const [y, m] = iso.split('-').map(Number);
  if (locale === 'vi') return `tháng ${m}/${y}`;
  return new Intl.DateTimeFormat(TAG[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
