import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackupFile, writeBackupFile, type Library } from '../../shared/backup';
import { libraryArbitrary, purgedPlan, relabel } from '../../shared/backup/testing';
import { diffEntity } from '../../shared/changes/diff';
import { HlcClock } from '../../shared/changes/hlc';
import { canonical } from '../../shared/exchange/testing/canonical';
import { reviewedPlan } from '../../shared/exchange/testing/files';
import { LAN, MAI } from '../../shared/exchange/testing/fixtures';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import type { Attachment } from '../../shared/model/review';
import { submitReviewEdits } from '../../shared/review/edits';
import { review } from '../../shared/review/fixtures';
import {
  activeDatabaseName,
  commitActions,
  commitEdits,
  createPlan,
  purgePlan,
  readLibrary,
  restoreIntoFreshDatabase,
  restoreLibrary,
  RestoreCollisionError,
  saveProfile,
  WorkbenchDatabase,
} from '.';
import type { EditContext } from './commit';

const databases: WorkbenchDatabase[] = [];
async function freshDb(): Promise<WorkbenchDatabase> {
  const db = new WorkbenchDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await db.delete();
  }
});

const OPTIONS = { appVersion: 'test', createdAt: new Date(Date.UTC(2026, 0, 12)), createdBy: null };

/** The library through a backup file and back, as the app does it. */
function throughFile(library: Library): Library {
  const read = readBackupFile(writeBackupFile(library, OPTIONS));
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.backup.library;
}

/** A library as a test compares it: plans by content, in id order; the people; the settings. */
function canonicalLibrary(library: Library) {
  return {
    plans: [...library.plans].sort((a, b) => (a.plan.id < b.plan.id ? -1 : 1)).map((s) => canonical({ ...s, profiles: [] })),
    profiles: [...library.profiles].sort((a, b) => (a.id < b.id ? -1 : 1)),
    settings: library.settings,
  };
}

const PHOTO = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);

/** Marketing's laptop: two plans (one reviewed with a photo, one in the trash), one deleted for good. */
async function marketingLaptop(): Promise<{ db: WorkbenchDatabase; ctx: (planId: string) => EditContext }> {
  const db = await freshDb();
  const clock = new HlcClock('laptop-mai');
  const ctx = (planId: string): EditContext => ({ planId, author: MAI.id, clock });
  await saveProfile(db, MAI);
  await db.profiles.put(LAN);
  for (const [id, title] of [['p1', 'Tết 2027 · 新年檔期'], ['p2', 'Back to school'], ['p3', 'Old idea']] as const) {
    await createPlan(db, { author: MAI.id, clock }, {
      plan: newPlan({ id, title }, 1),
      elements: [newElement({ id: `${id}-price`, planId: id, kind: 'price', title: 'Giá' })],
      links: [],
    });
  }
  const attachment: Attachment = { id: 'photo-1', planId: 'p1', reviewId: 'r1', name: 'kệ hàng.png', type: 'image/png', size: PHOTO.length, deleted: false };
  const edits = submitReviewEdits(review({ id: 'r1', planId: 'p1', elementId: 'p1-price', author: LAN.id, objections: 'Quá đắt' }), [attachment], []);
  await commitActions(db, { ...ctx('p1'), author: LAN.id }, [
    { edits, history: { kind: 'record' }, blobs: [{ id: 'photo-1', planId: 'p1', data: new Blob([PHOTO], { type: 'image/png' }), thumbnail: null }] },
  ]);
  await commitEdits(db, ctx('p2'), [{ entity: 'plan', entityId: 'p2', field: 'trashedAt', oldValue: null, newValue: 5 }], { kind: 'none' });
  await purgePlan(db, ctx('p3'));
  return { db, ctx };
}

