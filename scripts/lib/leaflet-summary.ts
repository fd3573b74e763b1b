/** The build's line about leaflets: how many, and the largest in each language with its font. */
import type { LeafletFile } from './leaflets';

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

export function leafletSummary(files: readonly LeafletFile[]): string {
  const largest = new Map<string, LeafletFile>();
  for (const f of files) if (f.gzipBytes > (largest.get(f.lang)?.gzipBytes ?? -1)) largest.set(f.lang, f);
  const rows = [...largest.values()]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((f) => `    ${f.lang.padEnd(4)} ${kb(f.gzipBytes).padStart(8)} gzip ${kb(f.bytes).padStart(9)} raw${f.fontBytes ? `  (font subset ${kb(f.fontBytes)})` : ''}  ${f.path}`);
  return [`  ${files.length} leaflets in ${largest.size} languages; the largest of each language:`, ...rows].join('\n');
}
