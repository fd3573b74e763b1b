/**
 * Share a page in a few taps. The phone's own share sheet where there is one (Web Share API);
 * otherwise our sheet (WhatsApp, Viber, Telegram, Facebook, SMS, copy link, QR code, a picture
 * to post), loaded on the first tap. The link opens in the sharer's language.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import type { ShareContent } from './share-targets';
import { shareText } from './sms';
import { helpLines, readerCountry } from '../../content/corridor';
import { findLanguage } from '../../i18n/languages';

type Sheet = ComponentType<{ content: ShareContent; onClose: () => void }>;

export function ShareButton({ title, summary, path }: { title: string; summary: string; path: string }) {
  const { t, interactive, pack, lang, corridor } = useApp();
  const [Sheet, setSheet] = useState<Sheet | null>(null);
  if (!interactive) return null;
  const here = readerCountry(corridor, findLanguage(lang)?.homeCountry);
  const countries = [...new Set([here, corridor.to, corridor.from].filter((c): c is string => !!c))];
  const [line] = helpLines(pack, countries, here, 1, corridor.from ?? findLanguage(lang)?.homeCountry);
  const helpline = line && line.works ? t('share.helpline', { number: line.phone.e164 ? line.phone.international : line.phone.national }) : undefined;
  const content: ShareContent = { title, summary, helpline, url: new URL(path, location.origin).href };

  const share = async () => {
    if (navigator.share) {
      try {
        // The URL goes in `url` only: many targets append it to the text themselves.
        await navigator.share({ title, text: shareText({ ...content, url: '' }).trim(), url: content.url });
        return;
      } catch (err) {
        // Dismissing the phone's sheet is not a failure; anything else falls back to ours.
        if ((err as DOMException).name === 'AbortError') return;
      }
    }
    const { ShareSheet } = await import('./share-sheet');
    setSheet(() => ShareSheet);
  };

  return (
    <div class="share">
      <button type="button" class="secondary share-button" aria-expanded={!!Sheet} onClick={() => void share()}>
        {t('share.button')}
      </button>
      {Sheet && <Sheet content={content} onClose={() => setSheet(null)} />}
    </div>
  );
}
