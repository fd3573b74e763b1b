/** A pathway's steps as a checklist whose ticks survive reloads, offline, on this device only. */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../../app/context';
import type { PathwayEntry } from '../../../content/pack';
import type { PathwayText } from '../../../content/model';
import { loadProgress, saveStep } from '../../../storage/checklist-progress';
import { ReadAloud } from '../../../ui/read-aloud';

export function Checklist({ pathway, text, textLang }: { pathway: PathwayEntry; text: PathwayText; textLang: string }) {
  const { t, interactive } = useApp();
  const [done, setDone] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (!interactive) return;
    loadProgress(pathway.id)
      .then(setDone)
      .catch(() => setDone([]))
      .finally(() => setLoaded(true));
  }, [pathway.id, interactive]);

  const total = pathway.steps.length;
  const count = pathway.steps.filter((s) => done.includes(s.id)).length;
  return (
    <section class="checklist" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('pathway.steps')}</h2>
      <p class="progress" aria-live="polite">
        {t('pathway.progress', { count, total })}
      </p>
      <progress max={total} value={count} aria-hidden="true" />
      <ol>
        {pathway.steps.map((step) => {
          const s = text.steps[step.id];
          if (!s) return null;
          return (
            <li key={step.id}>
              <label>
                <input
                  type="checkbox"
                  name={step.id}
                  checked={done.includes(step.id)}
                  disabled={!interactive || !loaded}
                  onChange={(e) => {
                    void saveStep(pathway.id, step.id, e.currentTarget.checked).then(setDone);
                  }}
                />
                <span class="step-title">{s.title}</span>
              </label>
              {s.detail && <p class="step-detail">{s.detail}</p>}
              <ReadAloud lang={textLang} text={() => [s.title, s.detail ?? ''].join('\n')} />
            </li>
          );
        })}
      </ol>
      <p class="hint">{t('pathway.savedOnDevice')}</p>
    </section>
  );
}
