/**
 * The spreadsheet layout, defined once. Export writes these columns, import reads them, the
 * xlsx "Read me" sheet documents them and the tests drive them: a column added here is added
 * everywhere, so the four can never disagree.
 */
import { z } from 'zod';
import {
  CATEGORIES,
  COSTS,
  GENDERS,
  ORGANISATION_TYPES,
  PHONE_KINDS,
  PHONE_REACH,
  REFERRALS,
  SERVICE_STATUSES,
  httpsUrl,
  country,
  languageTag,
  timeZone,
  verifiedDate,
  phoneNumber,
  plainText,
  serviceSchema,
  type Service,
  type ServiceText,
} from '../../src/content/model';
import { CATEGORY_SLOTS, PHONE_SLOTS, type Draft } from './draft';
import { formatHours, isIsoDate, joinList, parseHours, splitList, type Cell } from './values';

export interface Column {
  name: string;
  /** What the column means, for the Read me sheet. */
  description: string;
  /** The allowed values in words; every problem message ends with it. */
  allowed: string;
  required: boolean;
  /** English text (locales/en/services.json) rather than the language-neutral record. */
  english: boolean;
  /** Values offered as an xlsx drop-down list. */
  list?: readonly string[];
  /** Width in characters in the xlsx sheet. */
  width: number;
  /** Takes a real spreadsheet date cell (any other column must not receive one). */
  dateCell?: boolean;
  /** Takes a number cell; in any other column a number means the spreadsheet reinterpreted what was typed. */
  numberCell?: boolean;
  /** What to say when a number cell arrives in a column that does not take one. */
  numberProblem?: string;
  toCell(service: Service, text: ServiceText): string;
  /** Reads a non-empty cell into the draft; returns what is wrong, or nothing. */
  fromCell(cell: Cell, draft: Draft): string | undefined;
}

type Spec = Omit<Column, 'english' | 'required' | 'width'> & Partial<Pick<Column, 'english' | 'required' | 'width'>>;

const col = (spec: Spec): Column => ({ english: false, required: false, width: 18, ...spec });

/** The first complaint zod has about a value, in its own words (kept in step with the schema). */
function problem(schema: z.ZodType, value: unknown): string | undefined {
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

const words = (values: readonly string[]) => values.join(', ');
const notAllowed = (value: string) => `"${value}" is not an allowed value`;
const isOneOf = <T extends string>(values: readonly T[], v: string): v is T => (values as readonly string[]).includes(v);

const PLAIN = 'plain text, no HTML';
const URL_RULE = "a full https:// URL with no user name before the host; the site must be named in one of the row's sources";

function plain(value: string): string | undefined {
  return problem(plainText, value);
}

function enumColumn<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  get: (s: Service) => T | undefined,
  set: (d: Draft, v: T) => void,
  extra: Partial<Spec> = {},
): Column {
  return col({
    name,
    description,
    allowed: words(values),
    list: values,
    width: 16,
    toCell: (s) => get(s) ?? '',
    fromCell: (cell, d) => {
      // "Active" or "HOTLINE" mean what they say: letter case is noise, not a mistake.
      const value = values.find((v) => v.toLowerCase() === cell.text.toLowerCase()) ?? cell.text;
      if (!isOneOf(values, value)) return notAllowed(cell.text);
      set(d, value);
      return undefined;
    },
    ...extra,
  });
}

function englishColumn(name: string, key: keyof ServiceText, description: string, required: boolean, width = 50): Column {
  return col({
    name,
    description,
    allowed: `${PLAIN}, in English${required ? '' : '; may be empty'}`,
    required,
    english: true,
    width,
    toCell: (_s, t) => t[key] ?? '',
    fromCell: (cell, d) => {
      const bad = plain(cell.text);
      if (!bad) d.text[key] = cell.text;
      return bad;
    },
  });
}

function optionalText(name: string, description: string, get: (s: Service) => string | undefined, set: (d: Draft, v: string) => void): Column {
  return col({
    name,
    description,
    allowed: `${PLAIN}; may be empty`,
    width: 24,
    toCell: (s) => get(s) ?? '',
    fromCell: (cell, d) => {
      const bad = plain(cell.text);
      if (!bad) set(d, cell.text);
      return bad;
    },
  });
}

function urlColumn(name: string, description: string, get: (s: Service) => string | undefined, set: (d: Draft, v: string) => void): Column {
  return col({
    name,
    description,
    allowed: `${URL_RULE}; may be empty`,
    width: 30,
    toCell: (s) => get(s) ?? '',
    fromCell: (cell, d) => {
      const bad = problem(httpsUrl, cell.text);
      if (bad) return `"${cell.text}" is not ${bad}`;
      set(d, cell.text);
      return undefined;
    },
  });
}

