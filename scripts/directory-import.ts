/**
 * npm run directory:import -- FILE [--dry-run] [--root DIR]
 * Checks a directory spreadsheet (.xlsx or .csv) and, when every row is clean, replaces the
 * directory with it. Any problem: all of them are printed, nothing changes, exit code 1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from './directory/import';
import { runCommand } from './lib/run-command';

const USAGE = 'usage: npm run directory:import -- FILE.xlsx|FILE.csv [--dry-run] [--allow-removals] [--root DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, 'allow-removals': { type: 'boolean', default: false }, root: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    console.error(USAGE);
    return 1;
  }
  const result = await runImport({ file: resolve(file), root: resolve(args.values.root ?? process.cwd()), dryRun: args.values['dry-run'] ?? false, allowRemovals: args.values['allow-removals'] ?? false });
  (result.ok ? console.log : console.error)(result.lines.join('\n'));
  return result.ok ? 0 : 1;
}

runCommand('directory:import', main, 'Nothing was changed.');
