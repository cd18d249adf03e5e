import type { Change, EntityType, FieldEdit } from '../../shared/changes/change';
import { invertEdits } from '../../shared/changes/diff';
import type { HlcClock } from '../../shared/changes/hlc';
import { newId } from '../../shared/model/ids';
import { entityKey, foldEdits } from './apply';
import type { UndoEntry, UndoState, WorkbenchDatabase } from './schema';

export interface EditContext {
  planId: string;
  author: string;
  clock: HlcClock;
}

/** How a commit touches the undo history. */
export type HistoryMode =
  | { kind: 'record'; coalesceKey?: string | null }
  | { kind: 'none' };

const UNDO_LIMIT = 200;
/** Keystrokes in one field closer together than this are one undo step. */
const COALESCE_MS = 1500;

/**
 * Writes one user action: the entities' new state, the per-field change records and the
 * undo history, in one IndexedDB transaction (all or nothing). Returns the stamped changes.
 */
export async function commitEdits(
  db: WorkbenchDatabase,
  ctx: EditContext,
  edits: readonly FieldEdit[],
  history: HistoryMode = { kind: 'record' },
): Promise<Change[]> {
  if (edits.length === 0) return [];
  return db.transaction('rw', [db.plans, db.elements, db.links, db.changes, db.undo], async () => {
    const changes = await writeEdits(db, ctx, edits);
    if (history.kind === 'record') {
      await pushUndo(db, ctx.planId, changes[0]!.txId, history.coalesceKey ?? null);
    }
    return changes;
  });
}

/** Undo the latest step on this device; resolves to the changes written, or [] if nothing to undo. */
export function undo(db: WorkbenchDatabase, ctx: EditContext): Promise<Change[]> {
  return travel(db, ctx, 'undo');
}

export function redo(db: WorkbenchDatabase, ctx: EditContext): Promise<Change[]> {
  return travel(db, ctx, 'redo');
}

function travel(db: WorkbenchDatabase, ctx: EditContext, direction: 'undo' | 'redo'): Promise<Change[]> {
  return db.transaction('rw', [db.plans, db.elements, db.links, db.changes, db.undo], async () => {
    const state = await readUndo(db, ctx.planId);
    const from = direction === 'undo' ? state.undo : state.redo;
    const to = direction === 'undo' ? state.redo : state.undo;
    const entry = from.pop();
    if (!entry) return [];
    const original = await changesOf(db, entry.txIds);
    const edits = direction === 'undo' ? invertEdits(original) : original.map(asEdit);
    to.push({ ...entry, coalesceKey: null });
    await db.undo.put(state);
    return edits.length ? writeEdits(db, ctx, edits) : [];
  });
}

export async function historyDepth(db: WorkbenchDatabase, planId: string): Promise<{ undo: number; redo: number }> {
  const state = await readUndo(db, planId);
  return { undo: state.undo.length, redo: state.redo.length };
}

async function writeEdits(db: WorkbenchDatabase, ctx: EditContext, edits: readonly FieldEdit[]): Promise<Change[]> {
  const txId = newId();
  const changes: Change[] = edits.map((edit) => ({
    ...edit,
    id: newId(),
    planId: ctx.planId,
    txId,
    author: ctx.author,
    deviceId: ctx.clock.deviceId,
    hlc: ctx.clock.tick(),
  }));
  const current = await readEntities(db, edits);
  const next = foldEdits(current, edits);
  const byType: Record<EntityType, unknown[]> = { plan: [], element: [], link: [] };
  for (const { entity, value } of next.values()) byType[entity].push(value);
  const now = Date.now();
  await Promise.all([
    byType.element.length ? db.elements.bulkPut(byType.element as never[]) : undefined,
    byType.link.length ? db.links.bulkPut(byType.link as never[]) : undefined,
    byType.plan.length ? db.plans.bulkPut(byType.plan as never[]) : undefined,
    db.changes.bulkAdd(changes),
  ]);
  await db.plans.update(ctx.planId, { updatedAt: now });
  return changes;
}

async function readEntities(db: WorkbenchDatabase, edits: readonly FieldEdit[]) {
  const ids: Record<EntityType, Set<string>> = { plan: new Set(), element: new Set(), link: new Set() };
  for (const e of edits) ids[e.entity].add(e.entityId);
  const tables = { plan: db.plans, element: db.elements, link: db.links } as const;
  const current = new Map<string, { id: string } & Record<string, unknown>>();
  for (const type of Object.keys(ids) as EntityType[]) {
    if (ids[type].size === 0) continue;
    const rows = await (tables[type] as typeof db.elements).bulkGet([...ids[type]]);
    for (const row of rows) if (row) current.set(entityKey(type, row.id), row as never);
  }
  return current;
}

async function changesOf(db: WorkbenchDatabase, txIds: string[]): Promise<Change[]> {
  const rows = await db.changes.where('txId').anyOf(txIds).toArray();
  return rows.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

function asEdit({ entity, entityId, field, oldValue, newValue }: Change): FieldEdit {
  return oldValue === undefined ? { entity, entityId, field, newValue } : { entity, entityId, field, oldValue, newValue };
}

async function readUndo(db: WorkbenchDatabase, planId: string): Promise<UndoState> {
  return (await db.undo.get(planId)) ?? { planId, undo: [], redo: [] };
}

async function pushUndo(db: WorkbenchDatabase, planId: string, txId: string, coalesceKey: string | null) {
  const state = await readUndo(db, planId);
  const now = Date.now();
  const top: UndoEntry | undefined = state.undo[state.undo.length - 1];
  if (top && coalesceKey && top.coalesceKey === coalesceKey && now - top.at < COALESCE_MS) {
    top.txIds.push(txId);
    top.at = now;
  } else {
    state.undo.push({ txIds: [txId], coalesceKey, at: now });
    if (state.undo.length > UNDO_LIMIT) state.undo.splice(0, state.undo.length - UNDO_LIMIT);
  }
  state.redo = [];
  await db.undo.put(state);
}
