import { useApp } from '../../app/context';
import { pathFor } from '../../app/routes';
import type { RiskEntry } from '../../content/pack';
import { RecordMeta, UnverifiedNotice } from '../../ui/record-meta';
import { ServiceCards } from '../../ui/service-card';
import { SourceText } from '../../ui/source-text';
import { NotFound } from '../../app/not-found';
import { ShareButton } from '../../ui/share';
import { ReadAloud } from '../../ui/read-aloud';
import { SaveLeafletButton } from '../../ui/leaflet';
import { PathwayCards } from '../../ui/pathway-cards';
import { ListSection } from '../../ui/list-section';
import { helpLines, readerCountry } from '../../content/corridor';
import { readerCountries, readerFirst } from '../../content/reader-first';
import { findLanguage } from '../../i18n/languages';

export function RiskPage({ risk }: { risk: RiskEntry }) {
  const { pack, t, lang, corridor } = useApp();
  const home = findLanguage(lang)?.homeCountry;
  const countries = readerCountries(corridor, home);
  // The risk's own services, plus the helplines of the reader's countries, theirs first.
  const related = risk.related.services.map((id) => pack.services.find((s) => s.id === id)).filter((s) => !!s);
  const lines = helpLines(pack, countries, readerCountry(corridor, home), 3, corridor.from ?? home).map((l) => l.service);
  const services = readerFirst([...new Map([...lines, ...related].map((s) => [s.id, s])).values()], countries, lang);
  const pathways = risk.related.pathways.map((id) => pack.pathways.find((p) => p.id === id)).filter((p) => !!p);
  // The leaflet for the reader's own journey when the pack has it, else this risk's first pathway.
  const journey = pack.pathways.find((p) => p.origin === corridor.from && p.destination === corridor.to);
  return (
    <article class="risk">
      <p class="breadcrumb">
        <a href={pathFor({ name: 'stage', lang, stage: risk.stage })}>{t(`stage.${risk.stage}.title`)}</a>
      </p>
      <SourceText entry={risk}>
        {(text, textLang) => (
          <>
            <h1>{text.title}</h1>
            <UnverifiedNotice status={risk.status} />
            <p class="lead">{text.summary}</p>
            <p class="actions-row">
              <ReadAloud
                lang={textLang}
                text={() => [text.title, text.summary, ...text.body, t('risk.signs'), ...text.signs, t('risk.actions'), ...text.actions].join('\n')}
              />
              <ShareButton title={text.title} summary={text.summary} path={pathFor({ name: 'risk', lang, id: risk.id })} />
              <SaveLeafletButton pathway={journey ?? pathways[0]} />
            </p>
            {text.body.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            <ListSection class="signs" id="signs-heading" heading={t('risk.signs')} items={text.signs} />
            <ListSection class="actions" id="actions-heading" heading={t('risk.actions')} items={text.actions} ordered />
            {text.testimony && (
              <section class="testimony" aria-labelledby="testimony-heading">
                <h2 id="testimony-heading">{t('risk.testimony')}</h2>
                <blockquote>{text.testimony}</blockquote>
              </section>
            )}
          </>
        )}
      </SourceText>
      <ServiceCards id="help-heading" heading={t('risk.relatedServices')} services={services} />
      <PathwayCards id="pathways-heading" heading={t('risk.relatedPathways')} pathways={pathways} />
      <RecordMeta sources={risk.sources} lastVerified={risk.lastVerified} />
    </article>
  );
}

export function RiskScreen() {
  const { route, pack } = useApp();
  const risk = route.name === 'risk' ? pack.risks.find((r) => r.id === route.id) : undefined;
  return risk ? <RiskPage risk={risk} /> : <NotFound />;
}
