/**
 * Writes several files as one step, as far as a file system allows: every file goes to a
 * temporary name in its own folder first, and only when all of them are written are they
 * renamed into place (a rename within a folder is atomic). A failure before that leaves every
 * target untouched and removes the temporary files.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileWrite {
  path: string;
  body: string | Uint8Array;
}

const tempFor = (path: string) => join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

export function writeFilesAtomically(files: readonly FileWrite[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = tempFor(f.path);
      staged.push({ tmp, path: f.path });
      writeFileSync(tmp, f.body);
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw err;
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}
