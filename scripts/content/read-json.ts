import { existsSync, readFileSync } from 'node:fs';
import type { ContentError } from './errors';

/**
 * Reads a JSON file; a syntax error becomes a ContentError naming the line and column
 * rather than an exception, so one broken file does not hide the problems in others.
 */
export function readJson(path: string, label: string, errors: ContentError[]): unknown {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = Number(pos[1]) - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    errors.push({ file: label, record: '(file)', field: '', message: `is not valid JSON${where}: ${message}` });
    return undefined;
  }
}
