/**
 * A small, valid content tree in a temporary folder, for testing the content check and the
 * pack compiler against one deliberate mistake at a time.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureFiles {
  sources: Record<string, unknown>;
  risks: Record<string, unknown>[];
  pathways: Record<string, unknown>[];
  services: Record<string, unknown>[];
  text: Record<string, { ui?: unknown; risks?: unknown; pathways?: unknown; services?: unknown }>;
}

export function validFixture(): FixtureFiles {
  return {
    sources: {
      F002: {
        kind: 'fact',
        title: 'SLBFE 24-hour information hotline 1989',
        country: 'Sri Lanka',
        detail: '',
        phone: '1989',
        website: 'https://www.slbfe.lk',
        urls: ['http://www.adaderana.lk/news.php?nid=87450'],
        seen: '2026-11-24',
        confidence: 'confirmed',
      },
      F011: {
        kind: 'fact',
        title: 'Nepal Police anti-trafficking hotline 1177',
        country: 'Nepal',
        detail: '',
        phone: '1177 (abroad: +977 1177)',
        website: '',
        urls: [],
        seen: '2026-11-24',
        confidence: 'unconfirmed',
      },
    },
    risks: [
      {
        id: 'visit-visa-work',
        stage: 'before',
        topics: ['visit-visa'],
        countries: [],
        severity: 'high',
        related: { services: ['lk-slbfe-hotline'], pathways: ['lk-kr'] },
        status: 'verified',
        sources: ['F002'],
        lastVerified: '2026-11-24',
      },
    ],
    pathways: [
      {
        id: 'lk-kr',
        origin: 'LK',
        destination: 'KR',
        steps: [{ id: 'register', sources: ['F002'] }],
        links: [{ id: 'hotline', phone: '1989', sources: ['F002'] }],
        contacts: ['lk-slbfe-hotline'],
        status: 'verified',
        sources: ['F002'],
        lastVerified: '2026-11-24',
      },
    ],
    services: [
      {
        id: 'lk-slbfe-hotline',
        organisation: { name: 'SLBFE', type: 'government', website: 'https://www.slbfe.lk' },
        categories: ['hotline', 'migrant-bureau'],
        country: 'LK',
        phones: [{ number: '1989', kind: 'hotline', reach: 'in-country' }],
        website: 'https://www.slbfe.lk',
        hours: [],
        timezone: 'Asia/Colombo',
        open247: true,
        languages: [],
        serves: { genders: ['any'], nationalities: ['LK'], statuses: [] },
        cost: 'free',
        referral: 'self',
        accessibility: [],
        status: 'active',
        verifiedBy: 'test',
        sources: ['F002'],
        lastVerified: '2026-11-24',
      },
    ],
    text: {
      en: {
        ui: { app: { name: 'SafeRoute' }, services: { results_one: '{{count}} service', results_other: '{{count}} services' } },
        risks: {
          'visit-visa-work': {
            title: 'Do not work on a visit visa',
            summary: 'A visit visa is not a work visa.',
            body: ['You can be sent home.'],
            signs: ['The agent says a visit visa is fine.'],
            actions: ['Call SLBFE first.'],
          },
        },
        pathways: {
          'lk-kr': {
            title: 'Sri Lanka to Korea',
            summary: 'Apply through SLBFE.',
            scheme: 'EPS',
            whoMayApply: ['Citizens of Sri Lanka'],
            channel: 'SLBFE',
            steps: { register: { title: 'Register with SLBFE' } },
            documents: [],
            fees: [],
            verify: [],
            links: { hotline: 'SLBFE hotline' },
          },
        },
        services: { 'lk-slbfe-hotline': { name: 'SLBFE hotline', description: 'Checks agencies.' } },
      },
      si: {
        ui: { app: { name: 'සේෆ්රූට්' }, services: { results_one: 'සේවා {{count}}', results_other: 'සේවා {{count}}' } },
        risks: {
          'visit-visa-work': {
            title: 'සංචාරක වීසා මත වැඩ නොකරන්න',
            summary: 'සංචාරක වීසාව රැකියා වීසාවක් නොවේ.',
            body: ['ඔබව ආපසු යැවිය හැක.'],
            signs: ['නියෝජිතයා කියයි සංචාරක වීසාව හොඳයි.'],
            actions: ['පළමුව SLBFE අමතන්න.'],
          },
        },
      },
    },
  };
}

/** Writes a fixture to a fresh temporary folder and returns its path. */
export function writeFixture(f: FixtureFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'saferoute-content-'));
  const data = join(root, 'src/content/data');
  mkdirSync(data, { recursive: true });
  const write = (path: string, value: unknown) => writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  write(join(data, 'sources.json'), f.sources);
  write(join(data, 'risks.json'), f.risks);
  write(join(data, 'pathways.json'), f.pathways);
  write(join(data, 'services.json'), f.services);
  for (const [lang, files] of Object.entries(f.text)) {
    const dir = join(root, 'locales', lang);
    mkdirSync(dir, { recursive: true });
    for (const [name, value] of Object.entries(files)) if (value !== undefined) write(join(dir, `${name}.json`), value);
  }
  return root;
}
