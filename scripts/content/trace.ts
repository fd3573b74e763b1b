/**
 * Provenance checks: a phone number or URL in content must appear in one of the
 * sources its record cites. This is what stops a plausible-looking number from
 * reaching a person in danger without anyone having read it somewhere real.
 */
import type { Source } from '../../src/content/schema';

const digits = (s: string) => s.replace(/\D/g, '').replace(/^0+/, '');

/** Candidate numbers in a fact's phone column ("16135 (in Bangladesh); +8809610102030 (from abroad)"). */
function factNumbers(phone: string): string[] {
  return phone
    .split(/[;/,]| or /)
    .map(digits)
    .filter((d) => d.length >= 3);
}

export function phoneTracesTo(number: string, cited: string[], sources: Record<string, Source>): boolean {
  const ours = digits(number);
  if (ours.length < 3) return false;
  return cited.some((id) => {
    const src = sources[id];
    if (!src) return false;
    // The fact may give the national form (0…) while we store E.164, or the reverse.
    return factNumbers(src.phone).some((theirs) => theirs.endsWith(ours) || ours.endsWith(theirs));
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
