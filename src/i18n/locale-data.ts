/**
 * Locale data the phone's browser may not have. Chrome ships CLDR names and formats for only
 * some languages: asked for Sinhala, Burmese, Khmer, Lao or Pashto it answers in English
 * ("Thailand", "Nov 26, 2026"). The build has full ICU, so it writes what the content needs
 * into each language pack, and formatting looks here before asking Intl.
 */
export interface LocaleData {
  /** ISO 3166 code → country name in the language. */
  countries: Record<string, string>;
  /** BCP 47 code → language name in the language. */
  languages: Record<string, string>;
  /** ISO date → medium date in the language. */
  dates: Record<string, string>;
  /** Short weekday names, Monday first. */
  weekdays: string[];
  /** The language's digits 0-9 ("0123456789" for Latin digits). */
  digits: string;
  /** Area names of the directory ("Chiang Mai") in the language, from the translators. */
  areas?: Record<string, string>;
  /** Country codes in the language's alphabetical order of their names (the build's collation). */
  countryOrder?: string[];
}

const registry = new Map<string, LocaleData>();

export function registerLocaleData(lang: string, data: LocaleData | undefined): void {
  if (data) registry.set(lang, data);
}

export function localeData(lang: string): LocaleData | undefined {
  return registry.get(lang);
}
