/**
 * Counsellor mode, for pre-departure desks such as the airport's migrant help desk: a guided
 * conversation in two languages (the counsellor's page language and the traveller's), the red
 * flags it turns up, and a hand-over in the traveller's language. Answers live only in this
 * component's state: nothing the traveller says is stored, and leaving the page forgets it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context';
import type { ScreenProps } from '../../app/screens';
import type { PackManifest } from '../../content/pack';
import { findLanguage, LANGUAGES } from '../../i18n/languages';
import { createTranslator } from '../../i18n/translator';
import type { Voice, Voices } from './bilingual';
import type { Answers } from './questions';
import { loadTravellerPack } from './traveller-pack';

const START = -1;

// Type-only imports above: a value import from the session's modules would pull them into this chunk.
type Session = typeof import('./session');
const loadSession = () => import('./session');

/** Languages with a pack in this build: from the build manifest while prerendering, else the page's meta. */
function builtLanguages(manifest?: PackManifest): string[] {
  if (manifest) return Object.keys(manifest.packs);
  if (typeof document === 'undefined') return [];
  return document.querySelector<HTMLMetaElement>('meta[name="saferoute:languages"]')?.content.split(',') ?? [];
}

export function CounsellorScreen({ manifest }: ScreenProps) {
  const { pack, t, lang, interactive } = useApp();
  const built = useMemo(() => builtLanguages(manifest), [manifest]);
  const [traveller, setTraveller] = useState<Voice>();
  const [choosing, setChoosing] = useState<{ lang: string; failed: boolean }>();
  const [origin, setOrigin] = useState<string>();
  const [step, setStep] = useState(START);
  const [answers, setAnswers] = useState<Answers>({});
  const [tallyOn, setTallyOn] = useState(false);
  /** Whether this conversation is already in the tally: it counts once, however often Back is pressed. */
  const [recorded, setRecorded] = useState(false);
  const [session, setSession] = useState<Session>();
  const latest = useRef('');
  const moved = useRef(false);

  useEffect(() => {
    if (!interactive) return;
    loadSession()
      .then((m) => {
        setSession(m);
        return m.loadTallyEnabled().then(setTallyOn);
      })
      .catch(() => undefined);
  }, [interactive]);

  // Each new screen starts at its heading, for screen readers and for the scroll position.
  useEffect(() => {
    if (moved.current) document.getElementById('step-heading')?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    setStep(next);
  };

  const choose = async (code: string) => {
    latest.current = code;
    setChoosing({ lang: code, failed: false });
    try {
      const [p, m] = await Promise.all([loadTravellerPack(code, pack), loadSession()]);
      if (latest.current !== code) return;
      setSession(m);
      setTraveller({ lang: code, dir: p.dir, t: p === pack ? t : createTranslator(p), pack: p });
      setOrigin(findLanguage(code)?.homeCountry);
      setChoosing(undefined);
    } catch {
      if (latest.current === code) setChoosing({ lang: code, failed: true });
    }
  };

  const enableTally = (on: boolean) => {
    setTallyOn(on);
    void session?.saveTallyEnabled(on).catch(() => undefined);
  };

  const restart = () => {
    setAnswers({});
    setRecorded(false);
    go(START);
  };

  const counsellor: Voice = { lang, dir: pack.dir, t, pack };
  const v: Voices | undefined = traveller && { traveller, counsellor };
  const results = session?.QUESTION_COUNT ?? Infinity;
  const flags = useMemo(() => session?.redFlags(answers) ?? [], [session, answers]);

  return (
    <div class="counsellor">
      <h1>{t('counsellor.title')}</h1>

      {(step === START || !v || !session) && (
        <>
          <p class="lead">{t('counsellor.intro')}</p>
          <p class="your-language">
            {t('counsellor.yourLanguage')}:{' '}
            <strong lang={lang} dir={pack.dir}>
              {findLanguage(lang)?.name}
            </strong>
          </p>
          <section class="traveller-language" aria-labelledby="step-heading">
            <h2 id="step-heading" tabIndex={-1}>
              {t('counsellor.travellerLanguage')}
            </h2>
            <ul class="language-choices">
              {LANGUAGES.filter((l) => built.includes(l.code)).map((l) => (
                <li key={l.code}>
                  <button
                    type="button"
                    class="language-choice"
                    data-lang={l.code}
                    aria-pressed={(choosing?.lang ?? traveller?.lang) === l.code}
                    disabled={!interactive}
                    onClick={() => void choose(l.code)}
                  >
                    <span class="native" lang={l.code} dir={l.dir}>
                      {l.name}
                    </span>
                    <span class="english" lang="en" dir="ltr">
                      {l.englishName}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <p role="status" class="choose-status">
              {choosing && !choosing.failed ? t('status.loading') : ''}
            </p>
            {choosing?.failed && <p class="notice warning">{t('status.packFailed')}</p>}
          </section>

          {v && session && !choosing && <session.StartCard v={v} origin={origin} onOrigin={setOrigin} onStart={() => go(0)} />}

          {session && <session.TallyPanel enabled={tallyOn} onEnable={enableTally} />}
        </>
      )}

      {v && session && step >= 0 && step < results && (
        <session.QuestionStep
          v={v}
          index={step}
          answers={answers}
          origin={origin}
          onAnswer={setAnswers}
          onBack={() => go(step - 1)}
          onNext={() => go(step + 1)}
        />
      )}

      {v && session && step === results && (
        <>
          <session.Results v={v} flags={flags} answers={answers} origin={origin} />
          <session.OutcomeForm flags={flags} enabled={tallyOn} onEnable={enableTally} saved={recorded} onSaved={() => setRecorded(true)} />
          <p class="step-nav">
            <button type="button" class="secondary" onClick={() => go(results - 1)}>
              {t('counsellor.back')}
            </button>
            <button type="button" onClick={restart}>
              {t('counsellor.newSession')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
