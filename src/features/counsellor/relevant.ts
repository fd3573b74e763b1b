/**
 * What to hand over after the conversation: the risk messages behind the red flags, the legal
 * pathway for the corridor, and the help on both ends of it.
 */
import { helpLines } from '../../content/corridor';
import type { Pack, PathwayEntry, RiskEntry, ServiceEntry } from '../../content/pack';
import type { FlagId } from '../../storage/counsellor-tally';
import { itemKey, type ItemRef } from '../../ui/handout/items';
import { FLAG_RISKS, flaggedRiskIds } from './red-flags';

export interface Relevant {
  risks: RiskEntry[];
  pathways: PathwayEntry[];
  services: ServiceEntry[];
}

export function relevantPages(pack: Pack, flags: readonly FlagId[], origin?: string, destination?: string): Relevant {
  const risks = flaggedRiskIds(flags)
    .map((id) => pack.risks.find((r) => r.id === id))
    .filter((r): r is RiskEntry => !!r);
  const pathways = origin && destination ? pack.pathways.filter((p) => p.origin === origin && p.destination === destination) : [];
  const countries = [...new Set([destination, origin].filter((c): c is string => !!c))];
  const bureau = origin
    ? pack.services.filter((s) => s.country === origin && s.categories.includes('migrant-bureau') && s.status !== 'inactive')
    : [];
  // At the pre-departure desk the traveller is still at home, but the help that matters most
  // is where they are going: destination lines first, each labelled where it works.
  const lines = helpLines(pack, countries, destination ?? origin, 4, origin).map((l) => l.service);
  const services = [...new Map([...lines, ...bureau].map((s) => [s.id, s])).values()];
  return { risks, pathways, services };
}

/** Every relevant page as a hand-over item, in the order they are listed and handed over. */
export function relevantRefs(rel: Relevant): ItemRef[] {
  return [
    ...rel.risks.map((r) => ({ kind: 'risk' as const, id: r.id })),
    ...rel.pathways.map((p) => ({ kind: 'pathway' as const, id: p.id })),
    ...rel.services.map((s) => ({ kind: 'service' as const, id: s.id })),
  ];
}

/** How many items are ticked at first: the sheet still fits one page and the QR code scans easily. */
export const DEFAULT_ITEMS = 8;

/**
 * The items ticked at first, as keys (r.id, p.id, s.id): each flag's main risk message, the
 * legal pathway, the helplines and the origin's bureau, then the other risk messages.
 */
export function defaultSelection(rel: Relevant, flags: readonly FlagId[], limit = DEFAULT_ITEMS): string[] {
  const main = new Set(flags.map((f) => FLAG_RISKS[f][0]));
  const refs = relevantRefs(rel);
  const order = [
    ...refs.filter((r) => r.kind === 'risk' && main.has(r.id)),
    ...refs.filter((r) => r.kind !== 'risk'),
    ...refs.filter((r) => r.kind === 'risk' && !main.has(r.id)),
  ];
  return order.slice(0, limit).map(itemKey);
}
