/**
 * What every rule of the content model returns: which record, which field (a dotted path into
 * the record, e.g. "phones.0.number"), and what is wrong in words an editor can act on. The
 * content check adds the file, the spreadsheet import the row and column; the words stay the same.
 */
export interface ModelIssue {
  record: string;
  field: string;
  message: string;
}

/** A zod issue as a model issue of `record`. */
export const fromZod = (record: string, issue: { path: PropertyKey[]; message: string }): ModelIssue => ({
  record,
  field: issue.path.map(String).join('.'),
  message: issue.message,
});
