/**
 * A language pack: everything one language needs to render every screen offline.
 * Built by scripts/content/compile-packs.ts; read by the page and the prerenderer.
 */
import type { Pathway, PathwayText, Risk, RiskText, Service, ServiceText } from './schema';
import type { Direction, ReviewStatus } from '../i18n/languages';
import type { LocaleData } from '../i18n/locale-data';

/** A record's text in the pack's language, or English when no translation exists yet. */
export interface Localized<Text> {
  text: Text;
  /** True when `text` is the English source because this record is not translated. */
  fallback: boolean;
  /** The English source text, so a machine translation can be checked in one tap. */
  source?: Text;
}

export type RiskEntry = Risk & Localized<RiskText>;
export type PathwayEntry = Pathway & Localized<PathwayText>;
export type ServiceEntry = Service & Localized<ServiceText>;

export interface SourceEntry {
  title: string;
  url?: string;
  file?: string;
  seen: string;
  confidence: 'confirmed' | 'unconfirmed';
}

export interface Pack {
  lang: string;
  dir: Direction;
  review: ReviewStatus;
  /** i18next resources for the UI, in this language (English fills missing keys). */
  ui: Record<string, unknown>;
  risks: RiskEntry[];
  pathways: PathwayEntry[];
  services: ServiceEntry[];
  sources: Record<string, SourceEntry>;
  /** Names, dates and digits the phone's browser may lack for this language. */
  locale: LocaleData;
}

export interface PackManifestEntry {
  /** Absolute path of the content-hashed pack file, e.g. /packs/si.3f2a9c1b.json */
  url: string;
  /** Hex SHA-256 of the file's bytes, checked before a download is kept. */
  sha256: string;
  bytes: number;
  gzipBytes: number;
}

export interface PackManifest {
  version: string;
  packs: Record<string, PackManifestEntry>;
}

export const PACK_MANIFEST_URL = '/packs/manifest.json';