describe('readLibrary / restoreLibrary', () => {
  it('restores a whole library into a fresh database: plans, trash, tombstones, reviews, bytes, people, who was working', async () => {
    const { db } = await marketingLaptop();
    const library = await readLibrary(db);
    expect(library.plans.map((s) => [s.plan.id, s.plan.deleted, s.plan.trashedAt !== null])).toEqual([
      ['p1', false, false],
      ['p2', false, true],
      ['p3', true, false],
    ]);
    expect(library.settings).toEqual({ currentProfileId: MAI.id });

    const fresh = await freshDb();
    const result = await restoreLibrary(fresh, throughFile(library));
    expect(result.plans.map((p) => p.outcome)).toEqual(['added', 'added', 'added']);
    expect(result.profilesAdded).toBe(2);
    expect(canonicalLibrary(await readLibrary(fresh))).toEqual(canonicalLibrary(library));
    const photo = await fresh.blobs.get('photo-1');
    expect(new Uint8Array(await photo!.data.arrayBuffer())).toEqual(PHOTO);
    expect(photo!.data.type).toBe('image/png');
    // The fresh laptop keeps its own device id: none was restored.
    expect(await fresh.settings.get('deviceId')).toBeUndefined();
  });

  it('restoring a backup into its own laptop adds nothing, and the same backup again changes nothing', async () => {
    const { db } = await marketingLaptop();
    const library = throughFile(await readLibrary(db));
    const changes = await db.changes.count();
    const first = await restoreLibrary(db, library);
    expect(first.profilesAdded).toBe(0);
    expect(await db.changes.count()).toBe(changes);
    const settled = canonicalLibrary(await readLibrary(db));
    const again = await restoreLibrary(db, library);
    expect(again.plans.map((p) => p.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(canonicalLibrary(await readLibrary(db))).toEqual(settled);
  });

  it('merges a plan the library already has: later edits here are kept, the backup’s own edits come in', async () => {
    const { db, ctx } = await marketingLaptop();
    const backup = throughFile(await readLibrary(db));
    // After the backup, this laptop edits the body; the backup's laptop had…
    await commitEdits(db, ctx('p1'), [{ entity: 'element', entityId: 'p1-price', field: 'body', oldValue: '', newValue: '120k/tháng' }]);
    // …a restore of an older laptop that, meanwhile, retitled the element concurrently.
    const other = await freshDb();
    await restoreLibrary(other, backup);
    const clock = new HlcClock('laptop-old');
    await commitEdits(other, { planId: 'p1', author: MAI.id, clock }, [{ entity: 'element', entityId: 'p1-price', field: 'title', oldValue: 'Giá', newValue: 'Giá gói' }]);
    await commitEdits(other, { planId: 'p1', author: MAI.id, clock }, [{ entity: 'element', entityId: 'p1-price', field: 'body', oldValue: '', newValue: '99k' }]);

    const result = await restoreLibrary(db, throughFile(await readLibrary(other)));
    expect(result.plans.find((p) => p.id === 'p1')?.outcome).toBe('merged');
    const element = await db.elements.get('p1-price');
    expect(element?.title).toBe('Giá gói');
    // Both wrote the body without seeing the other: the latest shows, the other waits in a conflict.
    const conflict = await db.conflicts.get('element/p1-price/body');
    expect(conflict?.deleted).toBe(false);
    expect([element?.body, ...conflict!.versions.map((v) => v.value)].sort()).toEqual(['120k/tháng', '99k']);
    // Nothing of this laptop's was lost: the review and its photo are still here.
    expect(await db.reviews.get('r1')).toBeDefined();
    expect(await db.blobs.get('photo-1')).toBeDefined();
  });

  it('keeps a plan deleted here deleted, and never touches plans the backup lacks', async () => {
    const { db, ctx } = await marketingLaptop();
    const backup = throughFile(await readLibrary(db));
    await purgePlan(db, ctx('p1'));
    await createPlan(db, { author: MAI.id, clock: new HlcClock('laptop-mai') }, { plan: newPlan({ id: 'p9', title: 'Mới' }, 9), elements: [], links: [] });
    await restoreLibrary(db, backup);
    expect((await db.plans.get('p1'))?.deleted).toBe(true);
    expect((await db.plans.get('p9'))?.title).toBe('Mới');
  });

  it('sets who is working only where nobody is, and keeps local names of known people', async () => {
    const { db } = await marketingLaptop();
    const backup = throughFile(await readLibrary(db));
    const fresh = await freshDb();
    await saveProfile(fresh, { ...LAN, name: 'Lan (renamed here)' });
    await restoreLibrary(fresh, { ...backup, settings: { currentProfileId: MAI.id } });
    expect((await fresh.settings.get('profileId'))?.value).toBe(LAN.id);
    expect((await fresh.profiles.get(LAN.id))?.name).toBe('Lan (renamed here)');
    expect(await fresh.profiles.get(MAI.id)).toEqual(MAI);
  });

  it('refuses a backup whose records belong to another plan here, and writes nothing', async () => {
    const { db } = await marketingLaptop();
    const intruder = relabel(reviewedPlan(), 'x-');
    intruder.elements = [...intruder.elements, { ...newElement({ id: 'p1-price', planId: intruder.plan.id, kind: 'price', title: 'stolen' }) }];
    const changes = await db.changes.count();
    await expect(restoreLibrary(db, { plans: [intruder], profiles: [], settings: { currentProfileId: null } })).rejects.toThrow(RestoreCollisionError);
    expect((await db.elements.get('p1-price'))?.title).toBe('Giá');
    expect(await db.plans.get(intruder.plan.id)).toBeUndefined();
    expect(await db.changes.count()).toBe(changes);
  });

  it('makes thumbnails for restored images with the function it is given', async () => {
    const { db } = await marketingLaptop();
    const fresh = await freshDb();
    const thumb = new Blob([new Uint8Array([1])], { type: 'image/jpeg' });
    const thumbnail = vi.fn(async () => thumb);
    await restoreLibrary(fresh, throughFile(await readLibrary(db)), thumbnail);
    expect(thumbnail).toHaveBeenCalledTimes(1);
    expect((await fresh.blobs.get('photo-1'))?.thumbnail?.size).toBe(1);
  });

  it('reproduces any library through a backup file and a restore', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary, async (library) => {
        const db = await freshDb();
        await restoreLibrary(db, throughFile(library));
        const back = await readLibrary(db);
        expect(canonicalLibrary(back)).toEqual(canonicalLibrary(library));
        // And again, from the restored laptop: a backup of a restore is the same library.
        const again = await freshDb();
        await restoreLibrary(again, throughFile(back));
        expect(canonicalLibrary(await readLibrary(again))).toEqual(canonicalLibrary(library));
      }),
      { numRuns: 12 },
    );
  });
});