/** Free-text lists ("migrant workers; refugees"); each item must be plain text. */
function textList(name: string, description: string, get: (s: Service) => readonly string[], set: (d: Draft, v: string[]) => void, example: string): Column {
  return col({
    name,
    description,
    allowed: `short ${PLAIN} phrases separated by "; ", e.g. ${example}; may be empty`,
    width: 28,
    toCell: (s) => joinList(get(s)),
    fromCell: (cell, d) => {
      const items = splitList(cell.text);
      for (const item of items) {
        const bad = plain(item);
        if (bad) return `"${item}": ${bad}`;
      }
      set(d, items);
      return undefined;
    },
  });
}

function numberColumn(name: string, description: string, allowed: string, get: (s: Service) => number | undefined, parse: (text: string, d: Draft) => string | undefined): Column {
  return col({ name, description, allowed, width: 12, numberCell: true, toCell: (s) => (get(s) === undefined ? '' : String(get(s))), fromCell: (cell, d) => parse(cell.text, d) });
}

function coordinate(limit: number, set: (d: Draft, v: number) => void) {
  return (text: string, d: Draft) => {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return `"${text}" is not a decimal number`;
    const n = Number(text);
    if (Math.abs(n) > limit) return `${text} is out of range`;
    set(d, n);
    return undefined;
  };
}

function age(set: (d: Draft, v: number) => void) {
  return (text: string, d: Draft) => {
    if (!/^\d{1,3}$/.test(text)) return `"${text}" is not a whole number of years`;
    set(d, Number(text));
    return undefined;
  };
}

function categoryColumn(slot: number): Column {
  return enumColumn(
    `category_${slot + 1}`,
    slot === 0 ? 'What the service offers (main category).' : 'A further category, if the service offers more.',
    CATEGORIES,
    (s) => s.categories[slot],
    () => {},
    {
      required: slot === 0,
      allowed: `${words(CATEGORIES)}${slot === 0 ? '' : '; may be empty'}`,
      fromCell: (cell, d) => {
        const value = CATEGORIES.find((c) => c === cell.text.toLowerCase()) ?? cell.text;
        if (!isOneOf(CATEGORIES, value)) return notAllowed(cell.text);
        if (d.categories.includes(value)) return `"${cell.text}" is already given in an earlier category column`;
        d.categories.push(value);
        return undefined;
      },
    },
  );
}

function phoneColumns(slot: number): Column[] {
  const n = slot + 1;
  const phone = (s: Service) => s.phones[slot];
  return [
    col({
      name: `phone_${n}`,
      description: `Phone number ${n}, exactly as dialled. Store it as text so a leading 0 or + is kept.`,
      allowed: "digits only: E.164 (+94…), a national number (0…) or a short code; it must appear in one of the row's sources; may be empty",
      width: 16,
      numberProblem: 'stored as a number: a leading 0 or + may have been lost; format the cell as text',
      toCell: (s) => phone(s)?.number ?? '',
      fromCell: (cell, d) => {
        // People write "+977 1 4231402" or "(021) 2780-8211": the spacing is not part of the number.
        const number = cell.text.replace(/[\s\-().]/g, '');
        const bad = problem(phoneNumber, number);
        if (bad) return `"${cell.text}" is not a phone number`;
        d.phones[slot]!.number = number;
        return undefined;
      },
    }),
    enumColumn(`phone_${n}_kind`, `What phone ${n} is.`, PHONE_KINDS, (s) => phone(s)?.kind, (d, v) => (d.phones[slot]!.kind = v), {
      allowed: `${words(PHONE_KINDS)}; required when phone_${n} has a number`,
    }),
    enumColumn(`phone_${n}_reach`, `Where phone ${n} works from, when the source says.`, PHONE_REACH, (s) => phone(s)?.reach, (d, v) => (d.phones[slot]!.reach = v), {
      allowed: `${words(PHONE_REACH)}; empty means any`,
    }),
  ];
}

const isoCountryProblem = (code: string) => problem(country, code);


