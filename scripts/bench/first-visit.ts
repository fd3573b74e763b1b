/**
 * What a real first visit costs in data: the page, the whole language pack at idle, and the
 * service worker's install (its precache), counted at the server because the worker's own
 * requests never show up in the page's network log.
 */
import type { Browser } from '@playwright/test';
import type { Server, ServerResponse } from 'node:http';
import type { Row } from './cold';
import { kb } from './stats';

/** Tallies every byte of every response body the server sends, from now on. */
export function tallyServedBytes(server: Server): { total: () => number; requests: () => number; reset: () => void } {
  let bytes = 0;
  let count = 0;
  server.prependListener('request', (_req, res: ServerResponse) => {
    count++;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    const add = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += Buffer.byteLength(chunk);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (add(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== 'function' && add(chunk), end(chunk, ...rest))) as typeof res.end;
  });
  return { total: () => bytes, requests: () => count, reset: () => ((bytes = 0), (count = 0)) };
}

export async function firstVisit(browser: Browser, origin: string, tally: ReturnType<typeof tallyServedBytes>, path: string): Promise<Row[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    tally.reset();
    await page.goto(origin + path);
    await page.waitForFunction(() => document.documentElement.dataset.pack === 'full' && !!navigator.serviceWorker?.controller, undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    return [{ what: `first visit ${path} with the service worker installing: bytes (${tally.requests()} responses)`, value: kb(tally.total()) }];
  } finally {
    await context.close();
  }
}
