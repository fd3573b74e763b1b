/**
 * A page-sized slice of a language pack: the interface strings, the locale data, and only the
 * records and sources the page actually shows. A prerendered page names its slice, so on 2G
 * the page answers taps once its script and a few KB have arrived, not the whole pack; the
 * full pack follows at idle and replaces the slice, so every page still works offline.
 *
 * Which records a page shows is learnt, not listed: the prerenderer renders the page from a
 * pack that notes every record whose text is read, and every source that is looked up. A
 * record that code only filters or counts by its fields is not shown, so it stays out. Of a
 * shown record, the slice keeps every field that is not text, and those of its text fields
 * the page read (a list shows titles, not bodies); a page that spreads a record or its text
 * takes all of it, which is safe. Pages are whole documents (links load the next page), so
 * nothing renders from a slice that its own prerender did not read; the click-time readers
 * (read aloud, share) sit on detail pages, which render the text they read.
 */
import type { Pack } from './pack';

type RecordKind = 'risks' | 'pathways' | 'services';

export interface TrackedPack {
  /** Render from this instead of the pack. */
  pack: Pack;
  /** The slice holding what has been read from `pack` so far. */
  slice(): Pack;
}

export function trackPack(full: Pack): TrackedPack {
  const read: Record<RecordKind, Map<string, FieldsRead>> = { risks: new Map(), pathways: new Map(), services: new Map() };
  const sources = new Set<string>();
  const watch = <T extends { id: string }>(kind: RecordKind, records: T[]): T[] =>
    records.map((record) => {
      const fields = (): FieldsRead => {
        let seen = read[kind].get(record.id);
        if (!seen) read[kind].set(record.id, (seen = { keys: new Set(), text: new Set(), source: new Set() }));
        return seen;
      };
      return new Proxy(record, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver) as unknown;
          if (typeof key === 'symbol') return value;
          const seen = fields();
          seen.keys.add(key);
          return (key === 'text' || key === 'source') && value && typeof value === 'object' ? watchKeys(value, seen[key]) : value;
        },
        has(target, key) {
          fields().keys.add(key);
          return Reflect.has(target, key);
        },
        // Spreading or copying a record reads all of it.
        ownKeys(target) {
          fields().all = true;
          return Reflect.ownKeys(target);
        },
      });
    });
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
  const keep = <T extends { id: string; text: object; source?: object }>(kind: RecordKind, records: T[]): T[] =>
    records.flatMap((record) => {
      const seen = read[kind].get(record.id);
      if (!seen) return [];
      if (seen.all) return [record];
      const kept = pick(record, seen.keys);
      if ('text' in kept) kept.text = pick(record.text, seen.text);
      if (kept.source) kept.source = pick(record.source!, seen.source);
      return [{ ...kept, id: record.id }];
    });
  return {
    pack,
    slice: () => ({
      ...full,
      slice: true,
      risks: keep('risks', full.risks),
      pathways: keep('pathways', full.pathways),
      services: keep('services', full.services),
      sources: Object.fromEntries(Object.entries(full.sources).filter(([id]) => sources.has(id))),
    }),
  };
}

/** Which fields of a record, and of its text, a page read; `all` once the whole record was copied. */
interface FieldsRead {
  keys: Set<PropertyKey>;
  text: Set<PropertyKey>;
  source: Set<PropertyKey>;
  all?: true;
}

/** The object, noting each field read; iterating it reads every field. */
function watchKeys<T extends object>(value: T, seen: Set<PropertyKey>): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      seen.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    ownKeys(target) {
      for (const key of Reflect.ownKeys(target)) seen.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

function pick<T extends object>(value: T, keys: Set<PropertyKey>): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => keys.has(key))) as T;
}
