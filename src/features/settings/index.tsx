import { pathFor } from '../../app/routes';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import { fetchManifest } from '../../content/load-pack';
import type { PackManifest } from '../../content/pack';
import { formatBytes } from '../../i18n/format';
import { LANGUAGES } from '../../i18n/languages';
import { clearEverything } from '../../storage/clear-everything';
import { installedPacks, installPack, PackInstallError } from '../../storage/installed-packs';
import { Icon } from '../../ui/icon';
import { keepsNoHistory, setKeepsNoHistory } from '../../storage/private-history';
import { QUICK_EXIT_URL } from '../../app/quick-exit';

type Status = 'idle' | 'downloading' | 'done' | 'failed' | 'no-space';

export function SettingsPage({ manifest: initial }: { manifest?: PackManifest }) {
  const { t, lang, interactive } = useApp();
  const [manifest, setManifest] = useState(initial);
  const [installed, setInstalled] = useState<Record<string, { sha256: string }>>({});
  const [status, setStatus] = useState<Record<string, Status>>({});
  const [used, setUsed] = useState<number | undefined>();
  const [noHistory, setNoHistory] = useState(false);

  const refresh = async () => {
    setInstalled(await installedPacks().catch(() => ({})));
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    setUsed(estimate?.usage);
  };

  useEffect(() => {
    if (!interactive) return;
    setNoHistory(keepsNoHistory());
    if (!manifest) fetchManifest().then(setManifest, () => undefined);
    void refresh();
  }, [interactive]);

  const download = async (code: string) => {
    const entry = manifest?.packs[code];
    if (!entry) return;
    setStatus((s) => ({ ...s, [code]: 'downloading' }));
    try {
      await installPack(code, entry);
      setStatus((s) => ({ ...s, [code]: 'done' }));
    } catch (err) {
      setStatus((s) => ({ ...s, [code]: err instanceof PackInstallError && err.reason === 'no-space' ? 'no-space' : 'failed' }));
    }
    await refresh();
  };

  const languages = LANGUAGES.filter((l) => manifest?.packs[l.code]);
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p class="card">
        <a href={pathFor({ name: 'counsellor', lang })}>{t('counsellor.title')}</a>: {t('counsellor.intro')}
      </p>
      <section aria-labelledby="offline-heading" class="card">
        <h2 id="offline-heading">{t('settings.offlineTitle')}</h2>
        <p>{t('settings.offlineIntro')}</p>
        <ul class="download-list">
          {languages.map((l) => {
            const entry = manifest!.packs[l.code]!;
            const have = installed[l.code];
            const current = have?.sha256 === entry.sha256;
            const state = status[l.code] ?? 'idle';
            return (
              <li key={l.code}>
                <span lang={l.code} dir={l.dir} class="native">
                  {l.name}
                </span>{' '}
                <span class="size">{formatBytes(entry.gzipBytes, lang)}</span>{' '}
                {current ? (
                  <span class="tag ok"><Icon name="check" /> {t('settings.downloaded')} · {t('settings.packCurrent')}</span>
                ) : (
                  <button type="button" disabled={!interactive || state === 'downloading'} onClick={() => void download(l.code)}>
                    {state === 'downloading' ? t('settings.downloading') : have ? t('settings.update') : t('settings.download')}
                  </button>
                )}
                {have && !current && <small class="pack-old">{t('settings.packOld')}</small>}
                {state === 'failed' && <p class="notice warning">{t('settings.failed')}</p>}
                {state === 'no-space' && <p class="notice warning">{t('settings.noSpace')}</p>}
              </li>
            );
          })}
        </ul>
        {manifest && <p class="hint build-id">{t('settings.build', { build: manifest.version })}</p>}
      </section>
      <section aria-labelledby="history-heading" class="card">
        <h2 id="history-heading">{t('safety.title')}</h2>
        <label class="check-row">
          <input
            type="checkbox"
            name="no-history"
            checked={noHistory}
            disabled={!interactive}
            onChange={(e) => {
              setKeepsNoHistory(e.currentTarget.checked);
              setNoHistory(keepsNoHistory());
            }}
          />{' '}
          {t('settings.noHistory')}
        </label>
        <p class="hint">{t('settings.noHistoryHelp')}</p>
        <p>
          <a href={pathFor({ name: 'safety', lang })}>{t('settings.browseSafely')}</a>
        </p>
      </section>
      <section aria-labelledby="storage-heading" class="card">
        <h2 id="storage-heading">{t('settings.storageTitle')}</h2>
        <p class="storage-used">{used === undefined ? '…' : t('settings.storageValue', { used: formatBytes(used, lang) })}</p>
      </section>
      <section aria-labelledby="clear-heading" class="card">
        <h2 id="clear-heading">{t('settings.clearTitle')}</h2>
        <p>{t('settings.clearIntro')}</p>
        <button
          type="button"
          class="danger"
          disabled={!interactive}
          onClick={() => {
            if (!confirm(t('settings.clearConfirm'))) return;
            // A neutral page, not one of ours: landing here would re-install the app and refill its caches.
            void clearEverything().finally(() => location.replace(QUICK_EXIT_URL));
          }}
        >
          {t('settings.clear')}
        </button>
        <p class="hint">{t('settings.privacy')}</p>
      </section>
    </>
  );
}

export const SettingsScreen = SettingsPage;