export const COLUMNS: readonly Column[] = [
  col({
    name: 'id',
    description: 'Stable identifier of the service. Keep it when editing a row; a new row needs a new id.',
    allowed: 'lower-case letters and digits in words joined by hyphens (e.g. lk-slbfe-hotline), unique in the file',
    required: true,
    width: 28,
    toCell: (s) => s.id,
    fromCell: (cell, d) => {
      const bad = problem(serviceSchema.shape.id, cell.text);
      if (bad) return bad;
      d.id = cell.text;
      return undefined;
    },
  }),
  col({
    name: 'organisation_name',
    description: 'Who provides the service.',
    allowed: PLAIN,
    required: true,
    width: 36,
    toCell: (s) => s.organisation.name,
    fromCell: (cell, d) => {
      const bad = plain(cell.text);
      if (!bad) d.organisation.name = cell.text;
      return bad;
    },
  }),
  enumColumn('organisation_type', 'What kind of organisation it is.', ORGANISATION_TYPES, (s) => s.organisation.type, (d, v) => (d.organisation.type = v), { required: true }),
  urlColumn('organisation_website', "The organisation's own website.", (s) => s.organisation.website, (d, v) => (d.organisation.website = v)),
  englishColumn('name', 'name', "The service's own name, in English.", true, 36),
  englishColumn('description', 'description', 'What they do, in plain words, in English.', true, 60),
  ...Array.from({ length: CATEGORY_SLOTS }, (_, i) => categoryColumn(i)),
  col({
    name: 'country',
    description: 'The country where the service is.',
    allowed: 'an ISO 3166-1 alpha-2 code, e.g. LK',
    required: true,
    width: 9,
    toCell: (s) => s.country,
    fromCell: (cell, d) => {
      // "lk" is LK; "Sri Lanka" is not a code and is reported.
      const code = /^[a-z]{2}$/i.test(cell.text) ? cell.text.toUpperCase() : cell.text;
      const bad = isoCountryProblem(code);
      if (!bad) d.country = code;
      return bad;
    },
  }),
  optionalText('area', 'Province, district or city, when the service covers only part of the country.', (s) => s.area, (d, v) => (d.area = v)),
  optionalText('address', 'Street address to go to, when there is one.', (s) => s.address, (d, v) => (d.address = v)),
  numberColumn('latitude', 'Latitude of the address in decimal degrees (WGS84).', 'a number from -90 to 90; give latitude and longitude together or neither', (s) => s.geo?.lat, coordinate(90, (d, v) => (d.latitude = v))),
  numberColumn('longitude', 'Longitude of the address in decimal degrees (WGS84).', 'a number from -180 to 180; give latitude and longitude together or neither', (s) => s.geo?.lng, coordinate(180, (d, v) => (d.longitude = v))),
  ...Array.from({ length: PHONE_SLOTS }, (_, i) => phoneColumns(i)).flat(),
  col({
    name: 'email',
    description: 'Email address of the service.',
    allowed: 'an email address; may be empty',
    width: 28,
    toCell: (s) => s.email ?? '',
    fromCell: (cell, d) => {
      if (problem(serviceSchema.shape.email, cell.text)) return `"${cell.text}" is not an email address`;
      d.email = cell.text;
      return undefined;
    },
  }),
  urlColumn('website', "The service's own page.", (s) => s.website, (d, v) => (d.website = v)),
  col({
    name: 'hours',
    description: 'Opening hours in local time. Several groups are separated by "; ". Empty means the hours are not known.',
    allowed: 'day codes (mo, tu, we, th, fr, sa, su) joined by commas, a space, then HH:MM-HH:MM in 24-hour time; groups separated by "; ", e.g. mo,tu,we,th,fr 09:00-17:00; sa 09:00-12:00; may be empty',
    width: 34,
    toCell: (s) => formatHours(s.hours),
    fromCell: (cell, d) => {
      const r = parseHours(cell.text);
      if ('error' in r) return r.error;
      d.hours = r.hours;
      return undefined;
    },
  }),
  col({
    name: 'timezone',
    description: 'The time zone the hours are in.',
    allowed: 'an IANA time zone, e.g. Asia/Colombo',
    required: true,
    width: 20,
    toCell: (s) => s.timezone,
    fromCell: (cell, d) => {
      const bad = problem(timeZone, cell.text);
      if (bad) return bad;
      d.timezone = cell.text;
      return undefined;
    },
  }),
  enumColumn('open_24_7', 'Whether the service answers at all hours, every day.', ['yes', 'no'] as const, (s) => (s.open247 ? 'yes' : 'no'), (d, v) => (d.open247 = v === 'yes'), {
    required: true,
    width: 10,
    // Excel turns a typed TRUE into a boolean and people capitalise: both mean the same.
    fromCell: (cell, d) => {
      const v = cell.text.toLowerCase();
      const yes = v === 'yes' || (cell.kind === 'boolean' && v === 'true');
      const no = v === 'no' || (cell.kind === 'boolean' && v === 'false');
      if (!yes && !no) return notAllowed(cell.text);
      d.open247 = yes;
      return undefined;
    },
  }),
  col({
    name: 'languages',
    description: 'Languages staff speak, where the source says.',
    allowed: 'BCP 47 language codes separated by "; ", e.g. en; si; ta; may be empty',
    width: 16,
    toCell: (s) => joinList(s.languages),
    fromCell: (cell, d) => {
      const codes = splitList(cell.text);
      const bad = codes.map((c) => problem(languageTag, c)).find(Boolean);
      if (bad) return bad;
      d.languages = codes;
      return undefined;
    },
  }),
  col({
    name: 'serves_genders',
    description: 'Who the service is for.',
    allowed: `one or more of ${words(GENDERS)}, separated by "; "`,
    required: true,
    width: 16,
    toCell: (s) => joinList(s.serves.genders),
    fromCell: (cell, d) => {
      const values = splitList(cell.text);
      const bad = values.find((v) => !isOneOf(GENDERS, v));
      if (bad !== undefined) return notAllowed(bad);
      d.genders = values as Draft['genders'];
      return undefined;
    },
  }),
  numberColumn('serves_age_min', 'Youngest age served, where the source states it.', 'a whole number of years; may be empty', (s) => s.serves.ages?.min, age((d, v) => (d.ageMin = v))),
  numberColumn('serves_age_max', 'Oldest age served, where the source states it.', 'a whole number of years, not below serves_age_min; may be empty', (s) => s.serves.ages?.max, age((d, v) => (d.ageMax = v))),
  col({
    name: 'serves_nationalities',
    description: 'Whose nationals are served.',
    allowed: 'all, or ISO 3166-1 alpha-2 codes separated by "; ", e.g. LK; NP',
    required: true,
    width: 16,
    toCell: (s) => (s.serves.nationalities === 'all' ? 'all' : joinList(s.serves.nationalities)),
    fromCell: (cell, d) => {
      if (cell.text === 'all') {
        d.nationalities = 'all';
        return undefined;
      }
      const codes = splitList(cell.text);
      if (codes.includes('all')) return '"all" cannot be combined with country codes';
      for (const c of codes) {
        const bad = isoCountryProblem(c);
        if (bad) return bad;
      }
      d.nationalities = codes;
      return undefined;
    },
  }),
  textList('serves_statuses', 'Which people it serves (e.g. undocumented migrants accepted).', (s) => s.serves.statuses, (d, v) => (d.statuses = v), 'migrant workers; refugees'),
  englishColumn('eligibility', 'eligibility', 'Conditions a person must meet, in English.', false),
  englishColumn('how_to_access', 'howToAccess', 'Steps to get help, in English.', false),
  enumColumn('cost', 'What it costs the person.', COSTS, (s) => s.cost, (d, v) => (d.cost = v), { required: true }),
  englishColumn('cost_note', 'costNote', 'What the fee is, where cost is fee or sliding, in English.', false, 30),
  enumColumn('referral', 'Whether a person can go directly (self) or needs a referral.', REFERRALS, (s) => s.referral, (d, v) => (d.referral = v), { required: true }),
  englishColumn('confidentiality', 'confidentiality', 'What happens to what a person tells them, in English.', false, 40),
  textList('accessibility', 'Access for disabled people (wheelchair access, sign language…).', (s) => s.accessibility, (d, v) => (d.accessibility = v), 'wheelchair access; sign language'),
  enumColumn('status', 'Whether the service is current.', SERVICE_STATUSES, (s) => s.status, (d, v) => (d.status = v), {
    required: true,
    allowed: `${words(SERVICE_STATUSES)}; must be unverified when a cited source is unconfirmed`,
  }),
  col({
    name: 'last_verified',
    description: 'When the row was last checked against its sources.',
    allowed: 'a date written YYYY-MM-DD, e.g. 2026-11-24',
    required: true,
    width: 13,
    dateCell: true,
    toCell: (s) => s.lastVerified,
    fromCell: (cell, d) => {
      if (!isIsoDate(cell.text)) return `"${cell.text}" is not a date YYYY-MM-DD`;
      const wrong = problem(verifiedDate, cell.text);
      if (wrong) return `${cell.text} is ${wrong}`;
      d.lastVerified = cell.text;
      return undefined;
    },
  }),
  col({
    name: 'verified_by',
    description: "Who checked it: a role, never a person's name.",
    allowed: `${PLAIN}: a role, not a person's name`,
    required: true,
    width: 30,
    toCell: (s) => s.verifiedBy,
    fromCell: (cell, d) => {
      const bad = plain(cell.text);
      if (!bad) d.verifiedBy = cell.text;
      return bad;
    },
  }),
  col({
    name: 'sources',
    description: 'The sources the row rests on; phones and websites must appear in them.',
    allowed: 'ids from src/content/data/sources.json separated by "; ", e.g. F001; F085',
    required: true,
    width: 14,
    toCell: (s) => joinList(s.sources),
    fromCell: (cell, d) => {
      const ids = splitList(cell.text);
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice) return `"${twice}" is listed twice`;
      d.sources = ids;
      return undefined;
    },
  }),
];

export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

export function column(name: string): Column {
  const c = COLUMNS.find((x) => x.name === name);
  if (!c) throw new Error(`No column "${name}"`);
  return c;
}
