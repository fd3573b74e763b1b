/**
 * Text for two readers at one desk: the traveller's language large, the counsellor's smaller
 * beneath it. Each part carries its own lang and dir, so Urdu reads right to left inside an
 * English page (and English left to right inside an Urdu one), in the right font.
 */
import type { TFunction } from 'i18next';
import type { Pack } from '../../../content/pack';
import type { Direction } from '../../../i18n/languages';

export interface Voice {
  lang: string;
  dir: Direction;
  t: TFunction;
  pack: Pack;
}

export interface Voices {
  traveller: Voice;
  counsellor: Voice;
}

interface BothProps {
  v: Voices;
  /** A UI key, translated in each language… */
  k?: string;
  /** …or the two texts, traveller's first. */
  texts?: [string, string];
  /** Which of the two texts is English standing in for a missing translation. */
  fallback?: [boolean, boolean];
}

export function Both({ v, k, texts, fallback = [false, false] }: BothProps) {
  const [first, second] = texts ?? [v.traveller.t(k!), v.counsellor.t(k!)];
  const a = fallback[0] ? { lang: 'en', dir: 'ltr' as const } : v.traveller;
  const b = fallback[1] ? { lang: 'en', dir: 'ltr' as const } : v.counsellor;
  if (first === second && a.lang === b.lang) {
    return (
      <span class="both">
        <span class="in-traveller" lang={a.lang} dir={a.dir}>
          {first}
        </span>
      </span>
    );
  }
  return (
    <span class="both">
      <span class="in-traveller" lang={a.lang} dir={a.dir}>
        {first}
      </span>{' '}
      <span class="in-counsellor" lang={b.lang} dir={b.dir}>
        {second}
      </span>
    </span>
  );
}

/** "Korea · கொரியா" for a <select>, where only plain text fits: each name isolated for bidi. */
export function bothPlain(first: string, second: string): string {
  return first === second ? first : `\u2068${first}\u2069 · \u2068${second}\u2069`;
}
