import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical } from '../exchange/testing/canonical';
import { EXPORT, reviewedPlan, sampleFile } from '../exchange/testing/files';
import { LAN, MAI, MINH } from '../exchange/testing/fixtures';
import { writePlanFile } from '../exchange/write';
import type { PlanState } from '../exchange/state';
import { BACKUP_FORMAT_VERSION } from './format';
import { profilesNamedBy, type Library } from './library';
import { readBackupFile, type BackupReadError } from './read';
import { summarizeBackup } from './summary';
import { HOSTILE_NAME, libraryArbitrary, purgedPlan, relabel } from './testing';
import { writeBackupFile, type BackupWriteOptions } from './write';

const OPTIONS: BackupWriteOptions = {
  appVersion: '0.1.0',
  createdAt: new Date(Date.UTC(2026, 0, 12, 8, 0)),
  createdBy: { profileId: MAI.id, name: MAI.name, role: MAI.role },
};

/** Two reviewed plans (one in the trash), a deleted plan's tombstone, three people. */
function library(): Library {
  const first = relabel(reviewedPlan(), 'a-');
  const second = relabel(reviewedPlan(), 'b-');
  return {
    plans: [first, { ...second, plan: { ...second.plan, title: '新年檔期 · Tết', trashedAt: 1_767_600_000_000 } }, purgedPlan('gone')],
    profiles: [MAI, LAN, MINH],
    settings: { currentProfileId: MAI.id },
  };
}

function roundTrip(lib: Library): Library {
  const read = readBackupFile(writeBackupFile(lib, OPTIONS));
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.backup.library;
}

/** What a restore must give back: every plan as it was (its file carries the people it names). */
function expected(lib: Library): string[] {
  return lib.plans.map((s) => canonical({ ...s, profiles: profilesNamedBy(s, lib.profiles) }));
}

function refusal(bytes: Uint8Array, limits = {}): BackupReadError {
  const result = readBackupFile(bytes, limits);
  if (result.ok) throw new Error('the backup was accepted');
  return result.error;
}

type Entries = Record<string, Uint8Array>;
const entries = (bytes: Uint8Array): Entries => unzipSync(bytes);
const zip = (files: Entries): Uint8Array => zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { level: 6 }]])) as Zippable);
const manifestOf = (files: Entries) => JSON.parse(new TextDecoder().decode(files['backup.json'])) as Record<string, unknown>;
function withManifest(bytes: Uint8Array, mutate: (m: Record<string, unknown>) => void, extra: Entries = {}): Uint8Array {
  const files = entries(bytes);
  const manifest = manifestOf(files);
  mutate(manifest);
  return zip({ ...files, ...extra, 'backup.json': strToU8(JSON.stringify(manifest)) });
}

describe('writeBackupFile / readBackupFile', () => {
  it('round-trips a library: every plan (trash and tombstones too), people and settings', () => {
    const lib = library();
    const read = readBackupFile(writeBackupFile(lib, OPTIONS));
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.backup.header).toEqual({
      format: 'campaign-workbench-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: '2026-01-12T08:00:00.000Z',
      createdBy: OPTIONS.createdBy,
    });
    expect(read.backup.library.profiles).toEqual(lib.profiles);
    expect(read.backup.library.settings).toEqual({ currentProfileId: MAI.id });
    expect(read.backup.library.plans.map(canonical)).toEqual(expected(lib));
    expect(read.backup.upgradedFrom).toBeNull();
  });

  it('keeps each plan an ordinary plan file, importable on its own', () => {
    const files = entries(writeBackupFile(library(), OPTIONS));
    expect(Object.keys(files).sort()).toEqual(['backup.json', 'plans/1.cwplan', 'plans/2.cwplan', 'plans/3.cwplan']);
    expect(manifestOf(files).plans).toEqual([
      { id: 'a-plan-1', entry: 'plans/1.cwplan' },
      { id: 'b-plan-1', entry: 'plans/2.cwplan' },
      { id: 'gone', entry: 'plans/3.cwplan' },
    ]);
  });

  it('writes the same bytes for the same library, and never a device id in the settings', () => {
    const bytes = writeBackupFile(library(), OPTIONS);
    expect(writeBackupFile(library(), OPTIONS)).toEqual(bytes);
    expect(manifestOf(entries(bytes)).settings).toEqual({ currentProfileId: MAI.id });
  });

  it('backs up an empty library', () => {
    const lib: Library = { plans: [], profiles: [], settings: { currentProfileId: null } };
    expect(roundTrip(lib)).toEqual(lib);
  });

  it('carries hostile strings as plain data', () => {
    const lib = library();
    lib.profiles = [...lib.profiles, { ...MINH, id: 'evil', name: HOSTILE_NAME }];
    lib.plans[0] = { ...lib.plans[0]!, plan: { ...lib.plans[0]!.plan, title: '<script>alert(1)</script>', brand: '../../etc/passwd' } };
    const back = roundTrip(lib);
    expect(back.plans[0]!.plan.title).toBe('<script>alert(1)</script>');
    expect(back.profiles.at(-1)!.name).toBe(HOSTILE_NAME);
  });

  it('refuses to write a library the reader would refuse', () => {
    const lib = library();
    expect(() => writeBackupFile({ ...lib, settings: { currentProfileId: 'nobody' } }, OPTIONS)).toThrow(/current profile/);
    expect(() => writeBackupFile({ ...lib, plans: [lib.plans[0]!, lib.plans[0]!] }, OPTIONS)).toThrow(/more than once/);
  });

  it('summarises what a restore would bring', () => {
    const read = readBackupFile(writeBackupFile(library(), OPTIONS));
    if (!read.ok) throw new Error(read.error.detail);
    expect(summarizeBackup(read.backup)).toMatchObject({
      inLibrary: 1,
      inTrash: 1,
      deletedPlans: 1,
      people: 3,
      attachments: 2,
      attachmentBytes: 600,
      plans: [
        { id: 'a-plan-1', title: 'Tết campaign', trashed: false },
        { id: 'b-plan-1', title: '新年檔期 · Tết', trashed: true },
      ],
    });
  });
});

