/** The share sheet for phones without the Web Share API: loaded only when someone taps Share. */
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import { QrCode } from '../qr-code';
import { shareLink, type ShareContent, type ShareTarget } from './share-targets';

const TARGETS: ShareTarget[] = ['whatsapp', 'viber', 'telegram', 'facebook', 'sms'];
const LABEL_KEYS: Record<ShareTarget, string> = {
  whatsapp: 'share.whatsapp',
  viber: 'share.viber',
  telegram: 'share.telegram',
  facebook: 'share.facebook',
  sms: 'share.sms',
};

export function ShareSheet({ content, onClose }: { content: ShareContent; onClose: () => void }) {
  const { t, lang } = useApp();
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content.url);
    } catch {
      // Older browsers: select the visible field so the person can copy it themselves.
      (document.getElementById('share-url') as HTMLInputElement | null)?.select();
    }
    setCopied(true);
  };
  return (
    <div class="share-sheet card" role="group" aria-label={t('share.title')}>
      <p>{t('share.intro')}</p>
      <ul class="share-targets">
        {TARGETS.map((target) => (
          <li key={target}>
            <a
              class={`button secondary share-${target}`}
              href={shareLink(target, content)}
              rel="noreferrer noopener"
              target={target === 'sms' || target === 'viber' ? undefined : '_blank'}
            >
              {t(LABEL_KEYS[target])}
            </a>
          </li>
        ))}
      </ul>
      <p class="copy-row">
        <input id="share-url" type="url" readOnly value={content.url} aria-label={t('share.copy')} dir="ltr" />
        <button type="button" onClick={() => void copy()}>
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </p>
      <p class="share-extras">
        <button type="button" class="secondary" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {t('share.qr')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void import('./card-image').then((m) => m.downloadCard({ ...content, lang }))}
        >
          {t('share.card')}
        </button>
        <button type="button" class="link-button" onClick={onClose}>
          {t('share.close')}
        </button>
      </p>
      {showQr && <QrCode value={content.url} label={t('share.qrLabel')} />}
    </div>
  );
}
