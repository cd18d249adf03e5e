import { diffEntity } from '../../shared/changes/diff';
import type { FieldEdit } from '../../shared/changes/change';
import { newId } from '../../shared/model/ids';
import type { PlanElement } from '../../shared/model/element';
import type { PlanLink } from '../../shared/model/link';
import type { Plan } from '../../shared/model/plan';
import { commitEdits, type EditContext } from './commit';
import type { Table } from 'dexie';
import type { WorkbenchDatabase } from './schema';

export interface PlanSummary {
  plan: Plan;
  elementCount: number;
}

export interface PlanContent {
  plan: Plan;
  elements: PlanElement[];
  links: PlanLink[];
}

/** Plans in the library (or the trash), newest edit first, with their live element counts. */
export async function listPlans(db: WorkbenchDatabase): Promise<PlanSummary[]> {
  const plans = (await db.plans.orderBy('updatedAt').reverse().toArray()).filter((p) => !p.deleted);
  return Promise.all(plans.map(async (plan) => ({ plan, elementCount: (await liveRows(db.elements, plan.id)).length })));
}

/**
 * A plan's rows without tombstones. Filtered here, not with Dexie's .filter(): that walks a
 * cursor one record at a time, while a plain query reads them in one getAll (≈10× faster).
 */
async function liveRows<T extends { deleted: boolean }>(table: Table<T, string>, planId: string): Promise<T[]> {
  return (await table.where('planId').equals(planId).toArray()).filter((row) => !row.deleted);
}

/** A plan with its live elements and links, or undefined if it does not exist or was deleted. */
export async function loadPlan(db: WorkbenchDatabase, planId: string): Promise<PlanContent | undefined> {
  return db.transaction('r', [db.plans, db.elements, db.links], async () => {
    const plan = await db.plans.get(planId);
    if (!plan || plan.deleted) return undefined;
    const [elements, links] = await Promise.all([liveRows(db.elements, planId), liveRows(db.links, planId)]);
    return { plan, elements, links };
  });
}

/** Elements and links by id, as stored (tombstones left out). */
export async function loadEntities(db: WorkbenchDatabase, elementIds: string[], linkIds: string[]) {
  const [elements, links] = await Promise.all([db.elements.bulkGet(elementIds), db.links.bulkGet(linkIds)]);
  const live = <T extends { deleted: boolean }>(rows: (T | undefined)[]) => rows.filter((r): r is T => !!r && !r.deleted);
  return { elements: live(elements), links: live(links) };
}

/** Records a whole new plan as creations in the change log, so history starts at its birth. */
export function createPlan(db: WorkbenchDatabase, ctx: Omit<EditContext, 'planId'>, content: PlanContent) {
  const edits: FieldEdit[] = [
    ...diffEntity('plan', undefined, content.plan),
    ...content.elements.flatMap((e) => diffEntity('element', undefined, e)),
    ...content.links.flatMap((l) => diffEntity('link', undefined, l)),
  ];
  return commitEdits(db, { ...ctx, planId: content.plan.id }, edits, { kind: 'none' });
}

/** A copy of a plan under new ids, with links and frames re-pointed at the copies. */
export function copyPlanContent(content: PlanContent, title: string, now: number, makeId = newId): PlanContent {
  const planId = makeId();
  const ids = new Map(content.elements.map((e) => [e.id, makeId()]));
  const remap = (id: string) => ids.get(id) ?? id;
  return {
    plan: { ...content.plan, id: planId, title, status: 'draft', revision: '', createdAt: now, updatedAt: now, trashedAt: null },
    elements: content.elements.map((e) => ({
      ...e,
      id: remap(e.id),
      planId,
      parentId: e.parentId ? remap(e.parentId) : null,
    })),
    links: content.links
      .filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ ...l, id: makeId(), planId, source: remap(l.source), target: remap(l.target) })),
  };
}

/**
 * Deletes a trashed plan for good: its content and history go, but the plan itself stays
 * as a tombstone so that an old file of it coming back later can't revive it.
 */
export async function purgePlan(db: WorkbenchDatabase, ctx: EditContext): Promise<void> {
  const ofPlan = [db.elements, db.links, db.reviews, db.suggestions, db.comments, db.attachments, db.signoffs, db.conflicts, db.voteSessions, db.votes, db.blobs, db.changes];
  await db.transaction('rw', [db.plans, db.undo, ...ofPlan], async () => {
    const { planId } = ctx;
    await Promise.all([...ofPlan.map((table) => (table as Table<{ id: string; planId: string }, string>).where('planId').equals(planId).delete()), db.undo.delete(planId)]);
    await commitEdits(db, ctx, [{ entity: 'plan', entityId: planId, field: 'deleted', oldValue: false, newValue: true }], {
      kind: 'none',
    });
  });
}
