import { strFromU8 } from 'fflate';
import { refusal, type ReadErrorCode } from '../exchange/errors';
import { MANIFEST_ENTRY } from '../exchange/format';
import { upgradeManifest, type RawManifest } from '../exchange/migrations';
import { printable, readPlanFile } from '../exchange/read';
import type { PlanState } from '../exchange/state';
import { readZipDirectory, readZipEntry, type ZipEntry } from '../exchange/zip';
import { libraryProblem } from './checks';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_ENTRY,
  backupManifestSchema,
  DEFAULT_BACKUP_LIMITS,
  isPlanEntryName,
  MAX_BACKUP_PLANS,
  type BackupHeader,
  type BackupLimits,
  type BackupManifest,
} from './format';
import type { Library } from './library';
import { BACKUP_MIGRATIONS } from './migrations';

/**
 * Why a backup was refused: the plan file's codes (docs/format/cwplan.md, section 10), plus
 * `notBackup` for a plan file opened where a backup was expected. A problem inside one plan
 * keeps that plan file's code and says which plan (`plan`).
 */
export type BackupReadErrorCode = ReadErrorCode | 'notBackup';
export interface BackupReadError {
  code: BackupReadErrorCode;
  detail: string;
  path?: string;
  /** The plan file the problem is in, when it is in one. */
  plan?: { entry: string; id: string };
}

export interface BackupFile {
  header: BackupHeader;
  library: Library;
  /** The backup format version the file was written in, when it was upgraded on reading. */
  upgradedFrom: number | null;
}

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupReadError };

const refuse = (code: BackupReadErrorCode, detail: string, path?: string): { ok: false; error: BackupReadError } => refusal(code, detail, path);

/**
 * Reads a `.cwbackup` file. Never throws: any problem is a coded error found before anything
 * is handed back, so a refused backup restores nothing. Sizes are checked from the zip
 * directories before inflating (the backup's, then each plan file's against what is left of
 * the total), names before they are used, and each plan with the plan file reader.
 */
export function readBackupFile(
  bytes: Uint8Array,
  limits: Partial<BackupLimits> = {},
  onProgress?: (done: number, total: number) => void,
): BackupReadResult {
  try {
    return read(bytes, { ...DEFAULT_BACKUP_LIMITS, ...limits }, onProgress);
  } catch (error) {
    return refuse('corrupt', `unreadable (${error instanceof Error ? error.name : 'error'})`);
  }
}

function read(bytes: Uint8Array, limits: BackupLimits, onProgress?: (done: number, total: number) => void): BackupReadResult {
  if (bytes.length > limits.maxFileBytes) return refuse('tooLarge', `the file is ${bytes.length} bytes; the limit is ${limits.maxFileBytes}`);
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return refuse(directory.problem.code, directory.problem.detail);
  const layout = checkLayout(directory.value, limits);
  if (!layout.ok) return layout;
  const manifestBytes = readZipEntry(bytes, layout.manifest);
  if (!manifestBytes.ok) return refuse(manifestBytes.problem.code, manifestBytes.problem.detail);
  const parsed = parseManifest(manifestBytes.value, layout.plans);
  if (!parsed.ok) return parsed;
  const { manifest } = parsed;

  let budget = limits.maxTotalBytes - layout.inflated;
  const plans: PlanState[] = [];
  for (const [i, { id, entry }] of manifest.plans.entries()) {
    const at = { entry, id };
    const data = readZipEntry(bytes, layout.plans.get(entry)!);
    if (!data.ok) return { ok: false, error: { code: data.problem.code, detail: data.problem.detail, plan: at } };
    const inner = readZipDirectory(data.value);
    const innerTotal = inner.ok ? inner.value.reduce((sum, e) => sum + e.size, 0) : 0;
    // Each plan file may inflate only what the plans before it left of the backup's total.
    const remaining = budget;
    if (innerTotal > remaining) return { ok: false, error: { code: 'tooLarge', detail: `the plans inflate to more than ${limits.maxTotalBytes} bytes together`, plan: at } };
    budget -= innerTotal;
    const file = readPlanFile(data.value, { ...limits.plan, maxTotalBytes: Math.min(limits.plan.maxTotalBytes, remaining) });
    if (!file.ok) return { ok: false, error: { ...file.error, plan: at } };
    if (file.file.header.kind !== 'plan') return { ok: false, error: { code: 'invalid', detail: `${entry} is a ${file.file.header.kind} file, not a whole plan`, plan: at } };
    if (file.file.content.plan.id !== id) {
      return { ok: false, error: { code: 'planMismatch', detail: `${entry} holds plan "${file.file.content.plan.id}", not "${id}"`, plan: at } };
    }
    plans.push(file.file.content);
    onProgress?.(i + 1, manifest.plans.length);
  }

  const { format, formatVersion, appVersion, createdAt, createdBy, profiles, settings } = manifest;
  const library: Library = { plans, profiles, settings };
  const problem = libraryProblem(library);
  if (problem) return { ok: false, error: problem };
  return { ok: true, backup: { header: { format, formatVersion, appVersion, createdAt, createdBy }, library, upgradedFrom: parsed.upgradedFrom } };
}

