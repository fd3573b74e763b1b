import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearTally,
  loadTally,
  loadTallyEnabled,
  recordSession,
  saveTallyEnabled,
  weekStart,
} from '../../../src/storage/counsellor-tally';
import { openDB } from 'idb';
import { loadProgress } from '../../../src/storage/checklist-progress';
import { closeDatabase, database, DB_NAME } from '../../../src/storage/db';

beforeEach(async () => {
  await closeDatabase();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = resolve;
  });
});

// Local dates, as a desk's clock sees them. 2026-11-23 is a Monday.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);


describe('weeks', () => {
  it('start on Monday', () => {
    expect(weekStart(at(2026, 11, 23))).toBe('2026-11-23'); // Monday
    expect(weekStart(at(2026, 11, 29, 23))).toBe('2026-11-23'); // Sunday night
    expect(weekStart(at(2026, 11, 30, 0))).toBe('2026-11-30'); // Monday just after midnight
    expect(weekStart(at(2027, 1, 1))).toBe('2026-12-28'); // across the new year
  });
});

describe('counsellor tally', () => {
  it('arrives with version 2 of the database, keeping what version 1 stored', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('settings');
        d.createObjectStore('checklist', { keyPath: 'pathwayId' });
        d.createObjectStore('installed', { keyPath: 'lang' });
      },
    });
    await v1.put('checklist', { pathwayId: 'lk-kr', done: ['register'], updated: '2026-11-01T00:00:00Z' });
    v1.close();
    await recordSession(['fee'], 'continues', at(2026, 11, 23));
    expect(await loadProgress('lk-kr')).toEqual(['register']);
    expect(await loadTally()).toHaveLength(1);
  });

  it('is empty and off until the counsellor turns it on', async () => {
    expect(await loadTally()).toEqual([]);
    expect(await loadTallyEnabled()).toBe(false);
    await saveTallyEnabled(true);
    await closeDatabase();
    expect(await loadTallyEnabled()).toBe(true);
  });

  it('counts sessions, flags and outcomes per week, across a week boundary', async () => {
    await recordSession(['visitVisa', 'passportHeld'], 'referred', at(2026, 11, 23));
    await recordSession(['visitVisa'], 'continues', at(2026, 11, 29, 23));
    await recordSession([], 'continues', at(2026, 11, 30, 0));
    await closeDatabase();
    expect(await loadTally()).toEqual([
      { week: '2026-11-23', sessions: 2, flags: { visitVisa: 2, passportHeld: 1 }, outcomes: { referred: 1, continues: 1 } },
      { week: '2026-11-30', sessions: 1, flags: {}, outcomes: { continues: 1 } },
    ]);
  });

  it('keeps one record per week and nothing finer than the week', async () => {
    await recordSession(['fee'], 'returns', at(2026, 11, 24, 9));
    await recordSession(['fee', 'fee'], 'returns', at(2026, 11, 26, 17));
    const db = await database();
    const keys = await db.getAllKeys('tally');
    expect(keys).toEqual(['2026-11-23']);
    const stored = JSON.stringify(await db.getAll('tally'));
    expect(stored).not.toMatch(/T\d\d:|2026-11-24|2026-11-26/);
    expect((await loadTally())[0]!.flags).toEqual({ fee: 2 });
  });

  it('refuses anything but known flag and outcome ids, so no free text is ever stored', async () => {
    await expect(recordSession(['Passport N1234567'], 'continues', at(2026, 11, 23))).rejects.toThrow();
    await expect(recordSession(['fee'], 'called +94 77 123 4567', at(2026, 11, 23))).rejects.toThrow();
    expect(await loadTally()).toEqual([]);
  });

  it('clearing removes the counts but keeps the choice to keep a tally', async () => {
    await saveTallyEnabled(true);
    await recordSession(['loan', 'fee'], 'returns', at(2026, 11, 23));
    await clearTally();
    expect(await loadTally()).toEqual([]);
    expect(await loadTallyEnabled()).toBe(true);
  });
});