describe('restoreIntoFreshDatabase', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fills a new database beside the old one and makes it the one the app opens', async () => {
    expect(activeDatabaseName()).toBe('campaign-workbench');
    const library: Library = { plans: [purgedPlan('gone'), relabel(reviewedPlan(), 'a-')], profiles: [MAI, LAN], settings: { currentProfileId: LAN.id } };
    const restored = await restoreIntoFreshDatabase(throughFile(library), undefined, 42);
    expect(restored).toMatchObject({ ok: true, name: 'campaign-workbench-restored-42' });
    expect(activeDatabaseName()).toBe('campaign-workbench-restored-42');
    const db = new WorkbenchDatabase('campaign-workbench-restored-42');
    databases.push(db);
    await db.open();
    expect(canonicalLibrary(await readLibrary(db)).plans).toEqual(canonicalLibrary(library).plans);
    expect((await db.settings.get('profileId'))?.value).toBe(LAN.id);
    // The laptop gets a device id of its own.
    expect(typeof (await db.settings.get('deviceId'))?.value).toBe('string');
  });

  it('leaves nothing behind when it cannot remember the new database', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const restored = await restoreIntoFreshDatabase({ plans: [], profiles: [], settings: { currentProfileId: null } }, undefined, 43);
    expect(restored).toMatchObject({ ok: false, reason: 'cannotRemember' });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('campaign-workbench-restored-43');
  });
});

describe('readLibrary', () => {
  it('records every plan’s creation so history starts at its birth', async () => {
    const db = await freshDb();
    const plan = newPlan({ id: 'solo', title: 'Solo' }, 1);
    await createPlan(db, { author: MAI.id, clock: new HlcClock('d') }, { plan, elements: [], links: [] });
    const [state] = (await readLibrary(db)).plans;
    // Plus the revision the store derives from the creation.
    expect(state!.changes.map((c) => c.field).sort()).toEqual([...diffEntity('plan', undefined, plan).map((e) => e.field), 'revision'].sort());
  });
});
