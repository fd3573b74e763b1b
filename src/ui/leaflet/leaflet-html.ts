/**
 * A corridor leaflet: one self-contained HTML file ("Nepal → Qatar, in Nepali") that is
 * forwarded as a chat document, over Bluetooth or on a memory card, and read with no
 * connection. No script, no storage, no file or request beyond itself: its CSP allows only its
 * own hashed style and data: fonts and images. The same function runs in the build and on the
 * phone, so a file made offline from the cached pack is the file the build publishes.
 */
import type { Pack, PackPhone, PathwayEntry, ServiceEntry } from '../../content/pack';
import { callNumber, telHref, waLink } from '../../content/corridor';
import { styleHash } from '../../app/csp';
import { pathFor } from '../../app/routes';
import { countryName, formatDate } from '../../i18n/format';
import { language } from '../../i18n/languages';
import { createTranslator } from '../../i18n/translator';
import { leafletContent } from './leaflet-content';
import { leafletStyle, type LeafletFont } from './leaflet-style';

export interface LeafletOptions {
  /** Where the full app lives, e.g. https://saferoute.example; the leaflet's one web link. */
  appOrigin: string;
  /** ISO date the file was made. */
  built: string;
  font?: LeafletFont;
  /** Said in a CSS comment; used where a script font was left out. */
  styleNote?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const e = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Corridor = Pick<PathwayEntry, 'origin' | 'destination'>;
const corridorName = (p: Corridor) => `${p.origin.toLowerCase()}-${p.destination.toLowerCase()}`;

/** The built leaflet's name inside its language folder: np-qa.html. */
export const leafletFileName = (pathway: Corridor) => `${corridorName(pathway)}.html`;

/** The name of a leaflet saved on a phone, which says corridor and language: saferoute-np-qa-ne.html. */
export const leafletDownloadName = (pathway: Corridor, lang: string) => `saferoute-${corridorName(pathway)}-${lang}.html`;

/** The full app's page for this corridor, opened in the leaflet's language and journey. */
export const leafletAppUrl = (appOrigin: string, lang: string, pathway: Pick<PathwayEntry, 'id' | 'origin' | 'destination'>) =>
  appOrigin.replace(/\/$/, '') + pathFor({ name: 'pathway', lang, id: pathway.id }, { from: pathway.origin, to: pathway.destination });

const list = (items: readonly string[], tag: 'ul' | 'ol' = 'ul', cls = '') =>
  items.length ? `<${tag}${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</${tag}>` : '';

/** Text that fell back to English is marked so, or a screen reader reads it with the wrong voice. */
const langAttr = (fallback: boolean) => (fallback ? ' lang="en" dir="ltr"' : '');

export async function leafletHtml(pack: Pack, pathway: PathwayEntry, options: LeafletOptions): Promise<string> {
  const t = createTranslator(pack);
  const lang = language(pack.lang);
  const { risks, services, sources } = leafletContent(pack, pathway);
  const from = countryName(pathway.origin, pack.lang);
  const to = countryName(pathway.destination, pack.lang);
  const text = pathway.text;
  const appUrl = leafletAppUrl(options.appOrigin, pack.lang, pathway);
  const css = leafletStyle(lang.fontStack, options.font, options.styleNote);
  const csp = `default-src 'none'; style-src '${await styleHash(css)}'; img-src data:${options.font ? '; font-src data:' : ''}`;

  const phoneLinks = (service: ServiceEntry) => {
    const call = callNumber(service);
    const links: string[] = [];
    if (call) links.push(contact(telHref(call), t('service.call'), call, service.country, ''));
    for (const p of service.phones.filter((p) => p.kind === 'whatsapp')) {
      const href = waLink(p);
      if (href) links.push(contact(href, t('service.whatsapp'), p, service.country, ' wa'));
    }
    return links.join('');
  };
  const contact = (href: string, label: string, p: PackPhone, country: string, cls: string) => {
    // Unlike the app (national at home, international abroad), a file does not know where it is
    // read: the same copy is forwarded at home and abroad, so it shows the form that dials from
    // anywhere, and marks the numbers that work only inside their country.
    const shown = p.international ?? p.national;
    const reach =
      p.reach === 'in-country' || !p.e164
        ? t('helpline.onlyIn', { country: countryName(country, pack.lang) })
        : p.reach === 'from-abroad'
          ? t('service.fromAbroad')
          : '';
    return `<a class="contact${cls}" href="${e(href)}">${e(label)} <bdi dir="ltr">${e(shown)}</bdi></a>${reach ? ` <small>(${e(reach)})</small>` : ''} `;
  };

  const riskHtml = risks
    .map(
      (r) => `<section${langAttr(r.fallback)}><h3>${e(r.text.title)}</h3><p>${e(r.text.summary)}</p>
<p><strong>${e(t('risk.signs'))}</strong></p>${list(r.text.signs, 'ul', 'signs')}
<p><strong>${e(t('risk.actions'))}</strong></p>${list(r.text.actions, 'ol')}
<p class="meta">${e(t('record.lastChecked', { date: formatDate(r.lastVerified, pack.lang) }))}</p></section>`,
    )
    .join('\n');

  const steps = pathway.steps
    .map((s) => text.steps[s.id])
    .filter((s) => !!s)
    .map((s) => `<li><strong>${e(s.title)}</strong>${s.detail ? `<br>${e(s.detail)}` : ''}</li>`)
    .join('');

  // Official websites as text, not links: the leaflet's only web link is the app's.
  const officialLinks = pathway.links
    .map((l) => {
      const label = text.links[l.id];
      if (!label) return '';
      if (l.dial) return `<li>${e(label)}: <a href="${e(telHref(l.dial))}"><bdi dir="ltr">${e(l.dial.international ?? l.dial.national)}</bdi></a></li>`;
      return l.url ? `<li>${e(label)}: <bdi dir="ltr">${e(l.url)}</bdi></li>` : '';
    })
    .join('');

  const serviceHtml = services
    .map(
      (s) => `<div class="service"${langAttr(s.fallback)}><h3>${e(s.text.name)}</h3><p class="meta">${e(countryName(s.country, pack.lang))}${
        s.open247 ? ` · ${e(t('service.open247'))}` : ''
      }</p><p>${phoneLinks(s)}</p>${s.website ? `<p class="meta">${e(t('service.website'))}: <bdi dir="ltr">${e(s.website)}</bdi></p>` : ''}</div>`,
    )
    .join('\n');

  const sourceHtml = sources
    .map((s) => `<li lang="en" dir="ltr"><bdi>${e(s.title)}</bdi> <small>(${e(t('record.seen', { date: formatDate(s.seen, pack.lang) }))})</small></li>`)
    .join('');

  return `<!doctype html>
<html lang="${e(pack.lang)}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(`${t('app.name')}: ${from} → ${to}`)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${e(from)} → ${e(to)}</h1>
<p class="lead"${langAttr(pathway.fallback)}>${e(text.title)}</p>
${pack.review === 'machine' ? `<p class="note">${e(t('review.machine'))}</p>` : ''}
<p>${e(t('leaflet.intro'))}</p>
</header>
<main>
<section>
<h2>${e(t('handout.hotlines'))}</h2>
${serviceHtml}
</section>
<section>
<h2>${e(t('leaflet.risks'))}</h2>
${riskHtml}
</section>
<section${langAttr(pathway.fallback)}>
<h2>${e(t('pathway.channel'))}</h2>
<p><strong>${e(text.scheme)}</strong></p>
<p>${e(text.summary)}</p>
<p>${e(text.channel)}</p>
<h3>${e(t('pathway.whoMayApply'))}</h3>${list(text.whoMayApply)}
<h3>${e(t('pathway.steps'))}</h3><ol>${steps}</ol>
${text.documents.length ? `<h3>${e(t('pathway.documents'))}</h3>${list(text.documents)}` : ''}
<h3>${e(t('pathway.fees'))}</h3>${list(text.fees)}
<h3>${e(t('pathway.verify'))}</h3>${list(text.verify)}
${officialLinks ? `<h3>${e(t('pathway.links'))}</h3><ul>${officialLinks}</ul>` : ''}
<p class="meta">${e(t('record.lastChecked', { date: formatDate(pathway.lastVerified, pack.lang) }))}</p>
</section>
<a class="app" href="${e(appUrl)}">${e(t('leaflet.openApp'))}<br><small><bdi dir="ltr">${e(appUrl)}</bdi></small></a>
<section>
<h2>${e(t('record.sources'))}</h2>
<ul class="sources">${sourceHtml}</ul>
</section>
</main>
<footer><p class="meta">${e(t('leaflet.built', { date: formatDate(options.built, pack.lang) }))}</p></footer>
</body>
</html>
`;
}
