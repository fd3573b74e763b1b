/**
 * The desk's anonymous tally: the switch that turns it on, the outcome of one conversation,
 * and the weekly counts with their CSV and chart for the unit's report.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../../app/context';
import { formatDate } from '../../../i18n/format';
import {
  clearTally,
  FLAG_IDS,
  loadTally,
  OUTCOME_IDS,
  recordSession,
  type FlagId,
  type OutcomeId,
  type TallyWeek,
} from '../../../storage/counsellor-tally';
import { tallyChart, tallyChartSvg } from './tally-chart';
import { tallyCsv } from './tally-csv';

/** Saves a file made on the device; the object URL lives only as long as the download needs it. */
function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function shortWeek(week: string, lang: string): string {
  const [y, m, d] = week.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export function TallySwitch({ enabled, onChange }: { enabled: boolean; onChange: (on: boolean) => void }) {
  const { t } = useApp();
  return (
    <>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.currentTarget.checked)} />
        {t('counsellor.tallyEnabled')}
      </label>
      <p class="hint">{t('counsellor.tallyPrivacy')}</p>
    </>
  );
}

/** After the hand-over: how the conversation ended, added to this week's counts (once). */
interface OutcomeProps {
  flags: FlagId[];
  enabled: boolean;
  onEnable: (on: boolean) => void;
  saved: boolean;
  onSaved: () => void;
}

export function OutcomeForm({ flags, enabled, onEnable, saved, onSaved }: OutcomeProps) {
  const { t } = useApp();
  const [outcome, setOutcome] = useState<OutcomeId>();
  const save = async () => {
    if (!outcome || saved) return;
    await recordSession(flags, outcome);
    onSaved();
  };
  return (
    <section class="outcome card" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t('counsellor.tally')}</h2>
      <TallySwitch enabled={enabled} onChange={onEnable} />
      {enabled && (
        <>
          <fieldset class="outcomes" disabled={saved}>
            <legend>{t('counsellor.outcome')}</legend>
            {OUTCOME_IDS.map((o) => (
              <label key={o} class="check">
                <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
                {t(`outcome.${o}`)}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="button" disabled={!outcome || saved} onClick={() => void save()}>
              {t('counsellor.saveOutcome')}
            </button>
          </p>
          <p role="status" class="saved-status">
            {saved ? t('counsellor.saved') : ''}
          </p>
        </>
      )}
    </section>
  );
}

function TallyChart({ rows, title, label }: { rows: TallyWeek[]; title: string; label: (week: string) => string }) {
  const { width, height, baseline, bars } = tallyChart(rows);
  return (
    <svg class="tally-svg" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <line x1={12} y1={baseline} x2={width - 12} y2={baseline} stroke="#4a4a4a" />
      {bars.map((b) => (
        <g key={b.week} class="bar">
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#0d5c4a" />
          <text x={b.x + b.width / 2} y={b.y - 5} text-anchor="middle" font-size="12" fill="#1a1a1a">
            {b.sessions}
          </text>
          <text x={b.x + b.width / 2} y={baseline + 18} text-anchor="middle" font-size="11" fill="#4a4a4a">
            {label(b.week)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The weekly counts kept on this device, with export and clear. */
export function TallyPanel({ enabled, onEnable }: { enabled: boolean; onEnable: (on: boolean) => void }) {
  const { t, lang } = useApp();
  const [rows, setRows] = useState<TallyWeek[] | null>(null);
  useEffect(() => {
    loadTally().then(setRows, () => setRows([]));
  }, []);

  const weekName = (week: string) => t('counsellor.week', { date: formatDate(week, lang) });
  const label = (week: string) => shortWeek(week, lang);
  const clear = async () => {
    if (!confirm(t('counsellor.clearTally'))) return;
    await clearTally();
    setRows([]);
  };

  return (
    <section class="tally card" aria-labelledby="tally-heading">
      <h2 id="tally-heading">{t('counsellor.tally')}</h2>
      <TallySwitch enabled={enabled} onChange={onEnable} />
      {rows && rows.length === 0 && <p class="tally-empty">{t('counsellor.noData')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div class="table-scroll" role="region" aria-labelledby="tally-heading" tabIndex={0}>
            <table class="tally-table">
              <thead>
                <tr>
                  <td />
                  {rows.map((r) => (
                    <th key={r.week} scope="col">
                      {weekName(r.week)}
                      <span class="sessions">{t('counsellor.sessions', { count: r.sessions })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr class="group">
                  <th scope="rowgroup" colSpan={rows.length + 1}>
                    {t('counsellor.redFlags')}
                  </th>
                </tr>
                {FLAG_IDS.map((f) => (
                  <tr key={f}>
                    <th scope="row">{t(`flag.${f}`)}</th>
                    {rows.map((r) => (
                      <td key={r.week}>{r.flags[f] ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tbody>
                <tr class="group">
                  <th scope="rowgroup" colSpan={rows.length + 1}>
                    {t('counsellor.outcome')}
                  </th>
                </tr>
                {OUTCOME_IDS.map((o) => (
                  <tr key={o}>
                    <th scope="row">{t(`outcome.${o}`)}</th>
                    {rows.map((r) => (
                      <td key={r.week}>{r.outcomes[o] ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure class="tally-chart">
            <figcaption id="tally-chart-caption">{t('counsellor.chart')}</figcaption>
            <div class="chart-scroll" role="region" aria-labelledby="tally-chart-caption" tabIndex={0}>
              <TallyChart rows={rows} title={t('counsellor.chart')} label={label} />
            </div>
          </figure>
          <p class="tally-actions">
            <button type="button" onClick={() => saveFile('saferoute-tally.csv', 'text/csv', tallyCsv(rows))}>
              {t('counsellor.export')}
            </button>
            <button
              type="button"
              class="secondary"
              aria-describedby="tally-chart-caption"
              onClick={() => saveFile('saferoute-tally.svg', 'image/svg+xml', tallyChartSvg(rows, { title: t('counsellor.chart'), weekLabel: label, lang }))}
            >
              {t('settings.download')}
            </button>
            <button type="button" class="danger" onClick={() => void clear()}>
              {t('counsellor.clearTally')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
