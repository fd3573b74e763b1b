/**
 * A language pack: everything one language needs to render every screen offline.
 * Built by scripts/content/compile-packs.ts; read by the page and the prerenderer.
 */
import type { Pathway, PathwayText, Risk, RiskText, Service, ServiceText } from './model/records';
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

/**
 * A phone number with the forms the page dials and shows, derived at build time with the
 * country's numbering rules so the page never needs phone metadata.
 */
export interface PackPhone {
  /** As stored in the content: E.164, or as dialled inside the country. */
  number: string;
  kind: Service['phones'][number]['kind'];
  /** From the source where it says; short codes and toll-free lines are always in-country. */
  reach: Service['phones'][number]['reach'];
  /** E.164, only where it can be derived unambiguously; WhatsApp and calls from abroad use it. */
  e164?: string;
  /** As people write it inside the country ("0811-129-129"). */
  national: string;
  /** "+62 811 129 129", where there is an `e164`. */
  international?: string;
}

export type PackLink = Pathway['links'][number] & { dial?: PackPhone };

export type RiskEntry = Risk & Localized<RiskText>;
export type PathwayEntry = Omit<Pathway, 'links'> & { links: PackLink[] } & Localized<PathwayText>;
export type ServiceEntry = Omit<Service, 'phones'> & { phones: PackPhone[] } & Localized<ServiceText>;

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
  /**
   * The day the pack was built (YYYY-MM-DD). Record age is measured against it, not the phone's
   * clock, so a prerendered page and the same page in the browser agree on what is stale.
   */
  builtOn: string;
  /** i18next resources for the UI, in this language (English fills missing keys). */
  ui: Record<string, unknown>;
  risks: RiskEntry[];
  pathways: PathwayEntry[];
  services: ServiceEntry[];
  sources: Record<string, SourceEntry>;
  /** Names, dates and digits the phone's browser may lack for this language. */
  locale: LocaleData;
  /** Set on a page-sized slice (see pack-slice.ts): only what one page shows. */
  slice?: true;
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

