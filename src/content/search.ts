/**
 * Directory filtering and search. Matching is done on normalised text in both the reader's
 * language and English, so a Sinhala reader can type "shelter" or its Sinhala word.
 */
import type { ServiceEntry } from './pack';

export interface ServiceQuery {
  q?: string;
  country?: string;
  category?: string;
}

export function queryFromParams(params: URLSearchParams): ServiceQuery {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  return { q: get('q'), country: get('country')?.toUpperCase(), category: get('category') };
}

/** Lower-cases and strips combining accents so "Viet Nam" finds "Việt Nam". */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}

/** Words of a query; scripts written without spaces are split by Intl.Segmenter where available. */
export function queryWords(q: string, lang: string): string[] {
  const norm = normalise(q);
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const seg = new Intl.Segmenter(lang, { granularity: 'word' });
    return [...seg.segment(norm)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return norm.split(/\s+/).filter(Boolean);
}

export function searchText(s: ServiceEntry, labels: (category: string) => string[]): string {
  const parts = [
    s.text.name,
    s.text.description,
    s.source?.name ?? '',
    s.source?.description ?? '',
    s.organisation.name,
    s.area ?? '',
    s.country,
    ...s.categories.flatMap(labels),
  ];
  return normalise(parts.join(' \u0000 '));
}

/** Services matching every filter and every query word, in their original order. */
export function filterServices(
  services: ServiceEntry[],
  query: ServiceQuery,
  lang: string,
  labels: (category: string) => string[],
  countryLabel: (code: string) => string[] = () => [],
): ServiceEntry[] {
  const words = query.q ? queryWords(query.q, lang) : [];
  return services.filter((s) => {
    if (query.country && s.country !== query.country) return false;
    if (query.category && !s.categories.includes(query.category as never)) return false;
    if (!words.length) return true;
    const hay = searchText(s, labels) + ' ' + normalise(countryLabel(s.country).join(' '));
    return words.every((w) => hay.includes(w));
  });
}
