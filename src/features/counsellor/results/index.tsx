/**
 * After the questions: the red flags found, what to do about each, the pages to hand over
 * (ticked by default, the counsellor may change them), and the hand-over itself: a link, a QR
 * code and a printable one-page sheet, all in the traveller's language.
 */
import { useMemo, useState } from 'preact/hooks';
import type { RiskEntry } from '../../../content/pack';
import { findLanguage } from '../../../i18n/languages';
import type { FlagId } from '../../../storage/counsellor-tally';
import { Icon } from '../../../ui/icon';
import { QrCode } from '../../../ui/qr-code';
import { handoverPath, itemKey } from '../../../ui/handout/items';
import { HandoutSheet } from '../../../ui/handout/sheet';
import { Both, type Voices } from '../bilingual';
import type { Answers } from '../questions';
import { ACTIONS_PER_RISK } from '../red-flags';
import { defaultSelection, relevantPages, relevantRefs } from '../relevant';

interface Props {
  v: Voices;
  flags: FlagId[];
  answers: Answers;
  origin?: string;
}

function RiskActions({ v, risk }: { v: Voices; risk: RiskEntry }) {
  const mine = v.counsellor.pack.risks.find((r) => r.id === risk.id) ?? risk;
  const fallback: [boolean, boolean] = [risk.fallback, mine.fallback];
  return (
    <li class="risk-actions">
      <h3>
        <Both v={v} texts={[risk.text.title, mine.text.title]} fallback={fallback} />
      </h3>
      <ol>
        {risk.text.actions.slice(0, ACTIONS_PER_RISK).map((action, i) => (
          <li key={i}>
            <Both v={v} texts={[action, mine.text.actions[i] ?? action]} fallback={fallback} />
          </li>
        ))}
      </ol>
    </li>
  );
}

export function Results({ v, flags, answers, origin }: Props) {
  const t = v.counsellor.t;
  const tp = v.traveller.pack;
  const cp = v.counsellor.pack;
  const destination = answers.destination;
  const rel = useMemo(() => relevantPages(tp, flags, origin, destination), [tp, flags, origin, destination]);
  const [picked, setPicked] = useState(() => new Set(defaultSelection(rel, flags)));
  const refs = relevantRefs(rel).filter((r) => picked.has(itemKey(r)));
  // The traveller's language already implies the usual origin; say it only when it differs.
  const from = origin && origin !== findLanguage(v.traveller.lang)?.homeCountry ? origin : undefined;
  const path = handoverPath(v.traveller.lang, refs, destination, from);
  const url = new URL(path, location.origin).href;

  const toggle = (key: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const pick = (key: string, texts: [string, string], fallback: [boolean, boolean]) => (
    <li key={key}>
      <label class="check pick">
        <input type="checkbox" checked={picked.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} />
        <Both v={v} texts={texts} fallback={fallback} />
      </label>
    </li>
  );

  return (
    <>
      <section class="red-flags" aria-labelledby="step-heading">
        <h2 id="step-heading" tabIndex={-1}>
          {t('counsellor.redFlags')}
        </h2>
        {flags.length ? (
          <ul class="flag-list">
            {flags.map((f) => (
              <li key={f} class="flag" data-flag={f}>
                <Icon name="warning" />
                <Both v={v} k={`flag.${f}`} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="notice no-flags">
            <Both v={v} k="counsellor.noFlags" />
          </p>
        )}
      </section>

      {rel.risks.length > 0 && (
        <section class="recommended" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('counsellor.actions')}</h2>
          <ul class="risk-action-list">
            {rel.risks.map((r) => (
              <RiskActions key={r.id} v={v} risk={r} />
            ))}
          </ul>
        </section>
      )}

      <section class="relevant" aria-labelledby="relevant-heading">
        <h2 id="relevant-heading">{t('counsellor.relevant')}</h2>
        {rel.risks.length > 0 && (
          <>
            <h3>{t('stage.risks')}</h3>
            <ul class="pick-list">
              {rel.risks.map((r) => {
                const mine = cp.risks.find((x) => x.id === r.id) ?? r;
                return pick(`r.${r.id}`, [r.text.title, mine.text.title], [r.fallback, mine.fallback]);
              })}
            </ul>
          </>
        )}
        {rel.pathways.length > 0 && (
          <>
            <h3>{t('risk.relatedPathways')}</h3>
            <ul class="pick-list">
              {rel.pathways.map((p) => {
                const mine = cp.pathways.find((x) => x.id === p.id) ?? p;
                return pick(`p.${p.id}`, [p.text.title, mine.text.title], [p.fallback, mine.fallback]);
              })}
            </ul>
          </>
        )}
        {rel.services.length > 0 && (
          <>
            <h3>{t('risk.relatedServices')}</h3>
            <ul class="pick-list">
              {rel.services.map((s) => {
                const mine = cp.services.find((x) => x.id === s.id) ?? s;
                return pick(`s.${s.id}`, [s.text.name, mine.text.name], [s.fallback, mine.fallback]);
              })}
            </ul>
          </>
        )}
      </section>

      <section class="handover card" aria-labelledby="handover-heading">
        <h2 id="handover-heading">{t('counsellor.handover')}</h2>
        <p>{t('counsellor.handoverIntro')}</p>
        <div class="handover-qr">
          <QrCode value={url} label={t('share.qrLabel')} size={264} />
        </div>
        <p class="handover-link">
          <a href={path} target="_blank" rel="noopener" hrefLang={v.traveller.lang}>
            <bdi dir="ltr">{url}</bdi>
          </a>
        </p>
        <p class="cta-row">
          <button type="button" onClick={() => print()}>
            {t('counsellor.print')}
          </button>
        </p>
      </section>

      <HandoutSheet
        class="print-only"
        pack={tp}
        t={v.traveller.t}
        refs={refs}
        to={destination}
        from={from}
        url={url}
        host={location.host}
      />
    </>
  );
}
