import { strFromU8 } from 'fflate';
import { checkManifest } from './checks';
import { refusal, type ReadError, type ReadErrorCode } from './errors';
import {
  ATTACHMENT_PREFIX,
  attachmentIdOf,
  DEFAULT_LIMITS,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  manifestSchema,
  type FileHeader,
  type Manifest,
  type ReadLimits,
} from './format';
import { upgradeManifest, type RawManifest } from './migrations';
import type { PlanState } from './state';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip';

export interface PlanFile {
  header: FileHeader;
  content: PlanState;
  /** The format version the file was written in, when it was upgraded on reading. */
  upgradedFrom: number | null;
}

export type ReadResult = { ok: true; file: PlanFile } | { ok: false; error: ReadError };

const refuse = (code: ReadErrorCode, detail: string, path?: string): { ok: false; error: ReadError } => refusal(code, detail, path);

/**
 * Reads a `.cwplan` file. Never throws: any problem is a coded error, found before anything
 * is handed back, so a refused file changes nothing. Strings are returned as data; nothing
 * in a file is ever interpreted (no HTML, no paths, no code).
 */
export function readPlanFile(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): ReadResult {
  try {
    return read(bytes, { ...DEFAULT_LIMITS, ...limits });
  } catch (error) {
    // A safety net: whatever was not foreseen is the file's fault, reported, never a crash.
    return refuse('corrupt', `unreadable (${error instanceof Error ? error.name : 'error'})`);
  }
}

function read(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  if (bytes.length > limits.maxFileBytes) return refuse('tooLarge', `the file is ${bytes.length} bytes; the limit is ${limits.maxFileBytes}`);
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return refuse(directory.problem.code, directory.problem.detail);
  const layout = checkLayout(directory.value, limits);
  if (!layout.ok) return layout;
  const manifestBytes = readZipEntry(bytes, layout.manifest);
  if (!manifestBytes.ok) return refuse(manifestBytes.problem.code, manifestBytes.problem.detail);
  const parsed = parseManifest(manifestBytes.value);
  if (!parsed.ok) return parsed;
  const blobs = readAttachments(bytes, parsed.manifest, layout.attachments);
  if (!blobs.ok) return blobs;
  const { plan, elements, links, reviews, suggestions, comments, attachments, signoffs, conflicts, voteSessions, votes, profiles, changes, ...header } = parsed.manifest;
  return {
    ok: true,
    file: {
      header,
      content: { plan, elements, links, reviews, suggestions, comments, attachments, signoffs, conflicts, voteSessions, votes, profiles, changes, blobs: blobs.value },
      upgradedFrom: parsed.upgradedFrom,
    },
  };
}

type Layout = { ok: true; manifest: ZipEntry; attachments: Map<string, ZipEntry> } | { ok: false; error: ReadError };

/** Names and declared sizes, straight from the zip directory: nothing has been inflated yet. */
function checkLayout(entries: readonly ZipEntry[], limits: ReadLimits): Layout {
  if (entries.length > limits.maxEntries) return refuse('tooLarge', `${entries.length} entries; the limit is ${limits.maxEntries}`);
  const manifest = entries.find((e) => e.name === MANIFEST_ENTRY);
  if (!manifest) return refuse('wrongType', `no ${MANIFEST_ENTRY} in the archive`);
  const attachments = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name !== MANIFEST_ENTRY) {
      const id = attachmentIdOf(entry.name);
      if (id === undefined) return refuse('unsafeEntryName', `entry "${printable(entry.name)}" is not ${MANIFEST_ENTRY} or ${ATTACHMENT_PREFIX}<id>`);
      if (attachments.has(id)) return refuse('corrupt', `entry "${entry.name}" appears twice`);
      if (entry.size > limits.maxAttachmentBytes) return refuse('tooLarge', `entry "${entry.name}" inflates to ${entry.size} bytes; the limit is ${limits.maxAttachmentBytes}`);
      attachments.set(id, entry);
    }
    total += entry.size;
  }
  if (entries.filter((e) => e.name === MANIFEST_ENTRY).length > 1) return refuse('corrupt', `${MANIFEST_ENTRY} appears twice`);
  if (manifest.size > limits.maxManifestBytes) return refuse('tooLarge', `${MANIFEST_ENTRY} inflates to ${manifest.size} bytes; the limit is ${limits.maxManifestBytes}`);
  if (total > limits.maxTotalBytes) return refuse('tooLarge', `the entries inflate to ${total} bytes; the limit is ${limits.maxTotalBytes}`);
  return { ok: true, manifest, attachments };
}

