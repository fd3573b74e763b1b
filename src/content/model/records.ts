/**
 * Record schemas for source content (build time only: zod never ships to the page).
 * Language-neutral facts live in src/content/data/*.json; human-language text lives in
 * locales/<lang>/*.json keyed by record id.
 */
import { z } from 'zod';
import { country, id, isoDate, verifiedDate, timeZone, languageTag, sourceIds, httpsUrl, phoneNumber, plainText } from './fields';
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
  /** A country, or the EU where a scheme covers the Union (Talent Partnerships); ISO 3166 reserves "EU" for it. */
  destination: country.or(z.literal('EU')),
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
