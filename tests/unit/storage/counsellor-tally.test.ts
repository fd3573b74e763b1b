import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearTally,
  FLAG_IDS,
  loadTally,
  loadTallyEnabled,
  OUTCOME_IDS,
  recordSession,
  saveTallyEnabled,
  tallyChartSvg,
  tallyCsv,
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

/** A small XML well-formedness check: every tag closed in order, attributes quoted, no stray < or &. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) return false;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) return false;
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!selfClose) stack.push(name!);
    i = tag.lastIndex;
  }
  return stack.length === 0;
}

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

describe('tally export', () => {
  const rows = [
    { week: '2026-11-23', sessions: 2, flags: { visitVisa: 2, passportHeld: 1 }, outcomes: { referred: 1, continues: 1 } },
    { week: '2026-11-30', sessions: 1, flags: {}, outcomes: { continues: 1 } },
  ];

  it('CSV: the fixed header, one row per week, counts only', () => {
    const lines = tallyCsv(rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      ['week', 'sessions', ...FLAG_IDS.map((f) => `flag_${f}`), ...OUTCOME_IDS.map((o) => `outcome_${o}`)].join(','),
    );
    expect(lines[0]).toBe(
      'week,sessions,flag_visitVisa,flag_fee,flag_loan,flag_passportHeld,flag_noContract,flag_notRegistered,flag_socialMedia,flag_subAgent,flag_onlineJob,outcome_continues,outcome_returns,outcome_referred',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2026-11-23,2,2,0,0,1,0,0,0,0,0,1,0,1');
    expect(lines[2]).toBe('2026-11-30,1,0,0,0,0,0,0,0,0,0,1,0,0');
    for (const line of lines.slice(1)) {
      const [week, ...counts] = line.split(',');
      expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(counts).toHaveLength(FLAG_IDS.length + OUTCOME_IDS.length + 1);
      for (const c of counts) expect(c).toMatch(/^\d+$/);
    }
  });

  it('CSV: anything that is not a count in a stored row leaves as 0, extra fields not at all', () => {
    const odd = [{ week: '2026-11-23', sessions: 1, flags: { fee: 'Mr Perera' as unknown as number }, outcomes: {}, note: 'x' }];
    const csv = tallyCsv(odd);
    expect(csv).not.toMatch(/Perera|note|x\b/);
    expect(csv.split('\r\n')[1]).toBe('2026-11-23,1,0,0,0,0,0,0,0,0,0,0,0,0');
  });

  it('SVG: well-formed, one bar per week, labels escaped', () => {
    expect(wellFormed('<svg><g></svg>')).toBe(false);
    expect(wellFormed('<svg><text>a < b</text></svg>')).toBe(false);
    const svg = tallyChartSvg(rows, { title: 'Conversations <by> week & "desk"', weekLabel: (w) => `W ${w}` });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<g class="bar">/g)).toHaveLength(2);
    expect(svg).toContain('Conversations &lt;by&gt; week &amp; &quot;desk&quot;');
    expect(svg).toContain('W 2026-11-23');
    expect(svg).toContain('W 2026-11-30');
  });

  it('SVG: an empty tally is still a well-formed chart, with no bars', () => {
    const svg = tallyChartSvg([], { title: 'Conversations by week' });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain('class="bar"');
  });
});
