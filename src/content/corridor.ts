/** The journey a person told us about: where they are from, where they are going, and where they are now. */
import type { Pack, PackPhone, ServiceEntry } from './pack';

export interface Corridor {
  from?: string;
  to?: string;
  /** Where the reader is now: still at home (`from`, the default) or already abroad (`to`). */
  at?: 'from' | 'to';
}

const COUNTRY = /^[A-Z]{2}$/;

/** Reads ?from=LK&to=KR&at=to, ignoring anything that is not a country code. */
export function corridorFromQuery(query: URLSearchParams): Corridor | undefined {
  const from = query.get('from')?.toUpperCase();
  const to = query.get('to')?.toUpperCase();
  if (!from && !to) return undefined;
  const corridor: Corridor = { from: from && COUNTRY.test(from) ? from : undefined, to: to && COUNTRY.test(to) ? to : undefined };
  if (query.get('at') === 'to' && corridor.to) corridor.at = 'to';
  return corridor;
}

/** The country the reader is in now, as far as they told us; their language's home country otherwise. */
export function readerCountry(corridor: Corridor, home?: string): string | undefined {
  return corridor.at === 'to' && corridor.to ? corridor.to : (corridor.from ?? home);
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
 * Whether a number can be dialled from `here`. A short code or toll-free line works only
 * inside its own country; a number the source gives "from abroad" only outside it.
 */
export function worksFrom(phone: PackPhone, serviceCountry: string, here: string | undefined): boolean {
  if (!here) return phone.reach !== 'from-abroad';
  if (serviceCountry === here) return phone.reach !== 'from-abroad';
  return phone.reach !== 'in-country' && !!phone.e164;
}

export interface HelpLine {
  service: ServiceEntry;
  phone: PackPhone;
  /** False when the number does not work from where the reader is ("only inside Sri Lanka"). */
  works: boolean;
}

const VOICE = new Set(['hotline', 'office']);

/**
 * The helplines to show in the emergency bar, the hand-over sheet and counsellor results.
 * Numbers that work from where the reader is come first; then, for each country in the order
 * given, hotlines before other numbers, around-the-clock and verified first. A country with no
 * hotline still gets its bureau or office number. One number is listed once, however many
 * services share it, and an SMS-only number is never offered as something to call.
 */
export function helpLines(
  pack: Pack,
  countries: readonly string[],
  here: string | undefined,
  limit = 3,
  /** The reader's nationality: an embassy for Indonesians is no help line for a Nepali worker. */
  origin?: string,
): HelpLine[] {
  const rank = (l: HelpLine) =>
    (l.works ? 0 : 100) +
    countries.indexOf(l.service.country) * 10 +
    (l.service.categories.includes('hotline') ? 0 : 4) +
    (l.service.open247 ? 0 : 1) +
    (l.service.status === 'active' ? 0 : 2);
  const candidates: HelpLine[] = [];
  for (const service of pack.services) {
    if (!countries.includes(service.country) || service.status === 'inactive') continue;
    const served = service.serves.nationalities;
    if (origin && served !== 'all' && !served.includes(origin)) continue;
    const voice = service.phones.filter((p) => VOICE.has(p.kind));
    if (!voice.length) continue;
    // Of a service's numbers, the one that works from here; a hotline before an office line.
    const byUse = [...voice].sort(
      (a, b) => Number(worksFrom(b, service.country, here)) - Number(worksFrom(a, service.country, here)) || Number(b.kind === 'hotline') - Number(a.kind === 'hotline'),
    );
    const phone = byUse[0]!;
    candidates.push({ service, phone, works: worksFrom(phone, service.country, here) });
  }
  candidates.sort((a, b) => rank(a) - rank(b));
  const seen = new Set<string>();
  const picked: HelpLine[] = [];
  for (const line of candidates) {
    const key = line.phone.e164 ?? `${line.service.country}:${line.phone.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(line);
  }
  // Every country keeps at least one line when there is room, so a reader abroad still sees home.
  const out: HelpLine[] = [];
  for (const c of countries) {
    const first = picked.find((l) => l.service.country === c);
    if (first) out.push(first);
  }
  for (const line of picked) if (!out.includes(line)) out.push(line);
  return out
    .slice(0, Math.max(limit, 0))
    .sort((a, b) => rank(a) - rank(b));
}

/** The number to call a service on: its hotline, else an office line; never an SMS-only number. */
export function callNumber(service: Pick<ServiceEntry, 'phones'>): PackPhone | undefined {
  const voice = service.phones.filter((p) => VOICE.has(p.kind));
  return voice.find((p) => p.kind === 'hotline') ?? voice[0];
}

/** tel: with the international form where there is one, so it dials from any country. */
export function telHref(phone: PackPhone): string {
  return `tel:${phone.e164 ?? phone.number}`;
}

/** WhatsApp needs the full international number, without the plus; short codes cannot be messaged. */
export const waLink = (phone: PackPhone) => (phone.e164 ? `https://wa.me/${phone.e164.slice(1)}` : undefined);

/** The way to write the number for a reader in `here`: national at home, international abroad. */
export function displayNumber(phone: PackPhone, serviceCountry: string, here: string | undefined): string {
  return here && here !== serviceCountry && phone.international ? phone.international : phone.national;
}
