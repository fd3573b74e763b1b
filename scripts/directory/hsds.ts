/**
 * Open Referral HSDS 3 export: the directory as a page of HSDS services, each carrying its
 * organisation, location, phones, schedules, languages, categories and provenance, so other
 * service-directory tools can take it in. Only fields HSDS 3 defines are written; whatever of
 * ours has no HSDS field goes into attributes or into the free-text fields HSDS provides.
 */
import type { Service, ServiceText, Source } from '../../src/content/model';
import { countryName } from '../../src/content/model/countries';
import { byCountryThenId, type Directory } from './directory-files';
import { uuidFor } from './uuid';

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
}
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
}
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
}
export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: string;
  description: string;
  languages: never[];
}
export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
  notes?: string;
}
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'virtual';
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  name: string;
  description?: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}
export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name: string;
}
export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: 'service';
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}
export interface HsdsService {
  id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  alert?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  application_process?: string;
  fees_description: string;
  assured_date?: string;
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_at_locations: HsdsServiceAtLocation[];
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
  attributes: HsdsAttribute[];
  metadata: HsdsMetadata[];
}
/** The paginated list shape of the HSDS API (GET /services). */
export interface HsdsPage {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: HsdsService[];
}

const CATEGORY_TAXONOMY = 'SafeRoute victim-assistance categories';
const STATUS_TAXONOMY = 'SafeRoute verification status';
const INFO_TAXONOMY = 'SafeRoute service information';

/** Names and meanings of our categories (docs: shared/reference/directory-model.md). */
const CATEGORY_TERMS: Record<Service['categories'][number], [string, string]> = {
  hotline: ['Helpline or hotline', 'A phone line for help, advice or reporting.'],
  shelter: ['Shelter', 'Shelter or safe accommodation.'],
  medical: ['Medical care', 'Medical care.'],
  psychosocial: ['Counselling', 'Counselling and psychosocial support.'],
  legal: ['Legal aid', 'Legal aid and representation.'],
  'law-enforcement': ['Police', 'Police anti-trafficking unit; reporting a crime.'],
  consular: ['Embassy or consulate', 'Embassy, consulate or labour attaché.'],
  'migrant-bureau': ['Foreign-employment bureau', 'Origin-country foreign-employment bureau: complaints and licence checks.'],
  'labour-complaint': ['Labour complaints', 'Wage and contract disputes.'],
  return: ['Return', 'Return and repatriation assistance.'],
  reintegration: ['Reintegration', 'Livelihood, skills, education, and help for families.'],
  material: ['Material help', 'Food, clothing, cash.'],
  interpretation: ['Interpretation', 'Interpretation and translation.'],
  children: ['Child protection', 'Child protection services.'],
  documentation: ['Documents', 'Legal identity, civil registration and documents.'],
};

const STATUS_TERMS: Record<Service['status'], [string, string]> = {
  active: ['Verified, operating', 'Checked against its cited sources, which are confirmed.'],
  inactive: ['Verified, not operating', 'Checked against its cited sources: the service no longer operates.'],
  unverified: [
    'Not verified',
    'Believed to operate, so HSDS status is "active", but at least one cited source is unconfirmed: check before relying on it.',
  ],
};

const ORG_TYPES: Record<Service['organisation']['type'], string> = {
  government: 'Government agency',
  ngo: 'Non-governmental organisation',
  international: 'International organisation',
  community: 'Community organisation',
};

const PHONE_TYPES: Record<Service['phones'][number]['kind'], [string, string]> = {
  hotline: ['voice', 'Hotline'],
  office: ['voice', 'Office line'],
  sms: ['text', 'SMS'],
  whatsapp: ['text', 'WhatsApp: message or call through the app'],
  viber: ['text', 'Viber: message or call through the app'],
};

const REFERRAL_TEXT: Record<Service['referral'], string | undefined> = {
  self: 'People can contact the service directly; no referral is needed.',
  referral: 'A referral from another agency is needed.',
  unknown: undefined,
};

