/**
 * npm run content:check — validates all source content and prints per-language coverage.
 * Exits 1 when anything is wrong, listing every problem with its file, record and field.
 */
import { formatError } from './content/errors';
import { loadContent, type CoverageRow } from './content/load-content';

const root = process.argv[2] ?? process.cwd();
const { errors, coverage, content } = loadContent(root);

const pct = ([done, total]: [number, number]) => (total ? `${done}/${total} (${Math.round((done / total) * 100)}%)` : '-');

function table(rows: CoverageRow[]): string {
  const head = ['lang', 'review', 'UI strings', 'risks', 'pathways', 'services'];
  const body = rows.map((r) => [r.lang, r.review, pct(r.ui), pct(r.risks), pct(r.pathways), pct(r.services)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

console.log(
  `Content: ${content.risks.length} risk messages, ${content.pathways.length} pathways, ${content.services.length} services, ` +
    `${Object.keys(content.sources).length} sources, ${content.languages.length} languages`,
);
console.log('\nCoverage (records without a translation fall back to English and say so):');
console.log(table(coverage));

if (errors.length) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} found:`);
  for (const e of errors) console.error(`  ✗ ${formatError(e)}`);
  process.exit(1);
}
console.log('\ncontent:check passed');
