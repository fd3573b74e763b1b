/**
 * Every import keeps the files it replaces, so one command undoes it: an editor who imported
 * the wrong spreadsheet must never need git to get the directory back.
 *   .backups/directory/<stamp>/files/<relative path>   the previous bytes
 *   .backups/directory/<stamp>/summary.txt             what the import did
 *   .backups/directory/<stamp>/absent.json             files the import created (restore deletes them)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFilesAtomically, type FileWrite } from '../write-atomically';

export const BACKUP_DIR = '.backups/directory';

/** Saves the current bytes of every file about to be written; returns the backup's name. */
export function backUp(root: string, writes: readonly FileWrite[], summary: string[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = join(root, BACKUP_DIR, stamp);
  const absent: string[] = [];
  for (const w of writes) {
    const rel = relative(root, w.path);
    if (!existsSync(w.path)) {
      absent.push(rel);
      continue;
    }
    const target = join(base, 'files', rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(w.path));
  }
  mkdirSync(base, { recursive: true });
  writeFileSync(join(base, 'absent.json'), JSON.stringify(absent));
  writeFileSync(join(base, 'summary.txt'), summary.join('\n') + '\n');
  return stamp;
}

export function listBackups(root: string): string[] {
  const dir = join(root, BACKUP_DIR);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Puts back the files a backup holds, all in one atomic step; returns the paths restored. */
export function restore(root: string, stamp: string): string[] {
  const base = join(root, BACKUP_DIR, stamp);
  if (!existsSync(base)) throw new Error(`no backup "${stamp}" in ${BACKUP_DIR}`);
  const saved = filesUnder(join(base, 'files'));
  const writes = saved.map((f) => ({ path: join(root, relative(join(base, 'files'), f)), body: readFileSync(f) }));
  writeFilesAtomically(writes);
  const absent = JSON.parse(readFileSync(join(base, 'absent.json'), 'utf8')) as string[];
  for (const rel of absent) rmSync(join(root, rel), { force: true });
  return [...writes.map((w) => relative(root, w.path)), ...absent];
}
