/**
 * npm run translations:import -- FILE.xlf [--reviewer INITIALS] [--dry-run] [--root DIR]
 * Reads a translated XLIFF 2.0 file back into locales/<lang>/, or names every problem and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planImport, type ImportIssue } from './translations/import-xliff';
import { writeFilesAtomically } from './write-atomically';
import { runCommand } from './lib/run-command';

const USAGE = 'usage: npm run translations:import -- FILE.xlf [--reviewer INITIALS] [--dry-run] [--root DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { reviewer: { type: 'string' }, 'dry-run': { type: 'boolean' }, root: { type: 'string' } },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const [file] = args.positionals;
  const { reviewer, root } = args.values;
  if (!file || args.positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  if (reviewer !== undefined && !/^[\p{L}.]{1,8}$/u.test(reviewer)) {
    console.error('--reviewer takes initials (letters, at most 8), not a full name: nothing personal is kept');
    return 1;
  }
  const base = resolve(root ?? process.cwd());
  const plan = await planImport(base, readFileSync(file, 'utf8'), { reviewer, today: new Date().toISOString().slice(0, 10) });
  const line = (i: ImportIssue) => `${file}: unit "${i.unit}", field "${i.field}": ${i.message}`;
  for (const s of plan.stale) console.warn(`  ! stale, ${line(s)}`);
  if (plan.errors.length) {
    for (const e of plan.errors) console.error(`  ✗ ${line(e)}`);
    console.error(`\n${plan.errors.length} problem${plan.errors.length === 1 ? '' : 's'} found: nothing written.`);
    return 1;
  }
  const summary = `${plan.lang}: ${plan.changed} string(s) changed, ${plan.reviewed} newly reviewed, ${plan.stale.length} stale unit(s) left out`;
  if (args.values['dry-run']) {
    console.log(`${summary}. Dry run: nothing written.`);
    return 0;
  }
  writeFilesAtomically(plan.writes);
  console.log(`${summary}.`);
  for (const w of plan.writes) console.log(`  wrote ${relative(base, w.path)}`);
  return 0;
}

runCommand('translations:import', main);
