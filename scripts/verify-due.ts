/**
 * npm run verify:due -- [--months 12] [--until YYYY-MM-DD] [--out FILE.xlsx] [--root DIR]
 * Writes the verifiers' work list: every phone, URL and claim, soonest due first.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STALE_AFTER_MONTHS } from '../src/content/staleness';
import { formatError } from './content/errors';
import { loadContent } from './content/load-content';
import { dueRows } from './verify/due-list';
import { dueWorkbook } from './verify/due-sheet';
import { writeFilesAtomically } from './write-atomically';
import { runCommand } from './lib/run-command';

const USAGE = 'usage: npm run verify:due -- [--months 12] [--until YYYY-MM-DD] [--out FILE.xlsx] [--root DIR]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { months: { type: 'string' }, until: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' } } }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const months = values.months === undefined ? STALE_AFTER_MONTHS : Number(values.months);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    console.error(`--months must be a whole number of months from 1 to 120\n${USAGE}`);
    return 1;
  }
  if (values.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
    console.error(`--until must be a day written YYYY-MM-DD\n${USAGE}`);
    return 1;
  }
  const out = resolve(values.out ?? 'verification-due.xlsx');
  const { content, errors } = loadContent(resolve(values.root ?? process.cwd()));
  if (errors.length) {
    for (const e of errors) console.error(`  ✗ ${formatError(e)}`);
    console.error(`verify:due stopped: ${errors.length} content problem(s); run npm run content:check.`);
    return 1;
  }
  const rows = dueRows(content, { months, until: values.until });
  writeFilesAtomically([{ path: out, body: await dueWorkbook(rows, months) }]);
  const records = new Set(rows.map((r) => `${r.type} ${r.id}`)).size;
  console.log(`${rows.length} rows for ${records} records written to ${out}${rows[0] ? `; the first is due ${rows[0].due}` : ''}.`);
  return 0;
}

runCommand('verify:due', main);