/** Entry names go into messages: keep control characters out of terminals and logs. */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 200);
}

/** A change value this deep is an attack on the validator's stack, not a plan (real ones nest once). */
const MAX_VALUE_DEPTH = 32;

type Parsed = { ok: true; manifest: Manifest; upgradedFrom: number | null } | { ok: false; error: ReadError };

function parseManifest(bytes: Uint8Array): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    return refuse('invalid', `${MANIFEST_ENTRY} is not JSON`);
  }
  if (!isObject(raw) || raw.format !== FORMAT_NAME) return refuse('wrongType', `${MANIFEST_ENTRY} does not name the format "${FORMAT_NAME}"`);
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('invalid', 'the format version is missing or not a positive integer', 'formatVersion');
  const upgraded = upgradeManifest(raw, version);
  if (!upgraded.ok) {
    return upgraded.reason === 'future'
      ? refuse('futureVersion', `format version ${version}; this app reads up to version ${FORMAT_VERSION}`)
      : refuse('tooOldVersion', `format version ${version} can no longer be upgraded`);
  }
  const deep = deeplyNestedChange(upgraded.manifest);
  if (deep !== undefined) return refuse('invalid', `a change value nests deeper than ${MAX_VALUE_DEPTH} levels`, `changes.${deep}`);
  const result = manifestSchema.safeParse(upgraded.manifest);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const path = first!.path.join('.');
    return refuse('invalid', `${path || '(manifest)'}: ${first!.message}${rest.length ? ` (and ${rest.length} more problems)` : ''}`, path);
  }
  const problem = checkManifest(result.data);
  if (problem) return { ok: false, error: problem };
  return { ok: true, manifest: result.data, upgradedFrom: version === FORMAT_VERSION ? null : version };
}

function isObject(value: unknown): value is RawManifest {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first change whose value nests too deep. Change values are the manifest's only
 * recursive schema (any JSON); everything else has a fixed shape the validator walks safely.
 */
function deeplyNestedChange(manifest: RawManifest): number | undefined {
  if (!Array.isArray(manifest.changes)) return undefined;
  const index = manifest.changes.findIndex(
    (change: unknown) => isObject(change) && (depthOf(change.newValue) > MAX_VALUE_DEPTH || depthOf(change.oldValue) > MAX_VALUE_DEPTH),
  );
  return index < 0 ? undefined : index;
}

/** Nesting depth, measured without recursion (the point is to protect the stack). */
function depthOf(root: unknown): number {
  if (typeof root !== 'object' || root === null) return 0;
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_VALUE_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

type Blobs = { ok: true; value: Map<string, Uint8Array> } | { ok: false; error: ReadError };

/** Every live attachment has its bytes, of the size its record states; no bytes without a record. */
function readAttachments(bytes: Uint8Array, manifest: Manifest, entries: ReadonlyMap<string, ZipEntry>): Blobs {
  const records = new Map(manifest.attachments.map((a) => [a.id, a]));
  for (const id of entries.keys()) {
    if (!records.has(id)) return refuse('unexpectedEntry', `${ATTACHMENT_PREFIX}${id} belongs to no attachment record`);
  }
  const blobs = new Map<string, Uint8Array>();
  for (const attachment of manifest.attachments) {
    const entry = entries.get(attachment.id);
    if (!entry) {
      // A deleted attachment's bytes may be left behind; its record stays as a tombstone.
      if (attachment.deleted) continue;
      return refuse('missingAttachment', `attachment "${attachment.id}" (${printable(attachment.name)}) has no ${ATTACHMENT_PREFIX}${attachment.id} entry`);
    }
    if (entry.size !== attachment.size) {
      return refuse('attachmentMismatch', `attachment "${attachment.id}" is ${entry.size} bytes; its record says ${attachment.size}`);
    }
    const data = readZipEntry(bytes, entry);
    if (!data.ok) return refuse(data.problem.code, data.problem.detail);
    blobs.set(attachment.id, data.value);
  }
  return { ok: true, value: blobs };
}
