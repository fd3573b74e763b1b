import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingScriptFonts } from '../../../scripts/lib/script-fonts';

const saved = process.env.FONTCONFIG_FILE;
afterEach(() => {
  if (saved === undefined) delete process.env.FONTCONFIG_FILE;
  else process.env.FONTCONFIG_FILE = saved;
});

describe('fonts for link-preview images', () => {
  it('names every language whose script no installed font can draw', () => {
    // A fontconfig that knows no font directory: a machine without Noto.
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?><fontconfig><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
    process.env.FONTCONFIG_FILE = conf;
    expect(missingScriptFonts(['en', 'si', 'ur', 'my'])).toEqual([
      { lang: 'si', script: 'Sinh' },
      { lang: 'ur', script: 'Arab' },
      { lang: 'my', script: 'Mymr' },
    ]);
  });

  it('finds nothing missing for Latin-script languages, which every machine can draw', () => {
    expect(missingScriptFonts(['en', 'id', 'vi'])).toEqual([]);
  });
});
