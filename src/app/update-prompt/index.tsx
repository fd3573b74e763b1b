/** "A new version is ready": shown only when a new service worker waits, applied only when asked. */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context';
import { applyUpdate, onUpdateReady } from '../service-worker';

export function UpdatePrompt() {
  const { t } = useApp();
  const [ready, setReady] = useState(false);
  useEffect(() => onUpdateReady(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <div class="update-prompt" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
      <button type="button" class="secondary" onClick={() => setReady(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
