/** "Clear everything on this device": IndexedDB, every cache, the service worker, web storage. */
import { closeDatabase, DB_NAME } from './db';

export async function clearEverything(): Promise<void> {
  await closeDatabase();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    // "blocked" means another tab holds it open; it is deleted as soon as that tab closes.
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  if ('caches' in self) for (const key of await caches.keys()) await caches.delete(key);
  if ('serviceWorker' in navigator) {
    for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister();
  }
  localStorage.clear();
  sessionStorage.clear();
}
