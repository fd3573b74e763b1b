/**
 * Provenance checks: a phone number or URL in content must appear in one of the
 * sources its record cites. This is what stops a plausible-looking number from
 * reaching a person in danger without anyone having read it somewhere real.
 */
import type { Source } from './records';
import { numbersIn, sameNumber } from './phone-numbers';

/**
 * A number traces when it is exactly a number in a cited source's phone column, read with the
 * rules of `countries` (the service's country; a pathway's origin and destination). Endings do
 * not count: "989" is not "1989", and "0770001989" is not "1989".
 */
export function phoneTracesTo(number: string, cited: string[], sources: Record<string, Source>, countries: readonly string[] = []): boolean {
  return cited.some((id) => {
    const src = sources[id];
    return !!src && numbersIn(src.phone).some((theirs) => sameNumber(number, theirs, countries));
  });
}

const host = (u: string) => {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** A URL traces when its host is the host of a website or page that a cited source names. */
export function urlTracesTo(url: string, cited: string[], sources: Record<string, Source>): boolean {
  const ours = host(url);
  if (!ours) return false;
  return cited.some((id) => {
    const src = sources[id];
    if (!src) return false;
    return [src.website, ...src.urls].filter(Boolean).some((u) => host(u) === ours);
  });
}
