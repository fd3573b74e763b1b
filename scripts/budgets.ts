/** npm run budgets — fails when a built file is over its gzip budget, naming the file and its size. */
import { resolve } from 'node:path';
import { sizeReport } from './sizes';

const { table, violations } = sizeReport(resolve(import.meta.dirname, '../dist'));
console.log(table);
if (violations.length) {
  for (const v of violations)
    console.error(`✗ ${v.what} over budget: ${v.file} is ${(v.bytes / 1000).toFixed(1)} KB ${v.raw ? 'raw' : 'gzip'} (budget ${(v.budget / 1000).toFixed(0)} KB)`);
  process.exit(1);
}
console.log('All size budgets met.');
