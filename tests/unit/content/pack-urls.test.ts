import { describe, expect, it } from 'vitest';
import { distPath, packLanguageOf, packUrl, sliceLanguageOf, sliceUrl } from '../../../src/content/pack-urls';

const HASH = 'ab'.repeat(32);

describe('pack URLs', () => {
  it('recognises the paths it spells, for every language code length', () => {
    for (const lang of ['si', 'fil', 'prs']) {
      expect(packLanguageOf(packUrl(lang, HASH))).toBe(lang);
      expect(sliceLanguageOf(sliceUrl(lang, HASH))).toBe(lang);
    }
  });

  it('never takes a slice for a full pack, or the manifest for either', () => {
    expect(packLanguageOf(sliceUrl('si', HASH))).toBeUndefined();
    expect(sliceLanguageOf(packUrl('si', HASH))).toBeUndefined();
    expect(packLanguageOf('/packs/manifest.json')).toBeUndefined();
    expect(packLanguageOf('/packs/rescue.json')).toBeUndefined();
  });

  it('refuses look-alikes a hostile link could use', () => {
    expect(packLanguageOf(`/packs/si.${HASH.slice(0, 10)}.json/../../x`)).toBeUndefined();
    expect(packLanguageOf(`/evil/packs/si.${HASH.slice(0, 10)}.json`)).toBeUndefined();
    expect(packLanguageOf(`/packs/SI.${HASH.slice(0, 10)}.json`)).toBeUndefined();
  });

  it('maps a site path to a file below the output folder', () => {
    expect(distPath(packUrl('ta', HASH))).toBe(`packs/ta.${HASH.slice(0, 10)}.json`);
  });
});
