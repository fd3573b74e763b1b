/**
 * The page's side of the service worker: register it, tell the UI when an update waits,
 * and apply that update only when the person asks (never a silent skipWaiting mid-page).
 */
import type { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
let updateWaiting = false;
const listeners = new Set<() => void>();

/**
 * Registers /sw.js once the page has loaded. workbox-window is loaded only then, so it never
 * competes with the first render for bytes on a slow link.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    listeners.forEach((fn) => fn());
  });
  await workbox.register();
}

/** Calls fn when a new version is waiting (at once if one already is); returns an unsubscribe. */
export function onUpdateReady(fn: () => void): () => void {
  listeners.add(fn);
  if (updateWaiting) fn();
  return () => listeners.delete(fn);
}

/** Activates the waiting version, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}
