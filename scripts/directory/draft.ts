/**
 * A service being assembled from one spreadsheet row. Cells fill it in column order; only a
 * row whose every cell was accepted is turned into records, so a half-read row never leaks
 * into the data.
 */
import type { Service, ServiceText } from '../../src/content/model';
import type { Hours } from './values';

export const PHONE_SLOTS = 3;
export const CATEGORY_SLOTS = 4;

export interface DraftPhone {
  number?: string;
  kind?: Service['phones'][number]['kind'];
  reach?: Service['phones'][number]['reach'];
}

export interface Draft {
  id?: string;
  organisation: { name?: string; type?: Service['organisation']['type']; website?: string };
  categories: Service['categories'];
  country?: string;
  area?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  phones: DraftPhone[];
  email?: string;
  website?: string;
  hours: Hours[];
  timezone?: string;
  open247?: boolean;
  languages: string[];
  genders: Service['serves']['genders'];
  ageMin?: number;
  ageMax?: number;
  nationalities?: Service['serves']['nationalities'];
  statuses: string[];
  cost?: Service['cost'];
  referral?: Service['referral'];
  accessibility: string[];
  status?: Service['status'];
  verifiedBy?: string;
  lastVerified?: string;
  sources: string[];
  text: Partial<ServiceText>;
}

export function emptyDraft(): Draft {
  return {
    organisation: {},
    categories: [],
    phones: Array.from({ length: PHONE_SLOTS }, () => ({})),
    hours: [],
    languages: [],
    genders: [],
    statuses: [],
    accessibility: [],
    sources: [],
    text: {},
  };
}

/**
 * Builds the records in the key order of the schema and of the existing files, so an import
 * of an unchanged sheet rewrites the same bytes and a review diff shows only real changes.
 * Call only for a row without problems: required values are taken as present.
 */
export function buildRecords(d: Draft): { service: Service; text: ServiceText } {
  const opt = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  const service: Service = {
    id: d.id!,
    organisation: { name: d.organisation.name!, type: d.organisation.type!, ...opt('website', d.organisation.website) },
    categories: d.categories,
    country: d.country!,
    ...opt('area', d.area),
    ...opt('address', d.address),
    ...(d.latitude !== undefined && d.longitude !== undefined ? { geo: { lat: d.latitude, lng: d.longitude } } : {}),
    phones: d.phones
      .filter((p) => p.number !== undefined)
      .map((p) => ({ number: p.number!, kind: p.kind!, reach: p.reach ?? 'any' })),
    ...opt('email', d.email),
    ...opt('website', d.website),
    hours: d.hours,
    timezone: d.timezone!,
    open247: d.open247!,
    languages: d.languages,
    serves: {
      genders: d.genders,
      ...(d.ageMin !== undefined || d.ageMax !== undefined ? { ages: { ...opt('min', d.ageMin), ...opt('max', d.ageMax) } } : {}),
      nationalities: d.nationalities!,
      statuses: d.statuses,
    },
    cost: d.cost!,
    referral: d.referral!,
    accessibility: d.accessibility,
    status: d.status!,
    verifiedBy: d.verifiedBy!,
    lastVerified: d.lastVerified!,
    sources: d.sources,
  };
  const t = d.text;
  const text: ServiceText = {
    name: t.name!,
    description: t.description!,
    ...opt('eligibility', t.eligibility),
    ...opt('howToAccess', t.howToAccess),
    ...opt('costNote', t.costNote),
    ...opt('confidentiality', t.confidentiality),
  };
  return { service, text };
}
