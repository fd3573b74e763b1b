/**
 * Prints one closing line for the whole test run, from the Vitest and Playwright JSON reports:
 * "total: N passed, N failed". CI reads it; people can read it too.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Count {
  passed: number;
  failed: number;
  skipped: number;
}

function vitest(file: string): Count {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
}

function playwright(file: string): Count {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const parts: [string, Count][] = [];
if (existsSync('.reports/unit.json')) parts.push(['unit', vitest('.reports/unit.json')]);
if (existsSync('.reports/e2e.json')) parts.push(['browser', playwright('.reports/e2e.json')]);
for (const [name, c] of parts) console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
const total = parts.reduce((t, [, c]) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed }), { passed: 0, failed: 0 });
console.log(`total: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed || !parts.length ? 1 : 0);
