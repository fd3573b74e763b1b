/** The sessions-per-week chart: one layout for the chart on screen and the SVG file for a report. */
import type { TallyWeek } from '../../../storage/counsellor-tally';
import { count } from './count';

export interface ChartBar {
  week: string;
  sessions: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The y of the line the bars stand on. */
  baseline: number;
  bars: ChartBar[];
}

const BAR = 28;
const GAP = 18;
const SIDE = 24;
const TOP = 44;
const PLOT = 140;
const BELOW = 34;

/** Where each week's bar goes: shared by the chart on screen and the downloaded SVG file. */
export function tallyChart(rows: readonly TallyWeek[]): ChartLayout {
  const max = Math.max(1, ...rows.map((r) => count(r.sessions)));
  const bars = rows.map((r, i) => {
    const sessions = count(r.sessions);
    const height = Math.round((sessions / max) * PLOT);
    return { week: r.week, sessions, x: SIDE + i * (BAR + GAP), y: TOP + PLOT - height, width: BAR, height };
  });
  return { width: Math.max(240, SIDE * 2 + rows.length * (BAR + GAP) - GAP), height: TOP + PLOT + BELOW, baseline: TOP + PLOT, bars };
}

export interface ChartLabels {
  /** The chart's title, e.g. "Conversations by week". */
  title: string;
  /** A week's label under its bar; by default its month and day. */
  weekLabel?: (week: string) => string;
  lang?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A standalone SVG file of the sessions per week, to paste into a report. */
export function tallyChartSvg(rows: readonly TallyWeek[], labels: ChartLabels): string {
  const { width, height, baseline, bars } = tallyChart(rows);
  const weekLabel = labels.weekLabel ?? ((w: string) => w.slice(5));
  const title = xml(labels.title);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}"${labels.lang ? ` xml:lang="${xml(labels.lang)}"` : ''}>`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${SIDE}" y="24" font-family="sans-serif" font-size="15" font-weight="bold" fill="#1a1a1a">${title}</text>`,
    `<line x1="${SIDE / 2}" y1="${baseline}" x2="${width - SIDE / 2}" y2="${baseline}" stroke="#4a4a4a" stroke-width="1"/>`,
  ];
  for (const b of bars) {
    const mid = b.x + b.width / 2;
    parts.push(
      `<g class="bar"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#0d5c4a"/>`,
      `<text x="${mid}" y="${b.y - 5}" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#1a1a1a">${b.sessions}</text>`,
      `<text x="${mid}" y="${baseline + 18}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="#4a4a4a">${xml(weekLabel(b.week))}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
