import { FORMAT_VERSION } from './format';

/** A manifest as parsed JSON, before the schema has seen it. */
export type RawManifest = Record<string, unknown>;

/**
 * One step up the format's history, in the manner of tldraw's migrations: named, never
 * edited once published, and additive (a step adds or reshapes; it never drops what a
 * person wrote). Step `from` upgrades a manifest of that version to `from + 1`.
 */
export interface FormatMigration {
  /** Stable and unique, e.g. `cwplan/2-conflict-records`. */
  id: string;
  from: number;
  up(manifest: RawManifest): RawManifest;
}

/**
 * Version 1 is the first published format: nothing to upgrade yet. Add a step here with
 * every FORMAT_VERSION bump, and keep a fixture file of the old version in the tests.
 */
export const MIGRATIONS: readonly FormatMigration[] = [];

/** Versions this build can read: those the migrations reach from, up to the current one. */
export function oldestReadableVersion(migrations: readonly FormatMigration[] = MIGRATIONS, current = FORMAT_VERSION): number {
  let version = current;
  while (migrations.some((m) => m.from === version - 1)) version -= 1;
  return version;
}

/** A registry is usable when ids are unique and each version has at most one step out of it. */
export function checkMigrations(migrations: readonly FormatMigration[], current = FORMAT_VERSION): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const froms = new Set<number>();
  for (const m of migrations) {
    if (ids.has(m.id)) problems.push(`duplicate migration id ${m.id}`);
    if (froms.has(m.from)) problems.push(`two migrations from version ${m.from}`);
    if (m.from >= current) problems.push(`migration ${m.id} starts at or after the current version ${current}`);
    ids.add(m.id);
    froms.add(m.from);
  }
  return problems;
}

export type UpgradeResult = { ok: true; manifest: RawManifest; applied: string[] } | { ok: false; reason: 'future' | 'tooOld' };

/** Runs the steps from `version` up to `current`, each on the previous step's output. */
export function upgradeManifest(
  manifest: RawManifest,
  version: number,
  migrations: readonly FormatMigration[] = MIGRATIONS,
  current = FORMAT_VERSION,
): UpgradeResult {
  if (version > current) return { ok: false, reason: 'future' };
  if (version < oldestReadableVersion(migrations, current)) return { ok: false, reason: 'tooOld' };
  const applied: string[] = [];
  let upgraded = manifest;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v)!;
    upgraded = { ...step.up(upgraded), formatVersion: v + 1 };
    applied.push(step.id);
  }
  return { ok: true, manifest: upgraded, applied };
}
