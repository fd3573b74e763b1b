/**
 * The button that makes a corridor leaflet on this phone. Only the button is in the page's
 * script (the first-screen budget has about 100 bytes to spare); the leaflet code, and even
 * its failure message, load on the first tap.
 */
import { useApp } from '../../app/context';
import type { PathwayEntry } from '../../content/pack';

export function SaveLeafletButton({ pathway }: { pathway: PathwayEntry | undefined }) {
  const { t, interactive, pack } = useApp();
  if (!interactive || !pathway) return null;
  return (
    <button
      type="button"
      class="secondary save-leaflet"
      onClick={(event) => {
        const button = event.currentTarget;
        void import('./save-leaflet').then((m) => m.saveFromButton(button, pack, pathway, t));
      }}
    >
      {t('leaflet.save')}
    </button>
  );
}
