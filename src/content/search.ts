/**
 * Directory filtering and search, built to stay fast on a cheap phone with thousands of
 * services: every service's searchable text is normalised once into an index, then a query is
 * a few substring checks per service.
 *
 * Matching covers the reader's language and English (names, descriptions, organisation,
 * categories, area, country), so a Thai reader finds a shelter by typing Thai or "shelter".
 * Scripts written without spaces between words (Thai, Lao, Khmer, Burmese) are split into
 * words with Intl.Segmenter, so a query typed as one run still matches words wherever they are.
 */
import { openState } from './open-now';
import type { ServiceEntry } from './pack';

export interface ServiceQuery {
  q?: string;
  country?: string;
  area?: string;
  category?: string;
  /** Who is served: "women", "men", "children" (services for "any" always match). */
  served?: string;
  /** A BCP 47 code of a language staff speak. */
  language?: string;
  free?: boolean;
  openNow?: boolean;
}

const QUERY_KEYS = ['q', 'country', 'area', 'category', 'served', 'language'] as const;

export function queryFromParams(params: URLSearchParams): ServiceQuery {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  return {
    q: get('q'),
    country: get('country')?.toUpperCase(),
    area: get('area'),
    category: get('category'),
    served: get('served'),
    language: get('language'),
    free: params.get('free') === '1',
    openNow: params.get('open') === '1',
  };
}

/** The URL query for a set of filters: the same filters always give the same, shareable URL. */
export function paramsFromQuery(query: ServiceQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.free) params.set('free', '1');
  if (query.openNow) params.set('open', '1');
  return params;
}

/** The zero of each script's digits: a Burmese reader types ၁၃၀၀ for the hotline 1300. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810];

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined ? ch : String(cp - zero);
  });
}

/**
 * Lower-cases, folds compatibility forms, reads every script's digits as ASCII digits and
 * strips combining accents and zero-width marks.
 */
export function normalise(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase();
}

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang)) {
    segmenters.set(lang, typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(lang, { granularity: 'word' }) : null);
  }
  return segmenters.get(lang)!;
}

/** The words of a query, in any script; falls back to spaces where Intl.Segmenter is missing. */
export function queryWords(q: string, lang: string): string[] {
  const norm = normalise(q);
  const seg = segmenter(lang);
  const words = seg
    ? [...seg.segment(norm)].filter((s) => s.isWordLike).map((s) => s.segment)
    : norm.split(/[\s\p{P}]+/u).filter(Boolean);
  return [...new Set(words)];
}

export interface SearchIndex {
  services: ServiceEntry[];
  /** The normalised text of service `i`, built on the first query that needs it. */
  text(i: number): string;
  /** Builds every entry's text now, so the first query typed does not wait (call at idle). */
  prepare(): void;
}

/**
 * The index over a pack's services. `labels` gives a category's names (localized and
 * English); `countryNames` a country's names. The text is built lazily: browsing without a
 * query never needs it, so the page's first render stays off this path and a page-sized
 * slice need not carry every description (src/content/pack-slice.ts).
 */
export function buildIndex(
  services: ServiceEntry[],
  labels: (category: string) => string[],
  countryNames: (code: string) => string[],
): SearchIndex {
  const texts: (string | undefined)[] = [];
  const textOf = (s: ServiceEntry) =>
    normalise(
      [
        // A slice (before the whole pack arrives) may lack a field: search what is there.
        s.text.name ?? '',
        s.text.description ?? '',
        s.source?.name ?? '',
        s.source?.description ?? '',
        s.organisation.name,
        s.area ?? '',
        s.country,
        ...countryNames(s.country),
        ...s.categories.flatMap(labels),
      ].join(' \u0001 '),
    );
  const text = (i: number) => (texts[i] ??= textOf(services[i]!));
  return {
    services,
    text,
    prepare: () => services.forEach((_, i) => text(i)),
  };
}

function matchesFilters(s: ServiceEntry, query: ServiceQuery, now: Date): boolean {
  if (query.country && s.country !== query.country) return false;
  if (query.area && s.area !== query.area) return false;
  if (query.category && !s.categories.includes(query.category as never)) return false;
  if (query.served && !s.serves.genders.includes('any') && !s.serves.genders.includes(query.served as never)) return false;
  if (query.language && !s.languages.some((l) => l === query.language || l.startsWith(`${query.language}-`))) return false;
  if (query.free && s.cost !== 'free') return false;
  // "Open now" hides only what is known to be closed: a line whose hours no source gives may
  // be the one that answers at night, so it stays, after the open ones, marked "call to check".
  if (query.openNow && openState(s, now) === 'closed') return false;
  return true;
}

const OPEN_RANK = { always: 0, open: 0, unknown: 1, closed: 2 } as const;

/**
 * Services matching every filter and every query word. With "open now", open services come
 * before those whose hours are unknown; otherwise index order (the caller puts the reader's
 * countries first).
 */
export function search(index: SearchIndex, query: ServiceQuery, lang: string, now: Date = new Date()): ServiceEntry[] {
  const words = query.q ? queryWords(query.q, lang) : [];
  const out: ServiceEntry[] = [];
  index.services.forEach((service, i) => {
    if (!matchesFilters(service, query, now)) return;
    if (!words.length || words.every((w) => index.text(i).includes(w))) out.push(service);
  });
  if (!query.openNow) return out;
  const rank = (s: ServiceEntry) => OPEN_RANK[openState(s, now)];
  return out.map((s, i) => ({ s, i, r: rank(s) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ s }) => s);
}
