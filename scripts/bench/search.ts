/** Placeholder until the directory search lands: reports that no search bench exists yet. */
import type { Browser } from '@playwright/test';

export async function runSearchBench(_browser: Browser, _origin: string): Promise<{ what: string; value: string }[]> {
  return [];
}
