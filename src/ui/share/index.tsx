/**
 * Share a page in a few taps. The phone's own share sheet where there is one (Web Share API);
 * otherwise WhatsApp, Viber, Telegram, Facebook, SMS and "copy link", a QR code, and a picture
 * to post. The link opens in the sharer's language.
 */
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

export function ShareButton({ title, summary, path }: { title: string; summary: string; path: string }) {
  const { t, lang, interactive } = useApp();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  if (!interactive) return null;
  const content: ShareContent = { title, summary, url: new URL(path, location.origin).href };

  const share = async () => {
    if (navigator.share) {
      try {
        await navigator.share({ title, text: summary, url: content.url });
        return;
      } catch (err) {
        // Dismissing the sheet is not a failure; anything else falls back to our own sheet.
        if ((err as DOMException).name === 'AbortError') return;
      }
    }
    setOpen(true);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content.url);
    } catch {
      const input = document.getElementById('share-url') as HTMLInputElement | null;
      input?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };

  return (
    <div class="share">
      <button type="button" class="secondary share-button" aria-expanded={open} onClick={() => void share()}>
        {t('share.button')}
      </button>
      {open && (
        <div class="share-sheet card" role="group" aria-label={t('share.title')}>
          <p>{t('share.intro')}</p>
          <ul class="share-targets">
            {TARGETS.map((target) => (
              <li key={target}>
                <a class={`button secondary share-${target}`} href={shareLink(target, content)} rel="noreferrer noopener" target={target === 'sms' || target === 'viber' ? undefined : '_blank'}>
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
            <button type="button" class="secondary" onClick={() => void import('./card-image').then((m) => m.downloadCard({ title, summary, url: content.url, lang }))}>
              {t('share.card')}
            </button>
            <button type="button" class="link-button" onClick={() => setOpen(false)}>
              {t('share.close')}
            </button>
          </p>
          {showQr && <QrCode value={content.url} label={t('share.qrLabel')} />}
        </div>
      )}
    </div>
  );
}
