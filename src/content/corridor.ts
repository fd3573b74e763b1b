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
 * The helplines to show in the emergency bar: destination first (that is where trouble happens),
 * then origin. Hotlines before other numbers; a country with no hotline in the directory still
 * gets its bureau or police number rather than an empty bar. Around-the-clock and verified first.
 */
export function helplinesFor(pack: Pack, countries: string[], limit = 3): ServiceEntry[] {
  const rank = (s: ServiceEntry) =>
    (s.categories.includes('hotline') ? 0 : 4) + (s.open247 ? 0 : 1) + (s.status === 'active' ? 0 : 2);
  const picked: ServiceEntry[] = [];
  for (const country of countries) {
    const lines = pack.services
      .filter((s) => s.country === country && s.status !== 'inactive' && callNumber(s))
      .sort((a, b) => rank(a) - rank(b));
    picked.push(...lines.slice(0, country === countries[0] && countries.length > 1 ? 2 : limit));
  }
  return picked.slice(0, limit);
}

/** The number to call a service on: its hotline, else an office line; never an SMS-only number. */
export function callNumber(service: Pick<ServiceEntry, 'phones'>): string | undefined {
  const voice = service.phones.filter((p) => p.kind === 'hotline' || p.kind === 'office');
  return (voice.find((p) => p.kind === 'hotline') ?? voice[0])?.number;
}
