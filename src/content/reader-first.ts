/**
 * Help ordered for the reader: the country they are in first, then the other end of their
 * journey, then everything else in their alphabetical order. A Nepali reader on a risk page
 * sees Nepal's numbers before Korea's; in Qatar, Qatar's before Nepal's.
 */
import type { Corridor } from './corridor';
import { readerCountry } from './corridor';
import type { ServiceEntry } from './pack';
import { sortCountries } from '../i18n/format';

/** The reader's countries, where they are now first. */
export function readerCountries(corridor: Corridor, home?: string): string[] {
  const here = readerCountry(corridor, home);
  return [...new Set([here, corridor.from ?? home, corridor.to].filter((c): c is string => !!c))];
}

/** A stable sort: services in `first` countries (in that order), then the rest by country name. */
export function readerFirst<T extends Pick<ServiceEntry, 'country'>>(services: readonly T[], first: readonly string[], lang: string): T[] {
  const order = sortCountries(new Set(services.map((s) => s.country)), lang);
  const rank = (c: string) => (first.includes(c) ? first.indexOf(c) : first.length + order.indexOf(c));
  return services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.country) - rank(b.s.country) || a.i - b.i)
    .map(({ s }) => s);
}
