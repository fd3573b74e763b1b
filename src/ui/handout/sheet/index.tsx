/**
 * The one-page safety sheet a traveller takes away: helplines first (where trouble happens
 * first), then the pages the counsellor chose, each with a link short enough to type, and a
 * QR code that opens the same sheet on their phone. Rendered from one pack, in its language,
 * whatever the language of the page around it (the counsellor's screen prints it too).
 */
import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { pathFor } from '../../../app/routes';
import { callNumber, displayNumber, helpLines, telHref } from '../../../content/corridor';
import { HelpLineLink } from '../../help-line';
import type { Pack } from '../../../content/pack';
import { findLanguage } from '../../../i18n/languages';
import { Icon } from '../../../ui/icon';
import { QrCode } from '../../../ui/qr-code';
import { resolveItems, type ItemRef, type ResolvedItem } from '../items';

export interface HandoutSheetProps {
  pack: Pack;
  t: TFunction;
  refs: readonly ItemRef[];
  to?: string;
  from?: string;
  /** The full hand-over URL, for the QR code; omitted while prerendering. */
  url?: string;
  /** Where the app is served (e.g. saferoute.example), for links a person can type. */
  host?: string;
  class?: string;
  children?: ComponentChildren;
}

function itemText(item: ResolvedItem): { title: string; summary: string } {
  if (item.kind === 'service') return { title: item.entry.text.name, summary: item.entry.text.description };
  return { title: item.entry.text.title, summary: item.entry.text.summary };
}

export function HandoutSheet({ pack, t, refs, to, from, url, host, class: className, children }: HandoutSheetProps) {
  const home = findLanguage(pack.lang)?.homeCountry;
  const countries = [...new Set([to, from ?? home].filter((c): c is string => !!c))];
  // The sheet travels with the traveller: the numbers that work where they are going come first.
  const here = to ?? from ?? home;
  const lines = helpLines(pack, countries, here, 3, from ?? home);
  const shown = new Set(lines.map((l) => l.service.id));
  const items = resolveItems(pack, refs).filter((i) => !(i.kind === 'service' && shown.has(i.entry.id)));
  const fallbackAttrs = (fallback: boolean) => (fallback ? { lang: 'en', dir: 'ltr' as const } : {});

  return (
    <article class={`handout${className ? ` ${className}` : ''}`} lang={pack.lang} dir={pack.dir}>
      <h1 class="handout-title">{t('handout.title')}</h1>
      <div class="handout-top">
        <section class="handout-hotlines" aria-labelledby="handout-hotlines">
          <h2 id="handout-hotlines">{t('handout.hotlines')}</h2>
          {lines.length > 0 && (
            <ul>
              {lines.map((line) => (
                <li key={line.service.id} data-item={`s.${line.service.id}`}>
                  <HelpLineLink line={line} here={here} class="handout-tel" t={t} lang={pack.lang} />
                </li>
              ))}
            </ul>
          )}
          <p class="handout-more">
            <a href={pathFor({ name: 'services', lang: pack.lang }, { category: 'hotline' })}>{t('helpline.more')}</a>
          </p>
        </section>
        {url && items.length > 0 && (
          <figure class="handout-qr">
            <QrCode value={url} label={t('share.qrLabel')} size={264} />
          </figure>
        )}
      </div>
      {items.length > 0 ? (
        <section class="handout-pages" aria-labelledby="handout-pages">
          <h2 id="handout-pages">{t('handout.pages')}</h2>
          <ul class="handout-list">
            {items.map((item) => {
              const { title, summary } = itemText(item);
              const service = item.kind === 'service' ? item.entry : undefined;
              const phone = service && callNumber(service);
              return (
                <li key={item.key} class={`handout-item ${item.kind}`} data-item={item.key} {...fallbackAttrs(item.entry.fallback)}>
                  <h3>{title}</h3>
                  <p class="summary">{summary}</p>
                  {service && phone && (
                    <p class="handout-phone">
                      <a href={telHref(phone)}>
                        <Icon name="phone" /> <bdi dir="ltr">{displayNumber(phone, service.country, here)}</bdi>
                      </a>
                    </p>
                  )}
                  <p class="short-url">
                    <a href={item.path}>
                      <bdi dir="ltr">{`${host ?? ''}${item.path}`}</bdi>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p class="handout-home">
          <a class="button secondary" href={pathFor({ name: 'home', lang: pack.lang })}>
            {t('nav.home')}
          </a>
        </p>
      )}
      {children}
      <p class="handout-foot">
        {t('handout.printed')}
        {host ? (
          <>
            {' · '}
            <bdi dir="ltr">{host}</bdi>
          </>
        ) : null}
      </p>
    </article>
  );
}
