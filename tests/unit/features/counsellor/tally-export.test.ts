import { describe, expect, it } from 'vitest';
import { FLAG_IDS, OUTCOME_IDS } from '../../../../src/storage/counsellor-tally';
import { tallyChartSvg } from '../../../../src/features/counsellor/tally/tally-chart';
import { tallyCsv } from '../../../../src/features/counsellor/tally/tally-csv';

/** A small XML well-formedness check: every tag closed in order, attributes quoted, no stray < or &. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) return false;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) return false;
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!selfClose) stack.push(name!);
    i = tag.lastIndex;
  }
  return stack.length === 0;
}

describe('tally export', () => {
  const rows = [
    { week: '2026-11-23', sessions: 2, flags: { visitVisa: 2, passportHeld: 1 }, outcomes: { referred: 1, continues: 1 } },
    { week: '2026-11-30', sessions: 1, flags: {}, outcomes: { continues: 1 } },
  ];

  it('CSV: the fixed header, one row per week, counts only', () => {
    const lines = tallyCsv(rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      ['week', 'sessions', ...FLAG_IDS.map((f) => `flag_${f}`), ...OUTCOME_IDS.map((o) => `outcome_${o}`)].join(','),
    );
    expect(lines[0]).toBe(
      'week,sessions,flag_visitVisa,flag_fee,flag_loan,flag_passportHeld,flag_noContract,flag_notRegistered,flag_socialMedia,flag_subAgent,flag_onlineJob,outcome_continues,outcome_returns,outcome_referred',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2026-11-23,2,2,0,0,1,0,0,0,0,0,1,0,1');
    expect(lines[2]).toBe('2026-11-30,1,0,0,0,0,0,0,0,0,0,1,0,0');
    for (const line of lines.slice(1)) {
      const [week, ...counts] = line.split(',');
      expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(counts).toHaveLength(FLAG_IDS.length + OUTCOME_IDS.length + 1);
      for (const c of counts) expect(c).toMatch(/^\d+$/);
    }
  });

  it('CSV: anything that is not a count in a stored row leaves as 0, extra fields not at all', () => {
    const odd = [{ week: '2026-11-23', sessions: 1, flags: { fee: 'Mr Perera' as unknown as number }, outcomes: {}, note: 'x' }];
    const csv = tallyCsv(odd);
    expect(csv).not.toMatch(/Perera|note|x\b/);
    expect(csv.split('\r\n')[1]).toBe('2026-11-23,1,0,0,0,0,0,0,0,0,0,0,0,0');
  });

  it('SVG: well-formed, one bar per week, labels escaped', () => {
    expect(wellFormed('<svg><g></svg>')).toBe(false);
    expect(wellFormed('<svg><text>a < b</text></svg>')).toBe(false);
    const svg = tallyChartSvg(rows, { title: 'Conversations <by> week & "desk"', weekLabel: (w) => `W ${w}` });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<g class="bar">/g)).toHaveLength(2);
    expect(svg).toContain('Conversations &lt;by&gt; week &amp; &quot;desk&quot;');
    expect(svg).toContain('W 2026-11-23');
    expect(svg).toContain('W 2026-11-30');
  });

  it('SVG: an empty tally is still a well-formed chart, with no bars', () => {
    const svg = tallyChartSvg([], { title: 'Conversations by week' });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain('class="bar"');
  });
});
