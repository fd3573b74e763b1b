/**
 * "Browse safely": how to leave no trace of a visit, as domestic-violence services explain it.
 * Someone checking a migrant's phone may be the recruiter or the employer they fear.
 */
import { useApp } from '../../app/context';
import { pathFor } from '../../app/routes';

const STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

export function SafetyScreen() {
  const { t, lang } = useApp();
  return (
    <article class="safety">
      <h1>{t('safety.title')}</h1>
      <p class="lead">{t('safety.intro')}</p>
      <ol class="steps">
        {STEPS.map((s) => (
          <li key={s}>{t(`safety.${s}`)}</li>
        ))}
      </ol>
      <p>
        <a class="button secondary" href={pathFor({ name: 'settings', lang })}>
          {t('nav.settings')}
        </a>
      </p>
    </article>
  );
}
