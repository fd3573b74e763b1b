/**
 * Phone numbers, read with the country's own numbering rules (libphonenumber-js, build time
 * only: its metadata never reaches a phone). Two jobs: deciding whether a stored number is
 * the same number a source printed, and deriving the forms the page needs to dial it.
 */
import { parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';

/** Types that can be dialled from abroad with the country code in front. */
const INTERNATIONAL: ReadonlySet<NumberType> = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'VOIP', 'PERSONAL_NUMBER']);

const plain = (s: string) => (s.trim().startsWith('+') ? '+' : '') + s.replace(/\D/g, '');

function parse(number: string, country: string) {
  try {
    return parsePhoneNumberFromString(number, country as CountryCode);
  } catch {
    return undefined;
  }
}

/**
 * Every exact spelling of `number` as dialled: as written, and in E.164 where the country's
 * rules turn it into one (trunk prefix dropped, country code added). No endings, no guessing.
 */
export function numberKeys(number: string, countries: readonly string[]): Set<string> {
  const written = plain(number);
  const keys = new Set<string>([written]);
  if (!written.startsWith('+') && !written.startsWith('0')) keys.add('+' + written);
  for (const country of countries) {
    const p = parse(written, country);
    if (p?.isValid()) keys.add(p.number);
  }
  if (!written.startsWith('+')) {
    const p = parse('+' + written, 'ZZ');
    if (p?.isValid()) keys.add(p.number);
  }
  return keys;
}

/** Candidate numbers in a fact's phone column ("16135 (in Bangladesh); +880 9610 102030 (from abroad)"). */
export function numbersIn(column: string): string[] {
  return column
    .split(/[;/,]| or /)
    .flatMap((part) => part.match(/\+?\(?\d[\d\s().-]*\d/g) ?? [])
    .map(plain)
    .filter((d) => d.replace('+', '').length >= 3);
}

/** True when the two numbers are the same number under the rules of one of `countries`. */
export function sameNumber(a: string, b: string, countries: readonly string[]): boolean {
  const ka = numberKeys(a, countries);
  for (const k of numberKeys(b, countries)) if (ka.has(k)) return true;
  return false;
}

export interface DialForms {
  /** E.164, only where the library can derive it unambiguously and it is diallable from abroad. */
  e164?: string;
  /** How people write it inside the country ("0811-129-129", "1989"). */
  national: string;
  /** "+62 811 129 129", where `e164` exists. */
  international?: string;
  /** Short codes, toll-free and shared-cost numbers work only inside their country. */
  domesticOnly: boolean;
}

export function dialForms(number: string, country: string): DialForms {
  const p = parse(number, country);
  const type = p?.isValid() ? p.getType() : undefined;
  if (p && type && INTERNATIONAL.has(type)) {
    return { e164: p.number, national: p.formatNational(), international: p.formatInternational(), domesticOnly: false };
  }
  if (number.startsWith('+')) return { e164: number, national: number, international: number, domesticOnly: false };
  return { national: p?.isValid() ? p.formatNational() : number, domesticOnly: true };
}
