import { useApp } from '../../app/context';
import { pathFor } from '../../app/routes';
import type { PathwayEntry } from '../../content/pack';
import { countryName, formatDate, sortCountries } from '../../i18n/format';
import { RecordMeta, UnverifiedNotice } from '../../ui/record-meta';
import { ServiceCards } from '../../ui/service-card';
import { SourceText } from '../../ui/source-text';
import { Checklist } from './checklist';
import { ShareButton } from '../../ui/share';
import { ReadAloud } from '../../ui/read-aloud';
import { SaveLeafletButton } from '../../ui/leaflet';
import { NotFound } from '../../app/not-found';
import type { ScreenProps } from '../../app/screens';
import { Icon } from '../../ui/icon';
import { ExternalLink } from '../../ui/external-link';
import { ListSection } from '../../ui/list-section';
import { CorridorLine } from '../../ui/corridor-line';
import { telHref } from '../../content/corridor';
import { readerFirst } from '../../content/reader-first';

export function PathwayList() {
  const { pack, t, lang } = useApp();
  const byOrigin = new Map<string, PathwayEntry[]>();
  for (const p of pack.pathways) byOrigin.set(p.origin, [...(byOrigin.get(p.origin) ?? []), p]);
  const origins = sortCountries(byOrigin.keys(), lang);
  return (
    <>
      <h1>{t('pathway.all')}</h1>
      <p class="lead">{t('pathway.intro')}</p>
      {origins.map((origin) => (
        <section key={origin} aria-labelledby={`from-${origin}`}>
          <h2 id={`from-${origin}`}>{countryName(origin, lang)}</h2>
          <ul class="card-list">
            {byOrigin.get(origin)!.map((p) => (
              <li key={p.id} class="card">
                <a class="card-link" href={pathFor({ name: 'pathway', lang, id: p.id })} lang={p.fallback ? 'en' : undefined}>
                  <span class="card-title">{p.text.title}</span>
                  <span class="card-sub">
                    <CorridorLine from={p.origin} to={p.destination} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function PathwayPage({ pathway, today }: { pathway: PathwayEntry; today: string }) {
  const { pack, t, lang, corridor } = useApp();
  const here = corridor.at === 'to' && corridor.to === pathway.destination ? pathway.destination : pathway.origin;
  const contacts = readerFirst(
    pathway.contacts.map((id) => pack.services.find((s) => s.id === id)).filter((s) => !!s),
    [here, here === pathway.origin ? pathway.destination : pathway.origin],
    lang,
  );
  const ended = pathway.endsOn && hasEnded(pathway.endsOn, today);
  return (
    <article class="pathway">
      <p class="breadcrumb">
        <a href={pathFor({ name: 'pathways', lang })}>{t('pathway.all')}</a>
      </p>
      <SourceText entry={pathway}>
        {(text, textLang) => (
          <>
            <h1>{text.title}</h1>
            <p class="corridor-line">
              <CorridorLine from={pathway.origin} to={pathway.destination} /> · <bdi>{text.scheme}</bdi>
            </p>
            {pathway.endsOn && (
              <p class="notice warning">
                <Icon name="clock" /> {t(ended ? 'pathway.ended' : 'pathway.endsOn', { date: formatDate(pathway.endsOn, lang) })}
              </p>
            )}
            <UnverifiedNotice status={pathway.status} />
            <p class="lead">{text.summary}</p>
            <p class="actions-row">
              <ReadAloud lang={textLang} text={() => [text.title, text.summary, text.channel].join('\n')} />
              <ShareButton title={text.title} summary={text.summary} path={pathFor({ name: 'pathway', lang, id: pathway.id })} />
              <SaveLeafletButton pathway={pathway} />
            </p>
            <ListSection id="who-heading" heading={t('pathway.whoMayApply')} items={text.whoMayApply} />
            <section aria-labelledby="channel-heading">
              <h2 id="channel-heading">{t('pathway.channel')}</h2>
              <p>{text.channel}</p>
            </section>
            <Checklist pathway={pathway} text={text} textLang={textLang} />
            <ListSection id="docs-heading" heading={t('pathway.documents')} items={text.documents} />
            <ListSection id="fees-heading" heading={t('pathway.fees')} items={text.fees} />
            <ListSection id="verify-heading" heading={t('pathway.verify')} items={text.verify} />
            {pathway.links.length > 0 && (
              <section aria-labelledby="links-heading">
                <h2 id="links-heading">{t('pathway.links')}</h2>
                <ul class="contact-links">
                  {pathway.links.map((l) => (
                    <li key={l.id}>
                      {l.url && (
                        <ExternalLink class="button secondary" href={l.url}>
                          {text.links[l.id]}
                        </ExternalLink>
                      )}
                      {l.dial && (
                        <a class="button" href={telHref(l.dial)}>
                          {text.links[l.id]} <bdi dir="ltr">{l.dial.national}</bdi>
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </SourceText>
      <ServiceCards id="contacts-heading" heading={t('pathway.contacts')} services={contacts} />
      <RecordMeta
        sources={[...new Set([...pathway.sources, ...pathway.steps.flatMap((s) => s.sources)])]}
        lastVerified={pathway.lastVerified}
      />
    </article>
  );
}

export const PathwayListScreen = PathwayList;

export function PathwayScreen({ today }: ScreenProps) {
  const { route, pack } = useApp();
  const pathway = route.name === 'pathway' ? pack.pathways.find((p) => p.id === route.id) : undefined;
  return pathway ? <PathwayPage pathway={pathway} today={today} /> : <NotFound />;
}

/** An end given as a month ("2026-12") lasts to the end of that month. */
export function hasEnded(endsOn: string, today: string): boolean {
  return endsOn.length === 7 ? today.slice(0, 7) > endsOn : endsOn < today;
}
