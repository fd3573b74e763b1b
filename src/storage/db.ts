/**
 * The one IndexedDB database on the device. Everything in it is the person's own and stays
 * here: checklist ticks, chosen countries, which language packs are installed, and a
 * counsellor's anonymous weekly tally (counts only).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { TallyRecord } from './counsellor-tally';

export const DB_NAME = 'saferoute';

export interface SafeRouteDB extends DBSchema {
  settings: { key: string; value: unknown };
  checklist: { key: string; value: { pathwayId: string; done: string[]; updated: string } };
  installed: { key: string; value: { lang: string; url: string; sha256: string; bytes: number; installed: string } };
  /** Keyed by week start (YYYY-MM-DD), plus one preference record; see counsellor-tally.ts. */
  tally: { key: string; value: TallyRecord };
}

let db: Promise<IDBPDatabase<SafeRouteDB>> | undefined;

export function database(): Promise<IDBPDatabase<SafeRouteDB>> {
  db ??= openDB<SafeRouteDB>(DB_NAME, 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('settings');
        d.createObjectStore('checklist', { keyPath: 'pathwayId' });
        d.createObjectStore('installed', { keyPath: 'lang' });
      }
      if (oldVersion < 2) d.createObjectStore('tally');
    },
    // A newer version of the app in another tab needs to upgrade: step aside rather than
    // leave it waiting forever. This tab reopens the database on its next use.
    blocking() {
      void closeDatabase();
    },
  });
  return db;
}

/** Closes and forgets the connection, so the database can be deleted ("clear everything"). */
export async function closeDatabase(): Promise<void> {
  if (!db) return;
  (await db).close();
  db = undefined;
}
