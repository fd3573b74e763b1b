import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, Table, tempRoot, writeFile } from './fixture';

/** Runs a script as `npm run` would, and returns its exit code and output. */
function run(script: string, args: string[]) {
  const r = spawnSync(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'scripts', script), ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command line', () => {
  it('export then dry-run import exit 0; a damaged file prints every problem and exits 1', async () => {
    const root = tempRoot();
    const out = join(root, 'dir.csv');
    const exported = run('directory-export.ts', ['--format', 'csv', '--out', out, '--root', root]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Wrote \d+ services in \d+ countries to .*dir\.csv \(csv\)\.$/m);

    const clean = run('directory-import.ts', [out, '--dry-run', '--root', root]);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('Dry run: nothing was written.');

    const table = await Table.of(root);
    table.set(2, 'status', 'x').set(3, 'country', 'Q');
    const bad = run('directory-import.ts', [writeFile(root, 'bad.csv', table.csv()), '--root', root]);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n').filter((l) => l.startsWith('row '))).toHaveLength(2);
    expect(bad.err).toContain('Nothing was changed.');
  });

  it('rejects a missing argument or unknown format with usage and exit 1', () => {
    expect(run('directory-import.ts', []).code).toBe(1);
    const r = run('directory-export.ts', ['--format', 'pdf', '--out', '/tmp/x']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('usage:');
  });
});
