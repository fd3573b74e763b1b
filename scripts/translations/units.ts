/**
 * Translation units: one per string a translator sees, with an id that stays the same as long
 * as the key does (`ui:review.machine`, `risks:fake-job-offers-social-media.signs.2`). Units are
 * made from the English files, so English decides what exists; the target language only fills in.
 */
import { pluralBase } from '../content/ui-strings';
import { LOCALE_FILES, type LocaleFile, type LocaleTexts } from './locale-files';

export interface Unit {
  /** `<file>:<key path>`, safe as an XLIFF 2.0 unit id (an NMTOKEN). */
  id: string;
  file: LocaleFile;
  /** Where the string sits in the target language's JSON. */
  path: string[];
  source: string;
  target?: string;
  /** For a plural form: its CLDR category and the forms the language uses. */
  plural?: { category: string; categories: string[] };
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Key segments may hold spaces or slashes ("Kuala Lumpur/Selangor"); NMTOKEN allows neither. */
const idSegment = (s: string) => s.replace(/[^\p{L}\p{N}_-]/gu, (c) => `_x${c.codePointAt(0)!.toString(16)}_`);
export const unitId = (file: LocaleFile, path: string[]) => `${file}:${path.map(idSegment).join('.')}`;

/** The plural categories a language needs, from CLDR as Node's full ICU knows it. */
export function pluralCategories(lang: string): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function leaves(value: unknown, path: string[], out: [string[], string][]): [string[], string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, String(i)], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

export function valueAt(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Every unit of a language against English. A UI plural gets one unit per form the target
 * language needs (Sinhala: one, other; Vietnamese: other), with the nearest English form as source.
 */
export function buildUnits(en: LocaleTexts, target: LocaleTexts, lang: string): Unit[] {
  const units: Unit[] = [];
  const categories = pluralCategories(lang);
  for (const file of LOCALE_FILES) {
    const seenPlural = new Set<string>();
    for (const [path, source] of leaves(en[file], [], [])) {
      const last = path[path.length - 1]!;
      if (file === 'ui' && PLURAL_SUFFIX.test(last)) {
        const parent = path.slice(0, -1);
        const base = pluralBase(last);
        const key = [...parent, base].join('.');
        if (seenPlural.has(key)) continue;
        seenPlural.add(key);
        for (const category of categories) {
          const formPath = [...parent, `${base}_${category}`];
          const englishForm = asText(valueAt(en.ui, formPath)) ?? asText(valueAt(en.ui, [...parent, `${base}_other`])) ?? source;
          const t = asText(valueAt(target.ui, formPath));
          units.push({ id: unitId(file, formPath), file, path: formPath, source: englishForm, ...(t !== undefined ? { target: t } : {}), plural: { category, categories } });
        }
        continue;
      }
      const t = asText(valueAt(target[file], path));
      units.push({ id: unitId(file, path), file, path, source, ...(t !== undefined ? { target: t } : {}) });
    }
  }
  return units;
}

/** The units of one content record (`risks`, `fake-job-offers-social-media`). */
export const recordUnits = (units: Unit[], file: LocaleFile, id: string) => units.filter((u) => u.file === file && u.path[0] === id);
