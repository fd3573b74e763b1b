/**
 * What a corridor leaflet carries: the risks that matter on this journey, the services of both
 * countries, and the sources behind all of it. Chosen from the pack alone, so the page and the
 * build pick the same records.
 */
import type { Pack, PathwayEntry, RiskEntry, ServiceEntry, SourceEntry } from '../../content/pack';
import { helpLines } from '../../content/corridor';
import { readerFirst } from '../../content/reader-first';

export interface LeafletContent {
  risks: RiskEntry[];
  services: ServiceEntry[];
  sources: (SourceEntry & { id: string })[];
}

/**
 * A risk belongs on the leaflet when it is about this journey (names one of its countries or
 * this pathway) or is a high-severity risk everywhere. Medium risks about elsewhere are left
 * out: a leaflet that says everything gets read by nobody.
 */
function isKeyRisk(risk: RiskEntry, pathway: PathwayEntry): boolean {
  if (risk.related.pathways.includes(pathway.id)) return true;
  if (risk.countries.length) return risk.countries.includes(pathway.origin) || risk.countries.includes(pathway.destination);
  return risk.severity === 'high';
}

/** Helplines per country beyond the pathway's own contacts; the file must stay small. */
const LINES_PER_COUNTRY = 3;

export function leafletContent(pack: Pack, pathway: PathwayEntry): LeafletContent {
  const countries = [pathway.origin, pathway.destination];
  const risks = pack.risks.filter((r) => isKeyRisk(r, pathway));
  const contacts = pathway.contacts.map((id) => pack.services.find((s) => s.id === id)).filter((s) => !!s);
  // Each country ranked on its own, as dialled from inside it: the leaflet is read before leaving
  // and abroad, and one shared ranking would let home's lines crowd out the destination's.
  const lines = countries.flatMap((c) => helpLines(pack, [c], c, LINES_PER_COUNTRY, pathway.origin)).map((l) => l.service);
  const services = readerFirst([...new Map([...contacts, ...lines].map((s) => [s.id, s])).values()], countries, pack.lang).filter(
    (s) => s.status !== 'inactive',
  );
  const ids = new Set([
    ...pathway.sources,
    ...pathway.steps.flatMap((s) => s.sources),
    ...risks.flatMap((r) => r.sources),
    ...services.flatMap((s) => s.sources),
  ]);
  const sources = [...ids].flatMap((id) => (pack.sources[id] ? [{ id, ...pack.sources[id] }] : []));
  return { risks, services, sources };
}
