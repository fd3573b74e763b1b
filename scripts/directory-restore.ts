/**
 * npm run directory:restore -- [STAMP] [--list] [--root DIR]
 * Puts back the directory files as they were before an import (the newest import by default).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listBackups, restore } from './directory/backups';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false }, root: { type: 'string' } } });
const root = resolve(values.root ?? process.cwd());
const backups = listBackups(root);
if (values.list) {
  console.log(backups.length ? backups.join('\n') : 'No backups: no import has written anything yet.');
  process.exit(0);
}
const stamp = positionals[0] ?? backups.at(-1);
if (!stamp) {
  console.error('No backups: no import has written anything yet. Nothing was changed.');
  process.exit(1);
}
try {
  const files = restore(root, stamp);
  console.log(`Restored the directory as it was before import ${stamp}: ${files.join(', ')}`);
} catch (err) {
  console.error(`${(err as Error).message}. Nothing was changed.`);
  process.exit(1);
}
