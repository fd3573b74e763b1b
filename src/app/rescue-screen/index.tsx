/**
 * What a reader sees when their language's text is not on the phone, or arrived damaged and
 * could not be fetched again: a few words in their own language, quick exit, the language
 * picker, and their home country's helplines. Loaded only when it is needed.
 */
import { render } from 'preact';
import { RESCUE_URL } from '../../content/pack-urls';
import type { Rescue } from '../../content/rescue';
import type { PackFailure } from '../../content/pack-integrity';
import { leaveNow } from '../quick-exit';

export type RescueReason = PackFailure | 'offline';

export async function showRescue(root: HTMLElement, lang: string, reason: RescueReason, retry: () => void): Promise<void> {
  let rescue: Rescue | undefined;
  try {
    const res = await fetch(RESCUE_URL);
    if (res.ok) rescue = (await res.json()) as Rescue;
  } catch {
    // Not even the rescue file: fall back to English words below.
  }
  const r = rescue?.[lang] ?? rescue?.en;
  const s = r?.strings ?? {
    offlineLanguage: 'This language is not on your phone yet. Connect to the internet once to load it.',
    packDamaged: 'The text for this language arrived damaged.',
    packUnavailable: 'We could not get a good copy of this language. Connect to the internet, then tap Try again.',
    retry: 'Try again',
    otherLanguage: 'Choose another language',
    quickExit: 'Quick exit',
  };
  const message = reason === 'damaged' ? `${s.packDamaged} ${s.packUnavailable}` : reason === 'offline' ? s.offlineLanguage : s.packUnavailable;
  document.documentElement.lang = rescue?.[lang] ? lang : 'en';
  document.documentElement.dir = r?.dir ?? 'ltr';
  render(
    <main class="rescue" id="main">
      <p class="quick-exit">
        <button type="button" onClick={leaveNow}>
          {s.quickExit}
        </button>
      </p>
      <p class="notice warning" role="alert">
        {message}
      </p>
      {r && r.lines.length > 0 && (
        <ul class="contact-links">
          {r.lines.map((l) => (
            <li key={l.href}>
              <a class="button contact" href={l.href}>
                <bdi dir="ltr">{l.number}</bdi> {l.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="actions-row">
        <button type="button" onClick={retry}>
          {s.retry}
        </button>{' '}
        <a class="button secondary" href="/">
          {s.otherLanguage}
        </a>
      </p>
    </main>,
    root,
  );
}
