/** "Clear everything on this device": IndexedDB, every cache, the service worker, web storage. */
import { closeDatabase, DB_NAME } from './db';

export async function clearEverything(): Promise<void> {
  await closeDatabase();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    // "blocked" means another tab holds it open; it is deleted as soon as that tab closes.
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  // The worker first, so it cannot answer another request and refill what is deleted next.
  if ('serviceWorker' in navigator) {
    for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister();
  }
  if ('caches' in self) for (const key of await caches.keys()) await caches.delete(key);
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage refused: there is nothing in it either.
  }
}
