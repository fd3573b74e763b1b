/** A problem in source content, located precisely enough for an editor to fix it. */
export interface ContentError {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record: string;
  /** Dotted path of the field, e.g. "phones.0.number". */
  field: string;
  message: string;
}

export function formatError(e: ContentError): string {
  return `${e.file}: record "${e.record}", field "${e.field || '(record)'}": ${e.message}`;
}
