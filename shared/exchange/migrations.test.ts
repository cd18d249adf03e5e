import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from './format';
import { checkMigrations, MIGRATIONS, oldestReadableVersion, upgradeManifest, type FormatMigration } from './migrations';

/**
 * Version 1 is the only published format, so these tests drive the mechanism with a
 * made-up history (versions 1→2→3 of an imaginary future), not with real old files.
 */
const imaginary: FormatMigration[] = [
  { id: 'test/2-rename-notes', from: 1, up: ({ notes, ...rest }) => ({ ...rest, comments: notes ?? [] }) },
  { id: 'test/3-add-conflicts', from: 2, up: (m) => ({ ...m, conflicts: m.conflicts ?? [] }) },
];

describe('format migrations', () => {
  it('the published registry is consistent and reaches the current version', () => {
    expect(checkMigrations(MIGRATIONS)).toEqual([]);
    expect(oldestReadableVersion()).toBeLessThanOrEqual(FORMAT_VERSION);
    expect(upgradeManifest({ formatVersion: FORMAT_VERSION, plan: 'p' }, FORMAT_VERSION)).toEqual({
      ok: true,
      manifest: { formatVersion: FORMAT_VERSION, plan: 'p' },
      applied: [],
    });
  });

  it('runs every step from the file version up, in order, stamping each new version', () => {
    const result = upgradeManifest({ formatVersion: 1, notes: ['hi'] }, 1, imaginary, 3);
    expect(result).toEqual({ ok: true, manifest: { formatVersion: 3, comments: ['hi'], conflicts: [] }, applied: ['test/2-rename-notes', 'test/3-add-conflicts'] });
    expect(upgradeManifest({ formatVersion: 2, comments: [] }, 2, imaginary, 3)).toMatchObject({ applied: ['test/3-add-conflicts'] });
  });

  it('refuses versions from the future and versions older than the oldest step', () => {
    expect(upgradeManifest({}, 4, imaginary, 3)).toEqual({ ok: false, reason: 'future' });
    expect(oldestReadableVersion(imaginary.slice(1), 3)).toBe(2);
    expect(upgradeManifest({}, 1, imaginary.slice(1), 3)).toEqual({ ok: false, reason: 'tooOld' });
  });

  it('finds registries that cannot work', () => {
    const duplicate = [...imaginary, { ...imaginary[0]!, from: 0 }];
    expect(checkMigrations(duplicate, 3)).toEqual(['duplicate migration id test/2-rename-notes']);
    expect(checkMigrations([...imaginary, { id: 'x', from: 2, up: (m) => m }], 3)).toEqual(['two migrations from version 2']);
    expect(checkMigrations(imaginary, 2)).toEqual(['migration test/3-add-conflicts starts at or after the current version 2']);
  });
});
