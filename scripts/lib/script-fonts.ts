/**
 * Link-preview images are drawn with the build machine's fonts. A machine without a font for
 * a script draws boxes, and a preview of boxes shared on WhatsApp tells a reader nothing. So
 * before drawing, every script the build needs must have a font that covers it (fontconfig,
 * which Chromium on Linux uses), or the build stops and names what is missing.
 */
import { execFileSync } from 'node:child_process';
import { LANGUAGES } from '../../src/i18n/languages';

/** A few letters of each script: all must be covered by one installed font. */
const SAMPLES: Record<string, string> = {
  Sinh: 'ශ්‍රීලංකා',
  Taml: 'தமிழ்',
  Deva: 'नेपाली',
  Beng: 'বাংলা',
  Arab: 'اردوپښتودری',
  Thai: 'ไทย',
  Mymr: 'မြန်မာ',
  Khmr: 'ខ្មែរ',
  Laoo: 'ລາວ',
};

function covered(text: string): boolean {
  const hex = [...new Set([...text])].filter((c) => c.codePointAt(0)! > 0x7f && !/\u200d/.test(c)).map((c) => c.codePointAt(0)!.toString(16));
  try {
    const out = execFileSync('fc-list', [`:charset=${hex.join(' ')}`, 'family'], { encoding: 'utf8' });
    return out.trim().length > 0;
  } catch {
    return false;
  }
}

/** The languages (with their scripts) whose letters no installed font can draw. */
export function missingScriptFonts(langs: readonly string[]): { lang: string; script: string }[] {
  const missing: { lang: string; script: string }[] = [];
  for (const l of LANGUAGES.filter((x) => langs.includes(x.code))) {
    const sample = SAMPLES[l.script];
    if (sample && !covered(sample)) missing.push({ lang: l.code, script: l.script });
  }
  return missing;
}
