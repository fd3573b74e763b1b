/**
 * npm run verify:import -- FILE.xlsx [--dry-run] [--root DIR]
 * Applies the checked-on dates of a filled-in due sheet to `lastVerified`, and only those.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runVerifyImport } from './verify/import-checks';
import { runCommand } from './lib/run-command';

const USAGE = 'usage: npm run verify:import -- FILE.xlsx [--dry-run] [--root DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, root: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    console.error(USAGE);
    return 1;
  }
  const result = await runVerifyImport({ file, root: resolve(args.values.root ?? process.cwd()), dryRun: args.values['dry-run'] });
  (result.ok ? console.log : console.error)(result.lines.join('\n'));
  return result.ok ? 0 : 1;
}

runCommand('verify:import', main, 'Nothing was changed.');
