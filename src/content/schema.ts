/**
 * Validation schemas for source content (build time only: zod never ships to the page).
 * Language-neutral facts live in src/content/data/*.json; human-language text lives in
 * locales/<lang>/*.json keyed by record id.
 */
import { z } from 'zod';

import {
  CATEGORIES,
  COSTS,
  DAYS,
  GENDERS,
  ORGANISATION_TYPES,
  PHONE_KINDS,
  PHONE_REACH,
  REFERRALS,
  SERVICE_STATUSES,
  STAGES,
  TOPICS,
} from './vocabulary';

export * from './vocabulary';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2026-11-24');
/**
 * Characters that reorder what is displayed: U+202E makes "9891" show as "1989". No content
 * needs them (the app isolates mixed-direction text itself), so none may enter.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const noBidi = (s: string) => !BIDI_CONTROLS.test(s);
const BIDI_MESSAGE = 'contains a direction control character (U+202A–U+202E or U+2066–U+2069), which can make text display differently from what it is';
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
}, 'an IANA time zone such as Asia/Colombo');
/** A BCP 47 language tag, checked by Intl without letting it rewrite the code (it would turn cmn into zh). */
export const languageTag = z.string().refine((tag) => {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}, 'a BCP 47 language code such as si or zh-Hant');
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as LK');
const sourceIds = z.array(z.string().min(1)).min(1, 'at least one source');
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

const provenance = {
  sources: sourceIds,
  lastVerified: verifiedDate,
};

export const riskSchema = z.strictObject({
  id,
  stage: z.enum(STAGES),
  topics: z.array(z.enum(TOPICS)).min(1),
  /** Countries (origin or destination) it is most relevant to; empty means everywhere. */
  countries: z.array(country),
  severity: z.enum(['high', 'medium']),
  related: z.strictObject({ services: z.array(id), pathways: z.array(id) }),
  status: z.enum(['verified', 'unverified']),
  ...provenance,
});

export const linkSchema = z.strictObject({
  id,
  url: httpsUrl.optional(),
  phone: phoneNumber.optional(),
  sources: sourceIds,
});

export const pathwaySchema = z.strictObject({
  id,
  origin: country,
  destination: country,
  /** The scheme ends on this date, or in this month where the source gives no day (time-limited pilots, MoUs). */
  endsOn: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'an ISO date (2026-06-30) or month (2026-12)').optional(),
  steps: z.array(z.strictObject({ id, sources: sourceIds })).min(1),
  links: z.array(linkSchema),
  /** Directory ids of official contacts. */
  contacts: z.array(id),
  status: z.enum(['verified', 'unverified']),
  ...provenance,
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM, 24-hour');

export const serviceSchema = z.strictObject({
  id,
  organisation: z.strictObject({
    name: plainText,
    type: z.enum(ORGANISATION_TYPES),
    website: httpsUrl.optional(),
  }),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  country,
  area: z.string().optional(),
  address: z.string().optional(),
  geo: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
  phones: z.array(
    z.strictObject({
      number: phoneNumber,
      kind: z.enum(PHONE_KINDS),
      /** Where the number works from, when the source says: "in-country" or "from abroad". */
      reach: z.enum(PHONE_REACH).default('any'),
    }),
  ),
  email: z.string().email().optional(),
  website: httpsUrl.optional(),
  hours: z.array(z.strictObject({ days: z.array(z.enum(DAYS)).min(1), opens: time, closes: time })),
  timezone: timeZone,
  open247: z.boolean(),
  /** BCP 47 codes of the languages staff speak, where the source says so. */
  languages: z.array(languageTag),
  serves: z.strictObject({
    genders: z.array(z.enum(GENDERS)).min(1),
    /** Age limits in years, where the source states them. */
    ages: z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() }).optional(),
    nationalities: z.union([z.literal('all'), z.array(country)]),
    statuses: z.array(z.string()),
  }),
  cost: z.enum(COSTS),
  referral: z.enum(REFERRALS),
  accessibility: z.array(z.string()),
  status: z.enum(SERVICE_STATUSES),
  verifiedBy: z.string(),
  ...provenance,
});

const summary = plainText.refine((s) => [...s].length <= 160, 'a share summary is at most 160 characters');

export const riskTextSchema = z.strictObject({
  title: plainText,
  summary,
  body: z.array(plainText),
  signs: z.array(plainText).min(1),
  actions: z.array(plainText).min(1),
  testimony: plainText.optional(),
});

export const pathwayTextSchema = z.strictObject({
  title: plainText,
  summary,
  scheme: plainText,
  whoMayApply: z.array(plainText).min(1),
  channel: plainText,
  steps: z.record(z.string(), z.strictObject({ title: plainText, detail: plainText.optional() })),
  documents: z.array(plainText),
  fees: z.array(plainText),
  verify: z.array(plainText),
  links: z.record(z.string(), plainText),
});

export const serviceTextSchema = z.strictObject({
  name: plainText,
  description: plainText,
  eligibility: plainText.optional(),
  howToAccess: plainText.optional(),
  /** What the fee is, where cost is "fee" or "sliding". */
  costNote: plainText.optional(),
  /** What happens to what a person tells them. */
  confidentiality: plainText.optional(),
});

export const sourceSchema = z.object({
  kind: z.enum(['fact', 'publication']),
  title: z.string().min(1),
  phone: z.string(),
  website: z.string(),
  urls: z.array(z.string()),
  file: z.string().optional(),
  seen: isoDate,
  confidence: z.enum(['confirmed', 'unconfirmed']),
});

export type Risk = z.infer<typeof riskSchema>;
export type Pathway = z.infer<typeof pathwaySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type RiskText = z.infer<typeof riskTextSchema>;
export type PathwayText = z.infer<typeof pathwayTextSchema>;
export type ServiceText = z.infer<typeof serviceTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
