import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv, readCsvSheet } from '../../../../scripts/directory/csv';
import { columnLetter, formatHours, isIsoDate, parseHours, splitList } from '../../../../scripts/directory/values';

describe('CSV (RFC 4180)', () => {
  it('quotes only cells that need it and doubles quotes inside them', () => {
    const text = formatCsv([
      ['plain', 'with, comma', 'say "hi"', 'two\nlines', ''],
      ['0800123', '+9411', '', 'a\r\nb', 'x'],
    ]);
    expect(text).toBe('\uFEFFplain,"with, comma","say ""hi""","two\nlines",\r\n0800123,\'+9411,,"a\r\nb",x\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const attacks = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '=HYPERLINK("https://evil.example","click")', '+94 11 2338812'];
    const text = formatCsv([['id', 'cell'], ...attacks.map((a, i) => [`r${i}`, a])]);
    for (const line of parseCsv(text).slice(1)) expect(line[1]!.startsWith("'")).toBe(true);
    const sheet = readCsvSheet(new TextEncoder().encode(text));
    expect(sheet.rows.map((r) => r.cells[1]!.text)).toEqual(attacks);
  });

  it('neutralises a leading tab or carriage return too', () => {
    expect(parseCsv(formatCsv([['\t=1', '\r=1']]))[0]!.every((c) => c.startsWith("'"))).toBe(true);
  });

  it('keeps a leading apostrophe that was not put there to neutralise a formula', () => {
    const sheet = readCsvSheet(new TextEncoder().encode("id,name\r\na,'Ahlan' shelter\r\n"));
    expect(sheet.rows[0]!.cells[1]!.text).toBe("'Ahlan' shelter");
  });

  it('parses what it writes back to the same cells', () => {
    const rows = [
      ['id', 'text'],
      ['a', 'comma, "quote" and\r\nnew line'],
      ['b', ''],
      ['', ''],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });

  it('accepts LF or CRLF line ends, a BOM or none, and a missing final line end', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('\uFEFFa,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,"b\nc"\r\nd,e\n')).toEqual([['a', 'b\nc'], ['d', 'e']]);
  });

  it('reports a quoted cell that is never closed', () => {
    expect(() => parseCsv('a,"b\nc,d\n')).toThrow(CsvError);
  });

  it('numbers rows as a spreadsheet does, even when a cell spans lines', () => {
    const sheet = readCsvSheet(new TextEncoder().encode('id,x\r\n1,"two\r\nlines"\r\n\r\n3, y \r\n'));
    expect(sheet.rows.map((r) => [r.number, r.cells.map((c) => c.text)])).toEqual([
      [2, ['1', 'two\nlines']],
      [3, ['']],
      [4, ['3', 'y']],
    ]);
  });
});

describe('cell formats', () => {
  it('hours round-trip and explain what is wrong', () => {
    const hours = [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
      { days: ['sa'], opens: '09:00', closes: '12:00' },
    ];
    expect(formatHours(hours as never)).toBe('mo,tu,we,th,fr 09:00-17:00; sa 09:00-12:00');
    expect(parseHours('mo,tu,we,th,fr 09:00-17:00; sa 09:00-12:00')).toEqual({ hours });
    expect(parseHours('mo, tu  09:00 - 17:00;')).toEqual({ hours: [{ days: ['mo', 'tu'], opens: '09:00', closes: '17:00' }] });
    expect(parseHours('mo 25:00-26:00')).toEqual({ error: '"25:00" is not a 24-hour time HH:MM' });
  });

  it('lists, dates and column letters', () => {
    expect(splitList(' a ;b;; c ')).toEqual(['a', 'b', 'c']);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect([1, 26, 27, 46, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AT', 'ZZ']);
  });
});
