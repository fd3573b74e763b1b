/**
 * A page made interactive from its slice must show exactly what its prerender showed, or the
 * reader would see text change (or vanish) as the script takes over. Checked on the real
 * content, for every page of a left-to-right and a right-to-left language.
 */
import { gzipSync } from 'node:zlib';
import renderToString from 'preact-render-to-string';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPacks } from '../../../scripts/content/compile-packs';
import { loadContent } from '../../../scripts/content/load-content';
import { App } from '../../../src/app/app';
import { pathFor, routesFor, type LangRoute } from '../../../src/app/routes';
import { SCREENS } from '../../../src/app/screens-static';
import type { Pack } from '../../../src/content/pack';
import { trackPack } from '../../../src/content/pack-slice';

let packs: Record<string, Pack>;
beforeAll(() => {
  const { content, errors } = loadContent();
  expect(errors).toEqual([]);
  packs = buildPacks(content);
});

const page = (route: LangRoute, pack: Pack, interactive = false) =>
  renderToString(
    <App
      route={route}
      pack={pack}
      screen={SCREENS[route.name]}
      query={new URLSearchParams()}
      corridor={{}}
      built={Object.keys(packs)}
      interactive={interactive}
      today="2026-12-01"
    />,
  );

afterEach(() => vi.unstubAllGlobals());

describe('page-sized pack slices', () => {
  for (const lang of ['si', 'ur']) {
    it(`render every ${lang} page exactly as the whole pack does`, () => {
      const routes = routesFor(packs[lang]!);
      expect(routes.length).toBeGreaterThan(100);
      for (const route of routes) {
        const tracked = trackPack(packs[lang]!);
        const fromFull = page(route, tracked.pack);
        const slice = tracked.slice();
        expect(slice.slice).toBe(true);
        expect(page(route, slice), pathFor(route)).toBe(fromFull);
        // The first render in the phone is the interactive one, from the slice.
        vi.stubGlobal('location', new URL(pathFor(route), 'https://saferoute.example'));
        expect(page(route, slice, true), pathFor(route)).toBe(page(route, packs[lang]!, true));
      }
    });
  }

  it('keeps a list page to the fields it shows, and a detail page to its own records', () => {
    const pack = packs.si!;
    const sliceOf = (route: LangRoute) => {
      const tracked = trackPack(pack);
      page(route, tracked.pack);
      return tracked.slice();
    };
    const list = sliceOf({ name: 'pathways', lang: 'si' });
    expect(list.pathways).toHaveLength(pack.pathways.length);
    expect(list.pathways.every((p) => p.text.title && !('steps' in p.text))).toBe(true);

    const risk = pack.risks[0]!;
    const detail = sliceOf({ name: 'risk', lang: 'si', id: risk.id });
    expect(detail.risks.map((r) => r.id)).toContain(risk.id);
    expect(detail.risks.find((r) => r.id === risk.id)!.text).toEqual(risk.text);
    const shown = detail.services.filter((s) => s.text && Object.keys(s.text).length);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(pack.services.length);

    const gz = (p: Pack) => gzipSync(JSON.stringify(p)).length;
    expect(gz(list)).toBeLessThan(gz(pack) / 3);
    expect(gz(detail)).toBeLessThan(gz(pack) / 3);
  });
});
