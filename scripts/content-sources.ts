/**
 * Regenerates src/content/data/sources.json from ../shared/reference/facts.csv, keeping the
 * seed publications (S…) as they are. Facts are copied field for field, never edited by hand,
 * so a number in content can only trace to what a person read in the cited page.
 *
 *   npm run content:sources            write the file
 *   npm run content:sources -- --check fail if the file is out of date
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './directory/csv';
import { writeFilesAtomically } from './write-atomically';
import { DATA_DIR } from './content/load-content';

const FACTS = process.env.SAFEROUTE_FACTS ?? join(process.cwd(), '..', 'shared', 'reference', 'facts.csv');
const target = join(process.cwd(), DATA_DIR, 'sources.json');

const [header, ...rows] = parseCsv(readFileSync(FACTS, 'utf8'));
const col = (name: string) => {
  const i = header!.indexOf(name);
  if (i < 0) throw new Error(`${FACTS}: no column "${name}"`);
  return i;
};
const c = {
  id: col('id'),
  country: col('country'),
  name: col('name'),
  detail: col('detail'),
  phone: col('phone'),
  website: col('website'),
  url: col('source_url'),
  seen: col('source_date_seen'),
  confidence: col('confidence'),
};

const current = JSON.parse(readFileSync(target, 'utf8')) as Record<string, { kind: string }>;
const facts: Record<string, unknown> = {};
rows.forEach((r, i) => {
  const id = r[c.id]?.trim();
  if (!id) return;
  const confidence = r[c.confidence]?.trim();
  if (confidence !== 'confirmed' && confidence !== 'unconfirmed') {
    throw new Error(`${FACTS}: row ${i + 2}, column confidence: "${confidence}"; allowed: confirmed, unconfirmed`);
  }
  facts[id] = {
    kind: 'fact',
    title: r[c.name]!.trim(),
    country: r[c.country]!.trim(),
    detail: r[c.detail]!.trim(),
    phone: r[c.phone]!.trim(),
    website: r[c.website]!.trim(),
    urls: r[c.url]!.split(' ; ').map((u) => u.trim()).filter(Boolean),
    seen: r[c.seen]!.trim(),
    confidence,
  };
});
const publications = Object.fromEntries(Object.entries(current).filter(([, s]) => s.kind === 'publication'));
const text = JSON.stringify({ ...facts, ...publications }, null, 1) + '\n';

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is out of date with ${FACTS}: run npm run content:sources`);
    process.exit(1);
  }
  console.log('sources.json matches facts.csv');
} else {
  writeFilesAtomically([{ path: target, body: text }]);
  console.log(`sources.json: ${Object.keys(facts).length} facts, ${Object.keys(publications).length} publications`);
}
