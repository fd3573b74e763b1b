/**
 * Quick exit: leaves for a neutral page at once. It is a form rather than a link so that it
 * works without JavaScript yet is never followed by link crawlers or prefetchers; with
 * JavaScript it uses location.replace so Back does not return here.
 */
import { useApp } from '../context';

export const QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';

export function leaveNow(): void {
  location.replace(QUICK_EXIT_URL);
}

export function QuickExit() {
  const { t } = useApp();
  return (
    <form
      class="quick-exit"
      action="https://www.google.com/search"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        leaveNow();
      }}
    >
      <input type="hidden" name="q" value="weather" />
      <button type="submit" title={t('quickExit.hint')} aria-keyshortcuts="Escape">
        {t('quickExit.label')}
      </button>
    </form>
  );
}

/** Escape leaves the app from anywhere, unless it is closing something open (a menu or dialog). */
export function bindQuickExitKey(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (document.querySelector('details[open], dialog[open]')) return;
    leaveNow();
  });
}
