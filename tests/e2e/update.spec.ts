import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve';
import { waitForApp, waitForServiceWorker } from './support/app';

// A deployment of its own, on its own port, so changing its service worker affects no other test.
let server: Server;
let dir: string;
const PORT = 4199;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saferoute-deploy-'));
  cpSync('dist', dir, { recursive: true });
  server = await startServer(dir, PORT);
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('a new deployment shows "a new version is ready" and applies only when asked', async ({ page }) => {
  const url = `http://localhost:${PORT}/en/risks/visit-visa-work`;
  await page.goto(url);
  await waitForServiceWorker(page);
  await waitForApp(page);
  const before = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

  // Deploy: any byte change to sw.js is a new version.
  appendFileSync(join(dir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  const prompt = page.locator('.update-prompt');
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await expect(prompt).toContainText('A new version is ready.');
  // Nothing is swapped under the reader until they say so: the old worker still controls the page.
  const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting);
  expect(waiting).toBe(true);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Update now' }).click()]);
  await waitForApp(page);
  await expect(page.locator('.update-prompt')).toHaveCount(0);
  const after = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { controller: navigator.serviceWorker.controller?.scriptURL, waiting: !!reg?.waiting };
  });
  expect(after.controller).toBe(before);
  expect(after.waiting).toBe(false);
});
