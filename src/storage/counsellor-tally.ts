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
/** A week is named by its Monday, e.g. 2026-11-30. */
export const WEEK = /^\d{4}-\d{2}-\d{2}$/;

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
