/**
 * npm run directory:export -- --format xlsx|csv|hsds --out FILE [--root DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, runExport, type Format } from './directory/export';
import { runCommand } from './lib/run-command';

const USAGE = `usage: npm run directory:export -- --format ${FORMATS.join('|')} --out FILE [--root DIR]`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { format, out, root } = args.values;
  if (!format || !(FORMATS as readonly string[]).includes(format) || !out) {
    console.error(USAGE);
    return 1;
  }
  const lines = await runExport({ format: format as Format, out: resolve(out), root: resolve(root ?? process.cwd()) });
  console.log(lines.join('\n'));
  return 0;
}

runCommand('directory:export', main);
