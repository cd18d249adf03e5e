import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS } from '../model/entities';
import { READ_ERROR_CODES } from './errors';
import { mergePlans } from './merge';
import { readPlanFile } from './read';
import { makeReturn } from './returns';
import { COLLECTIONS, COLLECTION_TYPES, type AnyEntity } from './state';
import { entriesOf, EXPORT, reviewedPlan, sampleFile, withManifest, zipOf, type Entries } from './testing/files';
import { versionVector } from './versionVector';
import { writePlanFile } from './write';

/**
 * Thousands of damaged and hostile files thrown at the importer (read, then merge into a
 * local plan). Each must come back as a plan or a coded refusal: no exception, no hang,
 * and a merge result whose every record is valid, so applying it cannot fail half-way.
 */
const local = reviewedPlan();
const seeds = [
  sampleFile(),
  writePlanFile(makeReturn(local, versionVector(local.changes.slice(0, 20)), 'lan'), { ...EXPORT, kind: 'return', base: versionVector(local.changes.slice(0, 20)) }),
];
const codes = new Set<string>(READ_ERROR_CODES);

function importSafely(bytes: Uint8Array): void {
  const read = readPlanFile(bytes);
  if (!read.ok) {
    expect(codes.has(read.error.code), read.error.code).toBe(true);
    return;
  }
  const merged = mergePlans(local, read.file.content);
  if (!merged.ok) {
    expect(merged.error.code).toBe('planMismatch');
    return;
  }
  for (const { entity, value } of merged.apply.entities) {
    expect(ENTITY_SCHEMAS[entity].safeParse(value).success, `${entity} ${value.id}`).toBe(true);
  }
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '../../../../etc/passwd',
  'C:\\Windows\\system32',
  '\u0000\u001b]0;pwned\u0007',
  '\u202E\u200B\uFEFF',
  '__proto__',
  'constructor',
  '%s%n%x',
  'A'.repeat(70_000),
];
const hostile = fc.constantFrom(...HOSTILE);
/** Names a test can zip: at most 64 KiB, and not `__proto__` (fflate takes entries as object keys; the reader does not). */
const entryName = fc.oneof(hostile, fc.string({ maxLength: 20 })).filter((s) => s !== '__proto__').map((s) => s.slice(0, 1000));
const seed = fc.constantFrom(...seeds);
/** The properties run a fixed number of files each; together, several thousand. FUZZ_SCALE=20 hunts longer. */
const runs = (numRuns: number) => ({ numRuns: numRuns * Number(process.env.FUZZ_SCALE ?? 1) });

describe('importer fuzz', { timeout: 60_000 * Number(process.env.FUZZ_SCALE ?? 1) }, () => {
  it('survives bit flips', () => {
    const flips = fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(seed, flips, (file, at) => {
        const bytes = file.slice();
        for (const [position, bit] of at) bytes[position % bytes.length] = bytes[position % bytes.length]! ^ (1 << bit);
        importSafely(bytes);
      }),
      runs(1200),
    );
  });

  it('survives truncation and spliced garbage', () => {
    fc.assert(
      fc.property(seed, fc.nat(), fc.uint8Array({ maxLength: 64 }), (file, cut, garbage) => {
        const at = cut % file.length;
        importSafely(file.subarray(0, at));
        importSafely(new Uint8Array([...file.subarray(0, at), ...garbage, ...file.subarray(at + garbage.length)]));
      }),
      runs(500),
    );
  });

  it('survives renamed, dropped and added entries', () => {
    const name = fc.oneof(entryName, fc.constantFrom('manifest.json', 'attachments/x', 'attachments/', 'Manifest.json', './manifest.json'));
    fc.assert(
      fc.property(seed, fc.nat(), name, fc.constantFrom('rename', 'drop', 'add'), (file, pick, newName, action) => {
        const entries = entriesOf(file);
        const names = Object.keys(entries);
        const target = names[pick % names.length]!;
        const changed: Entries = { ...entries };
        if (action !== 'add') delete changed[target];
        if (action !== 'drop') changed[newName] = action === 'rename' ? entries[target]! : strToU8(newName);
        importSafely(zipOf(changed));
      }),
      runs(500),
    );
  });

  it('survives mutated manifests: deleted, replaced, duplicated and retyped values', () => {
    const value = fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e308, -1, 2 ** 53, 0.5, '', null, [], {}));
    const mutation = fc.record({ path: fc.array(fc.nat(), { maxLength: 6 }), action: fc.constantFrom('delete', 'replace', 'duplicate'), value });
    fc.assert(
      fc.property(seed, fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        importSafely(
          withManifest(file, (manifest) => {
            for (const m of mutations) mutate(manifest, m.path, m.action, m.value);
          }),
        );
      }),
      runs(1200),
    );
  });

  it('reads hostile strings in every text field as data, and merges them', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 12 }), (strings) => {
        let i = 0;
        const next = () => strings[i++ % strings.length]!.slice(0, 200);
        const evil = {
          ...local,
          plan: { ...local.plan, title: next(), brand: next() },
          elements: local.elements.map((e) => ({ ...e, title: next(), body: next() })),
          reviews: local.reviews.map((r) => ({ ...r, risks: next(), objections: next() })),
          comments: local.comments.map((c) => ({ ...c, body: next().trim() || 'x' })),
        };
        const bytes = writePlanFile(evil, EXPORT);
        const read = readPlanFile(bytes);
        expect(read.ok && read.file.content.elements).toEqual(evil.elements);
        importSafely(bytes);
      }),
      runs(150),
    );
  });

  it('survives random bytes and random zips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => importSafely(bytes)),
      runs(300),
    );
    fc.assert(
      fc.property(fc.dictionary(entryName, fc.uint8Array({ maxLength: 64 }), { maxKeys: 4 }), (entries) => importSafely(zipOf(entries))),
      runs(300),
    );
  });
});

type Json = Record<string, unknown> | unknown[];

/** Walks `path` (indices into keys or items) from the root and changes what it ends on. */
function mutate(root: Json, path: readonly number[], action: 'delete' | 'replace' | 'duplicate', value: unknown) {
  let parent: Json = root;
  let key: string | number | undefined;
  for (const step of path) {
    const keys: Array<string | number> = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    key = keys[step % keys.length]!;
    const child: unknown = (parent as Record<string | number, unknown>)[key];
    if (typeof child !== 'object' || child === null) break;
    parent = child as Json;
    key = undefined;
  }
  if (key === undefined) {
    const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    key = keys[(path.at(-1) ?? 0) % Math.max(1, keys.length)];
    if (key === undefined) return;
  }
  const record = parent as Record<string | number, unknown>;
  if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete record[key];
  } else if (action === 'replace') record[key] = value;
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else record[`${String(key)}_copy`] = structuredClone(record[key]);
}

// Every record type appears in the seeds, so mutations reach each schema.
it('fuzz seeds hold every kind of record the file carries', () => {
  const types = COLLECTION_TYPES.filter((type) => (local[COLLECTIONS[type]] as AnyEntity[]).length > 0);
  expect(types).toEqual(expect.arrayContaining(['element', 'link', 'review', 'comment', 'attachment']));
});
