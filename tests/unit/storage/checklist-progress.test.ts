import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, saveStep } from '../../../src/storage/checklist-progress';
import { closeDatabase, DB_NAME } from '../../../src/storage/db';

beforeEach(async () => {
  await closeDatabase();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = resolve;
  });
});

describe('checklist progress', () => {
  it('is empty for a pathway never opened', async () => {
    expect(await loadProgress('lk-kr')).toEqual([]);
  });

  it('keeps ticked steps per pathway, across a new connection (a reload)', async () => {
    await saveStep('lk-kr', 'register', true);
    await saveStep('lk-kr', 'test', true);
    await saveStep('np-kr', 'apply', true);
    await closeDatabase();
    expect((await loadProgress('lk-kr')).sort()).toEqual(['register', 'test']);
    expect(await loadProgress('np-kr')).toEqual(['apply']);
  });

  it('unticking removes only that step, and ticking twice keeps one', async () => {
    await saveStep('lk-kr', 'register', true);
    await saveStep('lk-kr', 'register', true);
    await saveStep('lk-kr', 'test', true);
    expect(await saveStep('lk-kr', 'register', false)).toEqual(['test']);
    expect(await loadProgress('lk-kr')).toEqual(['test']);
  });
});
