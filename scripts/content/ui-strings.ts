/** Helpers for i18next UI string files: nested JSON in, flat dotted keys out. */

export function flattenStrings(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(out, flattenStrings(value as Record<string, unknown>, path));
    else out[path] = value;
  }
  return out;
}

/** i18next plural forms share a base key ("days_one", "days_few" → "days"); languages have different sets. */
export function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

/** The {{placeholders}} in an i18next string. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]!);
}
