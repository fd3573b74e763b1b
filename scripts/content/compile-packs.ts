/**
 * Compiles validated source content into one pack per language, each written under a
 * content-hashed name, plus a small manifest that maps languages to packs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Localized, Pack, PackManifest, PackPhone, SourceEntry } from '../../src/content/pack';
import type { Service } from '../../src/content/model';
import { dialForms } from '../../src/content/model/phone-numbers';
import { rescueFor, type Rescue } from '../../src/content/rescue';
import { PACK_MANIFEST_URL, RESCUE_URL, distPath, packUrl } from '../../src/content/pack-urls';
import { LANGUAGES, language, SOURCE_LANGUAGE } from '../../src/i18n/languages';
import { buildLocaleData } from '../../src/i18n/format';
import type { SourceContent } from './load-content';
import { writeFilesAtomically } from '../write-atomically';

function localize<T>(id: string, lang: string, texts: Record<string, Record<string, T>>): Localized<T> {
  const own = texts[lang]?.[id];
  const source = texts[SOURCE_LANGUAGE]?.[id];
  if (!source) throw new Error(`No ${SOURCE_LANGUAGE} text for record "${id}"`);
  if (!own) return { text: source, fallback: true };
  return lang === SOURCE_LANGUAGE ? { text: own, fallback: false } : { text: own, fallback: false, source };
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      typeof v === 'object' && v && !Array.isArray(v) && typeof b === 'object' && b
        ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** A stored number with its dial forms; a number that only works at home says so. */
export function packPhone(p: Service['phones'][number], country: string): PackPhone {
  const forms = dialForms(p.number, country);
  const reach = forms.domesticOnly ? 'in-country' : p.reach;
  return {
    number: p.number,
    kind: p.kind,
    reach,
    national: forms.national,
    ...(forms.e164 ? { e164: forms.e164, international: forms.international } : {}),
  };
}

/** Builds every language's pack in memory, dated `builtOn` (YYYY-MM-DD, UTC today by default). */
export function buildPacks(content: SourceContent, builtOn: string = new Date().toISOString().slice(0, 10)): Record<string, Pack> {
  const byKind = <K extends 'risks' | 'pathways' | 'services'>(kind: K) =>
    Object.fromEntries(content.languages.map((l) => [l, content.text[l]![kind]])) as Record<string, Record<string, never>>;
  const riskText = byKind('risks');
  const pathwayText = byKind('pathways');
  const serviceText = byKind('services');

  const cited = new Set<string>();
  for (const r of [...content.risks, ...content.pathways, ...content.services]) r.sources.forEach((s) => cited.add(s));
  for (const p of content.pathways) p.steps.forEach((s) => s.sources.forEach((x) => cited.add(x)));
  const sources: Record<string, SourceEntry> = {};
  for (const id of [...cited].sort()) {
    const s = content.sources[id]!;
    const url = s.urls[0] ?? (s.website || undefined);
    sources[id] = { title: s.title, seen: s.seen, confidence: s.confidence, ...(url ? { url } : {}), ...(s.file ? { file: s.file } : {}) };
  }

  const countries = [
    ...new Set([...content.services.map((s) => s.country), ...content.pathways.flatMap((p) => [p.origin, p.destination])]),
  ].sort();
  const spoken = [...new Set([...content.services.flatMap((s) => s.languages), ...LANGUAGES.map((l) => l.code)])].sort();
  const dates = [
    ...new Set([
      ...[...content.risks, ...content.pathways, ...content.services].map((r) => r.lastVerified),
      ...content.pathways.flatMap((p) => (p.endsOn ? [p.endsOn] : [])),
    ]),
  ].sort();

  const packs: Record<string, Pack> = {};
  for (const lang of content.languages) {
    const meta = language(lang);
    const ui = deepMerge(content.text[SOURCE_LANGUAGE]!.ui, content.text[lang]!.ui);
    // Names live in ui.json so translators see them, and in the locale data so code finds them.
    const { areas, languageNames, ...strings } = ui as { areas?: Record<string, string>; languageNames?: Record<string, string> };
    packs[lang] = {
      lang,
      dir: meta.dir,
      review: meta.review,
      builtOn,
      ui: strings,
      risks: content.risks.map((r) => ({ ...r, ...localize(r.id, lang, riskText) })),
      pathways: content.pathways.map((p) => ({
        ...p,
        links: p.links.map((l) => (l.phone ? { ...l, dial: linkPhone(l.phone, p.origin, p.destination) } : l)),
        ...localize(p.id, lang, pathwayText),
      })),
      services: content.services.map((s) => ({
        ...s,
        phones: s.phones.map((p) => packPhone(p, s.country)),
        ...localize(s.id, lang, serviceText),
      })),
      sources,
      locale: buildLocaleData(lang, countries, spoken, dates, { languages: languageNames, areas }),
    };
  }
  return packs;
}

/** A pathway's number belongs to its origin or its destination: whichever reads it as valid. */
function linkPhone(number: string, origin: string, destination: string): PackPhone {
  const [a, b] = [packPhone({ number, kind: 'hotline', reach: 'any' }, origin), packPhone({ number, kind: 'hotline', reach: 'any' }, destination)];
  return a.e164 || !b.e164 ? a : b;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Writes packs and manifest into outDir/packs. Each file goes to a temporary name first and
 * is renamed into place, so a crash never leaves a truncated pack that a hash says is whole.
 */
export function writePacks(packs: Record<string, Pack>, outDir: string): PackManifest {
  mkdirSync(join(outDir, 'packs'), { recursive: true });
  const manifest: PackManifest = { version: '', packs: {} };
  for (const [lang, pack] of Object.entries(packs)) {
    const body = JSON.stringify(pack);
    const hash = sha256(body);
    const url = packUrl(lang, hash);
    writeFilesAtomically([{ path: join(outDir, distPath(url)), body }]);
    manifest.packs[lang] = {
      url,
      sha256: hash,
      bytes: Buffer.byteLength(body),
      gzipBytes: gzipSync(body, { level: 9 }).length,
    };
  }
  manifest.version = sha256(Object.values(manifest.packs).map((p) => p.sha256).join()).slice(0, 12);
  const rescue: Rescue = Object.fromEntries(Object.entries(packs).map(([lang, pack]) => [lang, rescueFor(pack)]));
  writeFilesAtomically([{ path: join(outDir, distPath(RESCUE_URL)), body: JSON.stringify(rescue) }]);
  writeFilesAtomically([{ path: join(outDir, distPath(PACK_MANIFEST_URL)), body: JSON.stringify(manifest) }]);
  return manifest;
}
