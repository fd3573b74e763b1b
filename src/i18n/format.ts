/**
 * Dates, numbers and names in the reader's own language: from the pack's build-time locale
 * data where it has them (see locale-data.ts), otherwise from the platform's Intl.
 */
import { localeData } from './locale-data';

export function formatDate(iso: string, lang: string): string {
  const known = localeData(lang)?.dates[iso];
  if (known) return known;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  // A source that names only the month ("ends December 2026") must not gain a day it never gave.
  const style: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).format(date);
}

function displayName(code: string, lang: string, type: 'region' | 'language'): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An area of the directory ("Chiang Mai") in the reader's language, or as the source wrote it. */
export function areaName(area: string, lang: string): string {
  return localeData(lang)?.areas?.[area] ?? area;
}

/** A country's name in the reader's language ("LK" → "ශ්‍රී ලංකාව"). */
export function countryName(code: string, lang: string): string {
  return localeData(lang)?.countries[code] ?? displayName(code, lang, 'region');
}

export function languageName(code: string, lang: string): string {
  return localeData(lang)?.languages[code] ?? displayName(code, lang, 'language');
}

/** Short weekday name; `index` 0 is Monday. */
export function weekdayName(index: number, lang: string): string {
  const known = localeData(lang)?.weekdays[index];
  if (known) return known;
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** A number with the language's grouping and, where it has its own, its digits (১২, ၁၂). */
export function formatNumber(value: number, lang: string): string {
  const formatted = new Intl.NumberFormat(lang).format(value);
  const digits = localeData(lang)?.digits;
  if (!digits || digits === '0123456789') return formatted;
  return formatted.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}

export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The locale data for `lang`, computed with this runtime's Intl (the build's full ICU). */
export function buildLocaleData(
  lang: string,
  countries: string[],
  languages: string[],
  dates: string[],
  /** Translators' names where CLDR has none (Karen), and the directory's area names. */
  names: { languages?: Record<string, string>; areas?: Record<string, string> } = {},
) {
  const digits = new Intl.NumberFormat(lang, { useGrouping: false }).format(1234567890);
  const languageName = (l: string) => {
    const cldr = displayName(l, lang, 'language');
    return cldr === l ? (names.languages?.[l] ?? l) : cldr;
  };
  return {
    countries: Object.fromEntries(countries.map((c) => [c, displayName(c, lang, 'region')])),
    languages: Object.fromEntries(languages.map((l) => [l, languageName(l)])),
    ...(names.areas ? { areas: names.areas } : {}),
    dates: Object.fromEntries(dates.map((d) => [d, formatDate(d, lang)])),
    weekdays: Array.from({ length: 7 }, (_, i) => weekdayName(i, lang)),
    // "1234567890" in the language's digits, reordered to 0-9.
    digits: [9, 0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => [...digits][i]).join(''),
    countryOrder: [...countries].sort(collate(lang, (c) => displayName(c, lang, 'region'))),
  };
}

function collate<T>(lang: string, key: (item: T) => string): (a: T, b: T) => number {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator([lang, 'en']);
  } catch {
    collator = new Intl.Collator('en');
  }
  return (a, b) => collator.compare(key(a), key(b));
}

/**
 * Country codes in the reader's alphabetical order. The pack carries the order the build
 * computed, because a phone without the locale would sort Sinhala names by code point.
 */
export function sortCountries(codes: Iterable<string>, lang: string): string[] {
  const order = localeData(lang)?.countryOrder;
  const list = [...codes];
  if (order) {
    const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
    return list.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  return list.sort(collate(lang, (c) => countryName(c, lang)));
}

/** Strings (area names) in the reader's alphabetical order. */
export function sortNames(names: Iterable<string>, lang: string): string[] {
  return [...names].sort(collate(lang, (n) => n));
}