const COST_TEXT: Record<Service['cost'], string> = {
  free: 'Free.',
  fee: 'A fee is charged.',
  sliding: 'Fees on a sliding scale.',
  unknown: 'Cost not known.',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

function term(taxonomy: string, code: string, name: string, description: string): HsdsTaxonomyTerm {
  return { id: uuidFor('taxonomy_term', `${taxonomy}:${code}`), code, name, description, taxonomy };
}

function attribute(serviceId: string, key: string, t: HsdsTaxonomyTerm, value?: string): HsdsAttribute {
  return {
    id: uuidFor('attribute', `${serviceId}:${key}`),
    link_id: uuidFor('service', serviceId),
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: t.id,
    taxonomy_term: t,
    ...(value === undefined ? {} : { value }),
  };
}

function reachText(s: Service, reach: Service['phones'][number]['reach']): string {
  if (reach === 'in-country') return `works only from inside ${countryName(s.country)}`;
  if (reach === 'from-abroad') return `for calls from outside ${countryName(s.country)}`;
  return 'the source names no limit on where it can be called from';
}

function phones(s: Service, sid: string): HsdsPhone[] {
  return s.phones.map((p, i) => {
    const [type, label] = PHONE_TYPES[p.kind];
    return { id: uuidFor('phone', `${s.id}:${i}`), service_id: sid, number: p.number, type, description: `${label}; ${reachText(s, p.reach)}.`, languages: [] };
  });
}

function schedules(s: Service, sid: string): HsdsSchedule[] {
  const tz = `Times in ${s.timezone}.`;
  const out: HsdsSchedule[] = s.hours.map((h, i) => ({
    id: uuidFor('schedule', `${s.id}:${i}`),
    service_id: sid,
    freq: 'WEEKLY',
    byday: h.days.map((d) => d.toUpperCase()).join(','),
    opens_at: h.opens,
    closes_at: h.closes,
    description: tz,
    notes: `As stated by the cited source; last checked ${s.lastVerified}.`,
  }));
  if (s.open247) {
    out.unshift({
      id: uuidFor('schedule', `${s.id}:24-7`),
      service_id: sid,
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR,SA,SU',
      opens_at: '00:00',
      closes_at: '23:59',
      description: 'Open 24 hours',
      notes: tz,
    });
  }
  return out;
}

/** Every service gets a location, virtual when it has no address, so its country is never lost. */
function location(s: Service, sid: string): HsdsServiceAtLocation {
  const lid = uuidFor('location', s.id);
  const type = s.address || s.geo ? 'physical' : 'virtual';
  const country = countryName(s.country);
  return {
    id: uuidFor('service_at_location', s.id),
    service_id: sid,
    location_id: lid,
    location: {
      id: lid,
      location_type: type,
      name: s.area ? `${s.area}, ${country}` : country,
      ...(type === 'virtual' ? { description: 'Reached by phone or online; no street address is published.' } : {}),
      ...(type === 'virtual' && s.website ? { url: s.website } : {}),
      ...(s.geo ? { latitude: s.geo.lat, longitude: s.geo.lng } : {}),
      addresses: [
        {
          id: uuidFor('address', s.id),
          location_id: lid,
          address_1: s.address ?? '',
          city: s.area ?? '',
          state_province: '',
          postal_code: '',
          country: s.country,
          address_type: type,
        },
      ],
    },
  };
}

function eligibility(s: Service, t: ServiceText): string {
  const who = s.serves.genders.includes('any') ? undefined : `For ${s.serves.genders.join(', ')}.`;
  const whose = s.serves.nationalities === 'all' ? undefined : `For nationals of ${s.serves.nationalities.map(countryName).join(', ')}.`;
  const statuses = s.serves.statuses.length ? `Serves ${s.serves.statuses.join(', ')}.` : undefined;
  return join(t.eligibility, who, whose, statuses) ?? 'Not stated.';
}

function metadata(s: Service, sid: string, sources: Record<string, Source>): HsdsMetadata[] {
  return s.sources.map((id) => {
    const src = sources[id];
    const url = src?.urls[0] ?? src?.website ?? '';
    return {
      id: uuidFor('metadata', `${s.id}:${id}`),
      resource_id: sid,
      resource_type: 'service',
      last_action_date: s.lastVerified,
      last_action_type: 'verified',
      field_name: 'sources',
      previous_value: '',
      replacement_value: join(src?.title ?? id, url) ?? id,
      updated_by: 'SafeRoute',
    };
  });
}

function attributes(s: Service): HsdsAttribute[] {
  const out = s.categories.map((c) => attribute(s.id, `category:${c}`, term(CATEGORY_TAXONOMY, c, ...CATEGORY_TERMS[c])));
  const [name, description] = STATUS_TERMS[s.status];
  out.push(attribute(s.id, 'status', term(STATUS_TAXONOMY, s.status, name, description), s.status));
  return out;
}

function infoAttributes(s: Service, t: ServiceText): HsdsAttribute[] {
  const out: HsdsAttribute[] = [];
  if (t.confidentiality) {
    out.push(attribute(s.id, 'confidentiality', term(INFO_TAXONOMY, 'confidentiality', 'Confidentiality', 'What happens to what a person tells the service.'), t.confidentiality));
  }
  s.accessibility.forEach((a, i) => {
    out.push(attribute(s.id, `accessibility:${i}`, term(INFO_TAXONOMY, 'accessibility', 'Accessibility', 'Access for disabled people.'), a));
  });
  return out;
}

/**
 * One organisation per name within a country (two countries each have a "Ministry of Labour"),
 * described identically wherever it appears, since receivers merge organisations by id.
 */
function organizations(services: readonly Service[]): Map<string, HsdsOrganization> {
  const out = new Map<string, HsdsOrganization>();
  for (const s of services) {
    const key = `${s.country}:${s.organisation.name}`;
    const known = out.get(key);
    if (known) {
      if (!known.website && s.organisation.website) known.website = s.organisation.website;
      continue;
    }
    out.set(key, {
      id: uuidFor('organization', key),
      name: s.organisation.name,
      description: `${ORG_TYPES[s.organisation.type]}: ${s.organisation.name}.`,
      ...(s.organisation.website ? { website: s.organisation.website } : {}),
    });
  }
  return out;
}

export function toHsds(dir: Directory): HsdsPage {
  const services = [...dir.services].sort(byCountryThenId);
  const orgs = organizations(services);
  const contents = services.map((s): HsdsService => {
    const t = dir.text[s.id]!;
    const sid = uuidFor('service', s.id);
    const area = s.area ? `${s.area}, ${countryName(s.country)}` : countryName(s.country);
    return {
      id: sid,
      name: t.name,
      description: t.description,
      ...(s.website ? { url: s.website } : {}),
      ...(s.email ? { email: s.email } : {}),
      // HSDS has no "unverified": such a service is believed to run, and says so in its alert and attributes.
      status: s.status === 'inactive' ? 'inactive' : 'active',
      ...(s.status === 'unverified' ? { alert: 'Not verified: at least one source for this service is unconfirmed. Check before relying on it.' } : {}),
      eligibility_description: eligibility(s, t),
      ...(s.serves.ages?.min !== undefined ? { minimum_age: s.serves.ages.min } : {}),
      ...(s.serves.ages?.max !== undefined ? { maximum_age: s.serves.ages.max } : {}),
      ...(join(t.howToAccess, REFERRAL_TEXT[s.referral]) ? { application_process: join(t.howToAccess, REFERRAL_TEXT[s.referral]) } : {}),
      fees_description: join(COST_TEXT[s.cost], t.costNote)!,
      // An unverified record has not been assured; its check date stays in metadata only.
      ...(s.status === 'unverified' ? {} : { assured_date: s.lastVerified }),
      organization: { ...orgs.get(`${s.country}:${s.organisation.name}`)! },
      phones: phones(s, sid),
      schedules: schedules(s, sid),
      service_at_locations: [location(s, sid)],
      service_areas: [{ id: uuidFor('service_area', s.id), service_id: sid, name: area }],
      languages: s.languages.map((code) => ({ id: uuidFor('language', `${s.id}:${code}`), service_id: sid, code, name: languageNames.of(code) ?? code })),
      attributes: [...attributes(s), ...infoAttributes(s, t)],
      metadata: metadata(s, sid, dir.sources),
    };
  });
  return hsdsPage(contents);
}

/** The paginated answer of an HSDS list endpoint, as one page. */
export function hsdsPage<T>(contents: T[]) {
  return {
    total_items: contents.length,
    total_pages: 1 as const,
    page_number: 1 as const,
    size: contents.length,
    first_page: true as const,
    last_page: true as const,
    empty: contents.length === 0,
    contents,
  };
}
