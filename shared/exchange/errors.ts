/**
 * Why a file was refused. The app shows a translated message per code; `detail` (English,
 * technical) says where, for a log or a bug report. Nothing is written when a file is refused.
 */
export const READ_ERROR_CODES = [
  'notZip',
  'truncated',
  'corrupt',
  'unsupported',
  'wrongType',
  'tooLarge',
  'unsafeEntryName',
  'unexpectedEntry',
  'futureVersion',
  'tooOldVersion',
  'invalid',
  'duplicateIds',
  'planMismatch',
  'missingAttachment',
  'attachmentMismatch',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export interface ReadError {
  code: ReadErrorCode;
  detail: string;
  /** For `invalid`: where in the manifest, e.g. `elements.3.title`. */
  path?: string;
}

/** Plain-English messages (the command-line tool's; the app translates the codes itself). */
export const READ_ERROR_MESSAGES: Record<ReadErrorCode, string> = {
  notZip: 'This is not a Campaign Workbench plan file (it is not a zip archive).',
  truncated: 'The file is incomplete: it was cut off, perhaps during a download or a copy.',
  corrupt: 'The file is damaged and cannot be read.',
  unsupported: 'The file uses a zip feature this app does not read (encryption, zip64 or an unusual compression).',
  wrongType: 'This zip archive is not a Campaign Workbench plan file.',
  tooLarge: 'The file is too large to import safely.',
  unsafeEntryName: 'The file contains an entry with an unsafe name (a path outside the plan file).',
  unexpectedEntry: 'The file contains an entry that does not belong in a plan file.',
  futureVersion: 'This file was made by a newer version of Campaign Workbench: update required.',
  tooOldVersion: 'This file was made by a version of Campaign Workbench too old to upgrade.',
  invalid: 'The plan in this file is not valid.',
  duplicateIds: 'The file lists the same record twice.',
  planMismatch: 'The file mixes records of different plans.',
  missingAttachment: 'An attachment listed in the file is missing its contents.',
  attachmentMismatch: "An attachment's contents do not match its description.",
};

export function describeReadError(error: ReadError): string {
  return `${READ_ERROR_MESSAGES[error.code]} (${error.code}: ${error.detail})`;
}

/** A refused read: the code, what was wrong, and where in the file (a JSON path) when known. */
export function refusal<C extends string>(code: C, detail: string, path?: string): { ok: false; error: { code: C; detail: string; path?: string } } {
  return { ok: false, error: path === undefined ? { code, detail } : { code, detail, path } };
}
