/**
 * "Don't keep my history": each page opened in the app replaces the one before in the
 * browser's history, so Back (or someone scrolling the history) leaves SafeRoute at once.
 * Kept in localStorage rather than IndexedDB because a click handler must read it at once;
 * storage can be refused (private modes), and then the option is simply off.
 */
const KEY = 'saferoute:no-history';

export function keepsNoHistory(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setKeepsNoHistory(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing to keep it in: the option stays off, as the settings page then shows.
  }
}

/** Same-origin links replace the current history entry instead of adding one, while the option is on. */
export function bindPrivateHistory(): void {
  document.addEventListener('click', (e) => {
    if (!keepsNoHistory() || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    e.preventDefault();
    location.replace(a.href);
  });
}
