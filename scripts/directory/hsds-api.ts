/**
 * The directory as a read-only HSDS 3 API made of static files, so any static host serves it
 * and other referral systems (Open Referral tools, national directories) can read it:
 *   /hsds/                      version, profile, openapi_url
 *   /hsds/services              the paginated list (one page: the directory is small)
 *   /hsds/services/{id}         one service, in full
 *   /hsds/organizations         the paginated list of organizations
 *   /hsds/organizations/{id}    one organization, with its services
 * and the same tree under /hsds/{lang}/ with the service name and description in that
 * language: the SafeRoute profile (docs/hsds-profile.md). Ids are the same in every language.
 */
import type { ServiceText } from '../../src/content/model';
import type { Directory } from './directory-files';
import { hsdsPage, toHsds, type HsdsService } from './hsds';
import { uuidFor } from './uuid';

export const HSDS_VERSION = '3.0';

export interface ApiFile {
  /** Path under dist, without extension handling: "hsds/services.json". */
  path: string;
  body: unknown;
}

const page = hsdsPage;

/** One language's tree of API answers under `base` ("hsds" or "hsds/si"). */
function tree(base: string, services: HsdsService[], origin: string): ApiFile[] {
  const files: ApiFile[] = [
    {
      path: `${base}/index.json`,
      body: { version: HSDS_VERSION, profile: `${origin}/hsds/profile.json`, openapi_url: `${origin}/hsds/openapi.json` },
    },
    { path: `${base}/services.json`, body: page(services) },
  ];
  for (const s of services) files.push({ path: `${base}/services/${s.id}.json`, body: s });
  const orgs = new Map<string, { org: HsdsService['organization']; services: HsdsService[] }>();
  for (const s of services) {
    const entry = orgs.get(s.organization.id) ?? { org: s.organization, services: [] };
    entry.services.push(s);
    orgs.set(s.organization.id, entry);
  }
  const list = [...orgs.values()].map(({ org }) => org);
  files.push({ path: `${base}/organizations.json`, body: page(list) });
  for (const { org, services: theirs } of orgs.values()) {
    // The full organization lists its services without repeating the organization in each.
    files.push({
      path: `${base}/organizations/${org.id}.json`,
      body: { ...org, services: theirs.map(({ organization: _o, ...rest }) => ({ ...rest, organization_id: org.id })) },
    });
  }
  return files;
}

/** Every API file: English at /hsds/, and each translated language at /hsds/{lang}/. */
export function hsdsApiFiles(dir: Directory, translations: Record<string, Record<string, ServiceText>>, origin = ''): ApiFile[] {
  const english = toHsds(dir).contents;
  const recordId = new Map(dir.services.map((s) => [uuidFor('service', s.id), s.id]));
  const files = tree('hsds', english, origin);
  for (const [lang, text] of Object.entries(translations)) {
    if (lang === 'en') continue;
    // An untranslated service keeps its English text, as the app does.
    const localized = english.map((s) => {
      const t = text[recordId.get(s.id)!];
      return t ? { ...s, name: t.name, description: t.description } : s;
    });
    files.push(...tree(`hsds/${lang}`, localized, origin));
  }
  files.push({
    path: 'hsds/profile.json',
    body: {
      name: 'SafeRoute',
      description: 'HSDS 3.0 with one addition: /hsds/{lang}/ serves the same records with name and description in that language (BCP 47 code). Ids are the same in every language.',
      languages: ['en', ...Object.keys(translations).filter((l) => l !== 'en')],
    },
  });
  return files;
}