describe('backup properties', () => {
  it('backup then restore reproduces every library', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(libraryArbitrary, (lib) => {
        const back = roundTrip(lib);
        expect(back.plans.map(canonical)).toEqual(expected(lib));
        expect(back.profiles).toEqual(lib.profiles);
        expect(back.settings).toEqual(lib.settings);
      }),
      { numRuns: 25, seed: Date.now() | 0 },
    );
  });
});

describe('refused backups change nothing and say why', () => {
  const good = () => writeBackupFile(library(), OPTIONS);

  it.each<[string, () => Uint8Array, BackupReadError['code']]>([
    ['random bytes', () => Uint8Array.from({ length: 500 }, (_, i) => (i * 13) & 0xff), 'notZip'],
    ['an empty file', () => new Uint8Array(), 'notZip'],
    ['a truncated file', () => good().subarray(0, 2000), 'truncated'],
    ['a plan file instead of a backup', () => sampleFile(), 'notBackup'],
    ['another zip', () => zip({ 'readme.txt': strToU8('hello') }), 'wrongType'],
    ['another format named in backup.json', () => withManifest(good(), (m) => (m.format = 'something-else')), 'wrongType'],
    ['a newer format version', () => withManifest(good(), (m) => (m.formatVersion = BACKUP_FORMAT_VERSION + 1)), 'futureVersion'],
    ['a format version of 0', () => withManifest(good(), (m) => (m.formatVersion = 0)), 'invalid'],
    ['backup.json that is not JSON', () => zip({ ...entries(good()), 'backup.json': strToU8('{"format": ') }), 'invalid'],
    ['a missing list of people', () => withManifest(good(), (m) => delete m.profiles), 'invalid'],
    ['a path-traversal entry', () => zip({ ...entries(good()), '../../evil.cwplan': strToU8('x') }), 'unsafeEntryName'],
    ['an absolute entry', () => zip({ ...entries(good()), '/etc/passwd': strToU8('x') }), 'unsafeEntryName'],
    ['a backslash entry', () => zip({ ...entries(good()), 'plans\\4.cwplan': strToU8('x') }), 'unsafeEntryName'],
    ['an unlisted plan file', () => zip({ ...entries(good()), 'plans/9.cwplan': sampleFile() }), 'unexpectedEntry'],
    ['a listed plan file that is missing', () => {
      const files = entries(good());
      delete files['plans/2.cwplan'];
      return zip(files);
    }, 'invalid'],
    ['two plans in one entry', () => withManifest(good(), (m) => ((m.plans as { entry: string }[])[1]!.entry = 'plans/1.cwplan')), 'invalid'],
    ['a plan listed under another id', () => withManifest(good(), (m) => ((m.plans as { id: string }[])[0]!.id = 'someone-else')), 'planMismatch'],
    ['the same plan twice', () => {
      const files = entries(good());
      return withManifest(good(), (m) => (m.plans as unknown[]).push({ id: 'a-plan-1', entry: 'plans/4.cwplan' }), { 'plans/4.cwplan': files['plans/1.cwplan']! });
    }, 'duplicateIds'],
    ['the same person twice', () => withManifest(good(), (m) => (m.profiles as unknown[]).push(MAI)), 'duplicateIds'],
    ['an unknown current profile', () => withManifest(good(), (m) => (m.settings = { currentProfileId: 'ghost' })), 'invalid'],
    ['a field return inside', () => {
      const state = relabel(reviewedPlan(), 'c-');
      const file = writePlanFile(state, { ...EXPORT, kind: 'return', base: {} });
      return withManifest(good(), (m) => (m.plans as unknown[]).push({ id: 'c-plan-1', entry: 'plans/4.cwplan' }), { 'plans/4.cwplan': file });
    }, 'invalid'],
  ])('%s', (_, make, code) => {
    expect(refusal(make()).code).toBe(code);
  });

  it('names the plan a problem is in, with the plan file’s own code', () => {
    const files = entries(good());
    const broken = files['plans/2.cwplan']!.slice(0, 400);
    const error = refusal(zip({ ...files, 'plans/2.cwplan': broken }));
    expect(error).toMatchObject({ code: 'truncated', plan: { entry: 'plans/2.cwplan', id: 'b-plan-1' } });
  });

  it('refuses the same record in two plans: one database holds them all', () => {
    const a = relabel(reviewedPlan(), 'a-');
    const clash: PlanState = { ...relabel(reviewedPlan(), 'b-') };
    clash.elements = [...clash.elements, { ...a.elements[0]!, planId: clash.plan.id }];
    const files = entries(writeBackupFile({ plans: [a], profiles: [MAI, LAN], settings: { currentProfileId: null } }, OPTIONS));
    const bytes = withManifest(zip(files), (m) => (m.plans as unknown[]).push({ id: clash.plan.id, entry: 'plans/2.cwplan' }), {
      'plans/2.cwplan': writePlanFile(clash, EXPORT),
    });
    expect(refusal(bytes)).toMatchObject({ code: 'duplicateIds', detail: expect.stringContaining('elements') });
  });

  it('checks sizes before inflating: the file, backup.json, each plan file and the total', () => {
    const bytes = good();
    expect(refusal(bytes, { maxFileBytes: bytes.length - 1 }).code).toBe('tooLarge');
    expect(refusal(bytes, { maxManifestBytes: 10 }).code).toBe('tooLarge');
    const plan = entries(bytes)['plans/1.cwplan']!.length;
    expect(refusal(bytes, { plan: { ...readLimits(), maxFileBytes: plan - 1 } }).code).toBe('tooLarge');
    expect(refusal(bytes, { maxTotalBytes: 2000 }).code).toBe('tooLarge');
  });

  it('holds every plan file to what is left of the total (each alone would fit)', () => {
    const bytes = good();
    const outer = Object.values(entries(bytes)).reduce((n, e) => n + e.length, 0);
    // Room for the archive's own entries and one plan's contents, not for all of them.
    const error = refusal(bytes, { maxTotalBytes: outer + 2500 });
    expect(error).toMatchObject({ code: 'tooLarge', plan: { entry: expect.stringMatching(/^plans\//) } });
  });

  it('refuses a zip bomb from its directory, without inflating it', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = zipSync({ 'backup.json': [strToU8('{}'), { level: 6 }], 'plans/1.cwplan': [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(200_000);
    expect(refusal(bomb, { plan: { ...readLimits(), maxFileBytes: 1024 * 1024 } }).code).toBe('tooLarge');
    expect(refusal(bomb, { maxTotalBytes: 1024 * 1024 }).code).toBe('tooLarge');
  });

  it('survives thousands of mutated backups without a crash or a throw', () => {
    const bytes = good();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const mutated = bytes.slice();
        for (const [at, value] of flips) mutated[at] = value;
        const result = readBackupFile(mutated);
        if (!result.ok) expect(typeof result.error.detail).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });
});

function readLimits() {
  return { maxFileBytes: 256 * 1024 * 1024, maxTotalBytes: 512 * 1024 * 1024, maxManifestBytes: 256 * 1024 * 1024, maxAttachmentBytes: 10 * 1024 * 1024, maxEntries: 10_001 };
}
