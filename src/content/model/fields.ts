/**
 * Field rules: what one value of a record must be, whichever way it arrives (a content JSON
 * file, a spreadsheet cell, an import). Every checker uses these, so none can be stricter
 * or looser than another.
 */
import { z } from 'zod';
import { isIsoCountry } from './countries';

/** Messages carry the value, so the content check and a spreadsheet import say the same thing. */
const quoted = (iss: { input?: unknown }) => `"${String(iss.input)}"`;

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `${quoted(iss)} is not lower-case words joined by hyphens` });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2026-11-24');
/**
 * Characters that reorder what is displayed: U+202E makes "9891" show as "1989". No content
 * needs them (the app isolates mixed-direction text itself), so none may enter.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
export const noBidi = (s: string) => !BIDI_CONTROLS.test(s);
export const BIDI_MESSAGE = 'contains a direction control character (U+202A–U+202E or U+2066–U+2069), which can make text display differently from what it is';
/** The earliest date a check of this content can have happened; anything before is a typo. */
const EARLIEST_CHECK = '2015-01-01';
/** A verification date: a real day, not in the future (a typo such as 2099), not before 2015. */
export const verifiedDate = isoDate
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar day')
  .refine((d) => d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), 'in the future: a check cannot have happened yet')
  .refine((d) => d >= EARLIEST_CHECK, `before ${EARLIEST_CHECK}: probably a typo`);
/** An IANA time zone the phone can compute hours in ("Asia/Colombo"); "open now" throws on anything else. */
export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}, { error: (iss) => `${quoted(iss)} is not an IANA time zone (such as Asia/Colombo)` });
/** A BCP 47 language tag, checked by Intl without letting it rewrite the code (it would turn cmn into zh). */
export const languageTag = z.string().refine((tag) => {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}, { error: (iss) => `${quoted(iss)} is not a BCP 47 language code (such as si or zh-Hant)` });
/** Only assigned ISO 3166-1 codes: ICU also knows UK, EU and others that other directories would refuse. */
export const country = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: (iss) => `${quoted(iss)} is not a two-letter code in capitals` })
  .refine(isIsoCountry, { error: (iss) => `${quoted(iss)} is not an ISO 3166-1 country code` });
export const sourceIds = z.array(z.string().min(1)).min(1, 'at least one source');
/**
 * Only https links reach the page from content (DESIGN §3); tel/sms/geo are built from phones
 * and geo. No user name before the host: "https://evil.example@www.slbfe.lk/" goes to
 * evil.example, whatever it looks like.
 */
export const httpsUrl = z
  .string()
  .url('a full URL')
  .refine((u) => u.startsWith('https://'), 'an https:// URL (an http:// site can be tampered with on the way)')
  .refine((u) => {
    try {
      const url = new URL(u);
      return !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'a URL without a user name or password before the host')
  .refine(noBidi, BIDI_MESSAGE);
/**
 * E.164 (+country code) where the source gives one; otherwise the number exactly as it is dialled
 * inside the country: a national number (often starting with 0, but Pakistan's 111…, Korea's 1577…
 * and Hong Kong's 8-digit numbers do not) or a short code of 3-6 digits.
 */
export const phoneNumber = z
  .string()
  .regex(/^(\+[1-9]\d{6,14}|0\d{6,11}|\d{3,10})$/, 'E.164 (+94…), a national number or a short code, digits only');
/** Plain text only. Anything that looks like an HTML tag is rejected. */
export const plainText = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => !/<\/?[a-zA-Z][^>]*>/.test(s), 'raw HTML is not allowed')
  .refine(noBidi, BIDI_MESSAGE);

