/**
 * The hand-over link: /{lang}/handout?items=r.visit-visa-work,p.lk-kr,s.lk-slbfe-hotline&to=KR.
 * One-letter prefixes and unencoded commas keep the URL, and so the QR code, small enough to
 * scan from a cracked phone screen or a creased printout. Ids are content ids (a-z, 0-9, -),
 * so nothing needs escaping.
 */
import type { Pack, PathwayEntry, RiskEntry, ServiceEntry } from '../../content/pack';
import { pathFor } from '../../app/routes';

export type ItemKind = 'risk' | 'pathway' | 'service';

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

const PREFIX: Record<ItemKind, string> = { risk: 'r', pathway: 'p', service: 's' };
const KIND: Record<string, ItemKind> = { r: 'risk', p: 'pathway', s: 'service' };
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
/** More than this is not a handout any more, and a longer URL would not scan. */
export const MAX_ITEMS = 20;

export const itemKey = (ref: ItemRef) => `${PREFIX[ref.kind]}.${ref.id}`;

/** Reads the items parameter; malformed entries and repeats are dropped. */
export function parseItems(value: string | null | undefined): ItemRef[] {
  const seen = new Set<string>();
  const refs: ItemRef[] = [];
  for (const part of (value ?? '').split(',')) {
    const dot = part.indexOf('.');
    const kind = KIND[part.slice(0, dot)];
    const id = part.slice(dot + 1);
    if (dot < 0 || !kind || !ID.test(id) || seen.has(part)) continue;
    seen.add(part);
    refs.push({ kind, id });
  }
  return refs.slice(0, MAX_ITEMS);
}

/** A country code from the query, or undefined for anything else. */
export function countryParam(value: string | null | undefined): string | undefined {
  const code = value?.toUpperCase();
  return code && COUNTRY.test(code) ? code : undefined;
}

/** The path of the hand-over page for these items, in the traveller's language. */
export function handoverPath(lang: string, refs: readonly ItemRef[], to?: string, from?: string): string {
  const params = [refs.length ? `items=${refs.map(itemKey).join(',')}` : '', to ? `to=${to}` : '', from ? `from=${from}` : ''].filter(Boolean);
  return pathFor({ name: 'handout', lang }, params.join('&'));
}

export type ResolvedItem =
  | { kind: 'risk'; key: string; path: string; entry: RiskEntry }
  | { kind: 'pathway'; key: string; path: string; entry: PathwayEntry }
  | { kind: 'service'; key: string; path: string; entry: ServiceEntry };

/** The items found in the pack, in the order given; ids the pack does not know are skipped. */
export function resolveItems(pack: Pack, refs: readonly ItemRef[]): ResolvedItem[] {
  const out: ResolvedItem[] = [];
  for (const ref of refs) {
    const key = itemKey(ref);
    if (ref.kind === 'risk') {
      const entry = pack.risks.find((r) => r.id === ref.id);
      if (entry) out.push({ kind: 'risk', key, entry, path: pathFor({ name: 'risk', lang: pack.lang, id: entry.id }) });
    } else if (ref.kind === 'pathway') {
      const entry = pack.pathways.find((p) => p.id === ref.id);
      if (entry) out.push({ kind: 'pathway', key, entry, path: pathFor({ name: 'pathway', lang: pack.lang, id: entry.id }) });
    } else {
      const entry = pack.services.find((s) => s.id === ref.id);
      if (entry) out.push({ kind: 'service', key, entry, path: pathFor({ name: 'service', lang: pack.lang, id: entry.id }) });
    }
  }
  return out;
}
