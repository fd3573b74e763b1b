/**
 * The counsellor's anonymous tally: how many conversations a desk had each week, which red
 * flags came up and how they ended, for the unit's reports. Only aggregate counts per ISO week
 * are ever written. There is no row per conversation, no time finer than the week, and no
 * text of any kind: flags and outcomes must be ids from the fixed lists below, so nothing a
 * person said (a name, a passport or phone number, a note) can reach the store.
 */
import { database } from './db';

/** Red flags, in the order they are shown and exported. */
export const FLAG_IDS = [
  'visitVisa',
  'fee',
  'loan',
  'passportHeld',
  'noContract',
  'notRegistered',
  'socialMedia',
  'subAgent',
  'onlineJob',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export const OUTCOME_IDS = ['continues', 'returns', 'referred'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/** One week's counts. `week` is the Monday the week starts on (YYYY-MM-DD). */
export interface TallyWeek {
  week: string;
  sessions: number;
  flags: Partial<Record<FlagId, number>>;
  outcomes: Partial<Record<OutcomeId, number>>;
}

/** Whether the counsellor chose to keep a tally, kept beside the counts it governs. */
export interface TallyPreference {
  enabled: boolean;
}

export type TallyRecord = TallyWeek | TallyPreference;

const PREFERENCE_KEY = 'enabled';
const WEEK = /^\d{4}-\d{2}-\d{2}$/;

const isWeek = (r: TallyRecord | undefined): r is TallyWeek => !!r && 'week' in r && WEEK.test(r.week);
const isFlag = (id: string): id is FlagId => (FLAG_IDS as readonly string[]).includes(id);
const isOutcome = (id: string): id is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(id);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Monday that starts the ISO week of `date`, as YYYY-MM-DD. The device's own calendar is
 * used, not UTC: a conversation at 00:30 on a Monday at a Colombo desk belongs to that week.
 */
export function weekStart(date: Date): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Adds one conversation to its week's counts and returns that week. Throws on a flag or
 * outcome that is not one of the known ids, so free text can never be stored.
 */
export async function recordSession(flags: readonly string[], outcome: string, date: Date = new Date()): Promise<TallyWeek> {
  const unknown = flags.filter((f) => !isFlag(f));
  if (unknown.length) throw new Error(`Not a red flag id: ${unknown.length} value(s)`);
  if (!isOutcome(outcome)) throw new Error('Not an outcome id');
  const week = weekStart(date);
  const db = await database();
  const tx = db.transaction('tally', 'readwrite');
  const current = await tx.store.get(week);
  const row: TallyWeek = isWeek(current) ? current : { week, sessions: 0, flags: {}, outcomes: {} };
  row.sessions += 1;
  for (const f of new Set(flags as FlagId[])) row.flags[f] = (row.flags[f] ?? 0) + 1;
  row.outcomes[outcome] = (row.outcomes[outcome] ?? 0) + 1;
  await tx.store.put(row, week);
  await tx.done;
  return row;
}

/** Every week with counts, oldest first. */
export async function loadTally(): Promise<TallyWeek[]> {
  const all = await (await database()).getAll('tally');
  return all.filter(isWeek).sort((a, b) => a.week.localeCompare(b.week));
}

/** Deletes every week's counts; the choice to keep a tally stays as it was. */
export async function clearTally(): Promise<void> {
  const db = await database();
  const tx = db.transaction('tally', 'readwrite');
  for (const key of await tx.store.getAllKeys()) if (key !== PREFERENCE_KEY) await tx.store.delete(key);
  await tx.done;
}

/** Whether the counsellor turned the tally on (off until they do). */
export async function loadTallyEnabled(): Promise<boolean> {
  const pref = await (await database()).get('tally', PREFERENCE_KEY);
  return !!pref && 'enabled' in pref && pref.enabled === true;
}

export async function saveTallyEnabled(enabled: boolean): Promise<void> {
  await (await database()).put('tally', { enabled }, PREFERENCE_KEY);
}

/** A whole, non-negative count: whatever is in the store, only numbers leave it. */
const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * The tally as CSV for the unit's spreadsheet: one row per week, a fixed set of columns
 * (week, sessions, flag_<id>…, outcome_<id>…) so exports from different desks and months line up.
 */
export function tallyCsv(rows: readonly TallyWeek[]): string {
  const header = ['week', 'sessions', ...FLAG_IDS.map((f) => `flag_${f}`), ...OUTCOME_IDS.map((o) => `outcome_${o}`)];
  const lines = rows
    .filter((r) => WEEK.test(r.week))
    .map((r) => [r.week, count(r.sessions), ...FLAG_IDS.map((f) => count(r.flags[f])), ...OUTCOME_IDS.map((o) => count(r.outcomes[o]))].join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export interface ChartBar {
  week: string;
  sessions: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The y of the line the bars stand on. */
  baseline: number;
  bars: ChartBar[];
}

const BAR = 28;
const GAP = 18;
const SIDE = 24;
const TOP = 44;
const PLOT = 140;
const BELOW = 34;

/** Where each week's bar goes: shared by the chart on screen and the downloaded SVG file. */
export function tallyChart(rows: readonly TallyWeek[]): ChartLayout {
  const max = Math.max(1, ...rows.map((r) => count(r.sessions)));
  const bars = rows.map((r, i) => {
    const sessions = count(r.sessions);
    const height = Math.round((sessions / max) * PLOT);
    return { week: r.week, sessions, x: SIDE + i * (BAR + GAP), y: TOP + PLOT - height, width: BAR, height };
  });
  return { width: Math.max(240, SIDE * 2 + rows.length * (BAR + GAP) - GAP), height: TOP + PLOT + BELOW, baseline: TOP + PLOT, bars };
}

export interface ChartLabels {
  /** The chart's title, e.g. "Conversations by week". */
  title: string;
  /** A week's label under its bar; by default its month and day. */
  weekLabel?: (week: string) => string;
  lang?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A standalone SVG file of the sessions per week, to paste into a report. */
export function tallyChartSvg(rows: readonly TallyWeek[], labels: ChartLabels): string {
  const { width, height, baseline, bars } = tallyChart(rows);
  const weekLabel = labels.weekLabel ?? ((w: string) => w.slice(5));
  const title = xml(labels.title);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}"${labels.lang ? ` xml:lang="${xml(labels.lang)}"` : ''}>`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${SIDE}" y="24" font-family="sans-serif" font-size="15" font-weight="bold" fill="#1a1a1a">${title}</text>`,
    `<line x1="${SIDE / 2}" y1="${baseline}" x2="${width - SIDE / 2}" y2="${baseline}" stroke="#4a4a4a" stroke-width="1"/>`,
  ];
  for (const b of bars) {
    const mid = b.x + b.width / 2;
    parts.push(
      `<g class="bar"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#0d5c4a"/>`,
      `<text x="${mid}" y="${b.y - 5}" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#1a1a1a">${b.sessions}</text>`,
      `<text x="${mid}" y="${baseline + 18}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="#4a4a4a">${xml(weekLabel(b.week))}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
