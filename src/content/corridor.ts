/** The journey a person told us about: where they are from and where they are going. Both optional. */
import type { Pack, ServiceEntry } from './pack';

export interface Corridor {
  from?: string;
  to?: string;
}

const COUNTRY = /^[A-Z]{2}$/;

/** Reads ?from=LK&to=KR, ignoring anything that is not a country code. */
export function corridorFromQuery(query: URLSearchParams): Corridor | undefined {
  const from = query.get('from')?.toUpperCase();
  const to = query.get('to')?.toUpperCase();
  if (!from && !to) return undefined;
  return { from: from && COUNTRY.test(from) ? from : undefined, to: to && COUNTRY.test(to) ? to : undefined };
}

/** Origin and destination countries that the content knows about, for the journey picker. */
export function corridorCountries(pack: Pack): { origins: string[]; destinations: string[] } {
  const origins = new Set(pack.pathways.map((p) => p.origin));
  const destinations = new Set(pack.pathways.map((p) => p.destination));
  for (const s of pack.services) {
    if (s.serves.nationalities !== 'all' && s.serves.nationalities.includes(s.country)) origins.add(s.country);
    else destinations.add(s.country);
  }
  return { origins: [...origins].sort(), destinations: [...destinations].sort() };
}

/**
 * The helplines to show in the emergency bar: hotlines of the destination first (that is where
 * trouble happens), then of the origin. Around-the-clock lines before others.
 */
export function helplinesFor(pack: Pack, countries: string[], limit = 3): ServiceEntry[] {
  const rank = (s: ServiceEntry) => (s.open247 ? 0 : 1) + (s.status === 'active' ? 0 : 2);
  const picked: ServiceEntry[] = [];
  for (const country of countries) {
    const lines = pack.services
      .filter((s) => s.country === country && s.categories.includes('hotline') && s.status !== 'inactive' && s.phones.length)
      .sort((a, b) => rank(a) - rank(b));
    picked.push(...lines.slice(0, country === countries[0] && countries.length > 1 ? 2 : limit));
  }
  return picked.slice(0, limit);
}
