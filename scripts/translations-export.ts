/**
 * npm run translations:export -- --lang si [--out FILE] [--root DIR]
 * Writes one language as XLIFF 2.0 for a CAT tool or Weblate.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportXliff } from './translations/export-xliff';
import { writeFilesAtomically } from './write-atomically';
import { runCommand } from './lib/run-command';

const USAGE = 'usage: npm run translations:export -- --lang CODE [--out FILE] [--root DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { lang: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { lang, out, root } = args.values;
  if (!lang) {
    console.error(USAGE);
    return 1;
  }
  const { xml, units, counts } = await exportXliff(resolve(root ?? process.cwd()), lang);
  const path = resolve(out ?? `saferoute-${lang}.xlf`);
  writeFilesAtomically([{ path, body: xml }]);
  const states = Object.entries(counts).map(([state, n]) => `${n} ${state}`).join(', ');
  console.log(`Wrote ${path}: ${units.length} units (${states})`);
  return 0;
}

runCommand('translations:export', main);
