/**
 * The one IndexedDB database on the device. Everything in it is the person's own and stays
 * here: checklist ticks, chosen countries, which language packs are installed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'saferoute';

export interface SafeRouteDB extends DBSchema {
  settings: { key: string; value: unknown };
  checklist: { key: string; value: { pathwayId: string; done: string[]; updated: string } };
  installed: { key: string; value: { lang: string; url: string; sha256: string; bytes: number; installed: string } };
}

let db: Promise<IDBPDatabase<SafeRouteDB>> | undefined;

export function database(): Promise<IDBPDatabase<SafeRouteDB>> {
  db ??= openDB<SafeRouteDB>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('settings');
      d.createObjectStore('checklist', { keyPath: 'pathwayId' });
      d.createObjectStore('installed', { keyPath: 'lang' });
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
