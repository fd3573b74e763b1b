/**
 * The button that makes a corridor leaflet on this phone. Only the button is in the page's
 * script; the leaflet code loads on the first tap, so the first screen does not grow.
 */
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import type { PathwayEntry } from '../../content/pack';

export function SaveLeafletButton({ pathway }: { pathway: PathwayEntry | undefined }) {
  const { t, interactive, pack } = useApp();
  const [failed, setFailed] = useState(false);
  if (!interactive || !pathway) return null;
  const save = () =>
    import('./save-leaflet')
      .then((m) => m.saveLeaflet(pack, pathway, t('app.name')))
      .then(
        () => setFailed(false),
        () => setFailed(true),
      );
  return (
    <>
      <button type="button" class="secondary save-leaflet" onClick={save}>
        {t('leaflet.save')}
      </button>
      {failed && <span role="alert">{t('leaflet.failed')}</span>}
    </>
  );
}
