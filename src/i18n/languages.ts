/**
 * The language registry: one entry per language SafeRoute can be read in.
 * `review` is what users are told about the text: `source` is the original English,
 * `machine` has been machine-translated and not yet checked by a fluent reviewer.
 * A language is only built when locales/<code>/ui.json exists.
 */
export type ReviewStatus = 'source' | 'reviewed' | 'machine';
export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: string;
  /** The language's name in its own script, for people who cannot read English. */
  name: string;
  englishName: string;
  dir: Direction;
  script: string;
  /** System fonts first: Android ships Noto for all of these scripts. */
  fontStack: string;
  review: ReviewStatus;
  /** The sending country most readers of this language come from; seeds the helpline bar. */
  homeCountry?: string;
}

const sans = 'system-ui, "Noto Sans", Roboto, "Segoe UI", Arial, sans-serif';

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', script: 'Latn', fontStack: sans, review: 'source' },
  { code: 'si', name: 'සිංහල', englishName: 'Sinhala', dir: 'ltr', script: 'Sinh', fontStack: `"Noto Sans Sinhala", "Noto Sans Sinhala UI", "Iskoola Pota", ${sans}`, review: 'machine', homeCountry: 'LK' },
  { code: 'ta', name: 'தமிழ்', englishName: 'Tamil', dir: 'ltr', script: 'Taml', fontStack: `"Noto Sans Tamil", "Noto Sans Tamil UI", Latha, ${sans}`, review: 'machine', homeCountry: 'LK' },
  { code: 'ne', name: 'नेपाली', englishName: 'Nepali', dir: 'ltr', script: 'Deva', fontStack: `"Noto Sans Devanagari", "Noto Sans Devanagari UI", Mangal, ${sans}`, review: 'machine', homeCountry: 'NP' },
  { code: 'bn', name: 'বাংলা', englishName: 'Bengali', dir: 'ltr', script: 'Beng', fontStack: `"Noto Sans Bengali", "Noto Sans Bengali UI", Vrinda, ${sans}`, review: 'machine', homeCountry: 'BD' },
  { code: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', script: 'Arab', fontStack: `"Noto Nastaliq Urdu", "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, ${sans}`, review: 'machine', homeCountry: 'PK' },
  { code: 'prs', name: 'دری', englishName: 'Dari', dir: 'rtl', script: 'Arab', fontStack: `"Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, ${sans}`, review: 'machine', homeCountry: 'AF' },
  { code: 'ps', name: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'Arab', fontStack: `"Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, ${sans}`, review: 'machine', homeCountry: 'AF' },
  { code: 'id', name: 'Bahasa Indonesia', englishName: 'Indonesian', dir: 'ltr', script: 'Latn', fontStack: sans, review: 'machine', homeCountry: 'ID' },
  { code: 'ms', name: 'Bahasa Melayu', englishName: 'Malay', dir: 'ltr', script: 'Latn', fontStack: sans, review: 'machine', homeCountry: 'MY' },
  { code: 'fil', name: 'Filipino', englishName: 'Filipino', dir: 'ltr', script: 'Latn', fontStack: sans, review: 'machine', homeCountry: 'PH' },
  { code: 'vi', name: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', script: 'Latn', fontStack: sans, review: 'machine', homeCountry: 'VN' },
  { code: 'th', name: 'ไทย', englishName: 'Thai', dir: 'ltr', script: 'Thai', fontStack: `"Noto Sans Thai", "Noto Sans Thai UI", Tahoma, ${sans}`, review: 'machine', homeCountry: 'TH' },
  { code: 'my', name: 'မြန်မာ', englishName: 'Burmese', dir: 'ltr', script: 'Mymr', fontStack: `"Noto Sans Myanmar", "Noto Sans Myanmar UI", Padauk, ${sans}`, review: 'machine', homeCountry: 'MM' },
  { code: 'km', name: 'ខ្មែរ', englishName: 'Khmer', dir: 'ltr', script: 'Khmr', fontStack: `"Noto Sans Khmer", "Noto Sans Khmer UI", "Khmer OS", ${sans}`, review: 'machine', homeCountry: 'KH' },
  { code: 'lo', name: 'ລາວ', englishName: 'Lao', dir: 'ltr', script: 'Laoo', fontStack: `"Noto Sans Lao", "Noto Sans Lao UI", "Phetsarath OT", ${sans}`, review: 'machine', homeCountry: 'LA' },
];

export const SOURCE_LANGUAGE = 'en';

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The registry entry for a code, or undefined for a code we do not know. */
export function findLanguage(code: string): Language | undefined {
  return byCode.get(code);
}

/** The registry entry for a code that must exist (throws otherwise, naming the code). */
export function language(code: string): Language {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown language code "${code}"`);
  return found;
}
