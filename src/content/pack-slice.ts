/**
 * A page-sized slice of a language pack: the interface strings, the locale data, and only the
 * records and sources the page actually shows. A prerendered page names its slice, so on 2G
 * the page answers taps once its script and a few KB have arrived, not the whole pack; the
 * full pack follows at idle and replaces the slice, so every page still works offline.
 *
 * Which records a page shows is learnt, not listed: the prerenderer renders the page from a
 * pack that notes every record whose text is read, and every source that is looked up. A
 * record that code only filters or counts by its fields is not shown, so it stays out; a
 * page that sorts all names or spreads whole records takes them all, which is safe.
 */
import type { Pack } from './pack';

type RecordKind = 'risks' | 'pathways' | 'services';
const TEXT_FIELDS = new Set<PropertyKey>(['text', 'source', 'fallback']);

export interface TrackedPack {
  /** Render from this instead of the pack. */
  pack: Pack;
  /** The slice holding what has been read from `pack` so far. */
  slice(): Pack;
}

export function trackPack(full: Pack): TrackedPack {
  const read: Record<RecordKind, Set<string>> = { risks: new Set(), pathways: new Set(), services: new Set() };
  const sources = new Set<string>();
  const watch = <T extends { id: string }>(kind: RecordKind, records: T[]): T[] =>
    records.map(
      (record) =>
        new Proxy(record, {
          get(target, key, receiver) {
            if (TEXT_FIELDS.has(key)) read[kind].add(target.id);
            return Reflect.get(target, key, receiver) as unknown;
          },
          // Spreading or copying a record reads all of it.
          ownKeys(target) {
            read[kind].add(target.id);
            return Reflect.ownKeys(target);
          },
        }),
    );
  const pack: Pack = {
    ...full,
    risks: watch('risks', full.risks),
    pathways: watch('pathways', full.pathways),
    services: watch('services', full.services),
    sources: new Proxy(full.sources, {
      get(target, key, receiver) {
        if (typeof key === 'string') sources.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        for (const key of Object.keys(target)) sources.add(key);
        return Reflect.ownKeys(target);
      },
    }),
  };
  return {
    pack,
    slice: () => ({
      ...full,
      slice: true,
      risks: full.risks.filter((r) => read.risks.has(r.id)),
      pathways: full.pathways.filter((p) => read.pathways.has(p.id)),
      services: full.services.filter((s) => read.services.has(s.id)),
      sources: Object.fromEntries(Object.entries(full.sources).filter(([id]) => sources.has(id))),
    }),
  };
}
