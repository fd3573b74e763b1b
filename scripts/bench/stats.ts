/** Median and spread of a few samples: one sample of a throttled load says little. */
export function summarise(samples: number[]): { median: number; min: number; max: number } {
  if (!samples.length) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function msSpread(samples: number[]): string {
  const s = summarise(samples);
  return `${ms(s.median)} (${Math.round(s.min).toLocaleString('en')}–${Math.round(s.max).toLocaleString('en')})`;
}
