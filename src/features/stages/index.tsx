import { useApp } from '../../app/context';
import { pathFor, type StageId } from '../../app/routes';

export function StagePage({ stage }: { stage: StageId }) {
  const { pack, t, lang } = useApp();
  const risks = pack.risks
    .filter((r) => r.stage === stage)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return (
    <>
      <h1>{t(`stage.${stage}.title`)}</h1>
      <p class="lead">{t(`stage.${stage}.intro`)}</p>
      <section aria-labelledby="risks-heading">
        <h2 id="risks-heading">{t('stage.risks')}</h2>
        <ul class="card-list">
          {risks.map((r) => (
            <li key={r.id} class={`card risk-card severity-${r.severity}`}>
              <a class="card-link" href={pathFor({ name: 'risk', lang, id: r.id })} lang={r.fallback ? 'en' : undefined}>
                <span class="card-title">{r.text.title}</span>
                <span class="card-sub">{r.text.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {stage === 'before' && (
        <p>
          <a class="button secondary" href={pathFor({ name: 'pathways', lang })}>
            {t('stage.pathways')}
          </a>
        </p>
      )}
      <p>
        <a class="button" href={pathFor({ name: 'services', lang })}>
          {t('stage.services')}
        </a>
      </p>
    </>
  );
}

export function StageScreen() {
  const { route } = useApp();
  return route.name === 'stage' ? <StagePage stage={route.stage} /> : null;
}
