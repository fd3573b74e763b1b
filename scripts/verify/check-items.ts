/**
 * What a verifier re-checks for each record: every phone number, website and e-mail address
 * it shows, one at a time, and the record's remaining claims (hours, steps, fees, warnings)
 * as a whole against its cited sources. The due sheet lists these; its import matches rows
 * back to them, so a row can only confirm something the record really holds today.
 */
import type { Pathway, Risk, Service } from '../../src/content/model';

export const RECORD_TYPES = ['service', 'pathway', 'risk'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const CHECK_KINDS = ['phone', 'website', 'email', 'claims'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckItem {
  check: CheckKind;
  /** The phone number, URL or address as stored; empty for "claims". */
  value: string;
  /** Source ids that may confirm it: the record's own, or a pathway link's. */
  sources: string[];
}

export type VerifiableRecord = { type: 'service'; record: Service } | { type: 'pathway'; record: Pathway } | { type: 'risk'; record: Risk };

/** The record's items in the order a checker meets them on its page; each value once. */
export function checkItems(r: VerifiableRecord): CheckItem[] {
  const items: CheckItem[] = [];
  const add = (check: CheckKind, value: string | undefined, sources: string[]) => {
    if (value === undefined) return;
    if (items.some((i) => i.check === check && i.value === value)) return;
    items.push({ check, value, sources });
  };
  const own = r.record.sources;
  if (r.type === 'service') {
    const s = r.record;
    for (const p of s.phones) add('phone', p.number, own);
    add('website', s.website, own);
    add('website', s.organisation.website, own);
    add('email', s.email, own);
  } else if (r.type === 'pathway') {
    for (const link of r.record.links) {
      add('phone', link.phone, link.sources);
      add('website', link.url, link.sources);
    }
  }
  const stepSources = r.type === 'pathway' ? r.record.steps.flatMap((s) => s.sources) : [];
  add('claims', '', [...new Set([...own, ...stepSources])]);
  return items;
}

/** The key a sheet row and a record's item share. */
export const itemKey = (type: RecordType, id: string, check: string, value: string) => `${type}\u0000${id}\u0000${check}\u0000${value}`;