type Layout = { ok: true; manifest: ZipEntry; plans: Map<string, ZipEntry>; inflated: number } | { ok: false; error: BackupReadError };

/** Names and declared sizes, straight from the zip directory: nothing has been inflated yet. */
function checkLayout(entries: readonly ZipEntry[], limits: BackupLimits): Layout {
  if (entries.length > MAX_BACKUP_PLANS + 1) return refuse('tooLarge', `${entries.length} entries; the limit is ${MAX_BACKUP_PLANS + 1}`);
  const manifests = entries.filter((e) => e.name === BACKUP_MANIFEST_ENTRY);
  if (manifests.length === 0) {
    return entries.some((e) => e.name === MANIFEST_ENTRY)
      ? refuse('notBackup', 'this is a plan file (it holds manifest.json), not a backup')
      : refuse('wrongType', `no ${BACKUP_MANIFEST_ENTRY} in the archive`);
  }
  if (manifests.length > 1) return refuse('corrupt', `${BACKUP_MANIFEST_ENTRY} appears twice`);
  const manifest = manifests[0]!;
  if (manifest.size > limits.maxManifestBytes) return refuse('tooLarge', `${BACKUP_MANIFEST_ENTRY} inflates to ${manifest.size} bytes; the limit is ${limits.maxManifestBytes}`);
  const plans = new Map<string, ZipEntry>();
  let inflated = 0;
  for (const entry of entries) {
    inflated += entry.size;
    if (entry === manifest) continue;
    if (!isPlanEntryName(entry.name)) return refuse('unsafeEntryName', `entry "${printable(entry.name)}" is not ${BACKUP_MANIFEST_ENTRY} or plans/<n>.cwplan`);
    if (plans.has(entry.name)) return refuse('corrupt', `entry "${entry.name}" appears twice`);
    if (entry.size > limits.plan.maxFileBytes) return refuse('tooLarge', `entry "${entry.name}" inflates to ${entry.size} bytes; the limit is ${limits.plan.maxFileBytes}`);
    plans.set(entry.name, entry);
  }
  if (inflated > limits.maxTotalBytes) return refuse('tooLarge', `the entries inflate to ${inflated} bytes; the limit is ${limits.maxTotalBytes}`);
  return { ok: true, manifest, plans, inflated };
}

type Parsed = { ok: true; manifest: BackupManifest; upgradedFrom: number | null } | { ok: false; error: BackupReadError };

function parseManifest(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    return refuse('invalid', `${BACKUP_MANIFEST_ENTRY} is not JSON`);
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT_NAME) return refuse('wrongType', `${BACKUP_MANIFEST_ENTRY} does not name the format "${BACKUP_FORMAT_NAME}"`);
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('invalid', 'the format version is missing or not a positive integer', 'formatVersion');
  const upgraded = upgradeManifest(raw, version, BACKUP_MIGRATIONS, BACKUP_FORMAT_VERSION);
  if (!upgraded.ok) {
    return upgraded.reason === 'future'
      ? refuse('futureVersion', `backup format version ${version}; this app reads up to version ${BACKUP_FORMAT_VERSION}`)
      : refuse('tooOldVersion', `backup format version ${version} can no longer be upgraded`);
  }
  const result = backupManifestSchema.safeParse(upgraded.manifest);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const path = first!.path.join('.');
    return refuse('invalid', `${path || '(manifest)'}: ${first!.message}${rest.length ? ` (and ${rest.length} more problems)` : ''}`, path);
  }
  const manifest = result.data;
  const listed = new Set<string>();
  for (const [i, { entry }] of manifest.plans.entries()) {
    if (listed.has(entry)) return refuse('invalid', `${entry} is listed for two plans`, `plans.${i}.entry`);
    if (!entries.has(entry)) return refuse('invalid', `${entry} is listed but not in the archive`, `plans.${i}.entry`);
    listed.add(entry);
  }
  const stray = [...entries.keys()].find((name) => !listed.has(name));
  if (stray) return refuse('unexpectedEntry', `${stray} belongs to no plan of ${BACKUP_MANIFEST_ENTRY}`);
  return { ok: true, manifest, upgradedFrom: version === BACKUP_FORMAT_VERSION ? null : version };
}

function isObject(value: unknown): value is RawManifest {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
