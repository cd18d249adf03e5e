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

/** One user action: its edits and how it enters the undo history. */
export interface Action {
  edits: readonly FieldEdit[];
  history: HistoryMode;
}

export interface CommitResult {
  /** The stamped changes, one array per action, in order. */
  changes: Change[][];
  history: { undo: number; redo: number };
}

const ENTITY_TABLES = (db: WorkbenchDatabase) => [db.plans, db.elements, db.links, db.changes, db.undo];

/**
 * Writes user actions (the entities' new state, the per-field change records and the undo
 * history) in one IndexedDB transaction: all or nothing. Several actions share a transaction
 * when they arrive faster than the disk confirms them; each stays its own undo step.
 * The transaction makes two round trips, all reads together then all writes together:
 * each awaited request costs a trip to the browser's storage process.
 */
export async function commitActions(db: WorkbenchDatabase, ctx: EditContext, actions: readonly Action[]): Promise<CommitResult> {
  const stamped = actions.map((a) => stamp(ctx, a.edits));
  const records = actions.some((a, i) => a.history.kind === 'record' && stamped[i]!.length > 0);
  return db.transaction('rw', ENTITY_TABLES(db), async () => {
    const [state, current] = await Promise.all([readUndo(db, ctx.planId), readEntities(db, ctx.planId, stamped.flat())]);
    actions.forEach(({ history }, i) => {
      const txId = stamped[i]![0]?.txId;
      if (history.kind === 'record' && txId) recordUndo(state, txId, history.coalesceKey ?? null);
    });
    await Promise.all([writeChanges(db, current, stamped.flat()), records ? db.undo.put(state) : undefined]);
    return { changes: stamped, history: { undo: state.undo.length, redo: state.redo.length } };
  });
}

/** One action in its own transaction. Returns the stamped changes. */
export async function commitEdits(
  db: WorkbenchDatabase,
  ctx: EditContext,
  edits: readonly FieldEdit[],
  history: HistoryMode = { kind: 'record' },
): Promise<Change[]> {
  if (edits.length === 0) return [];
  return (await commitActions(db, ctx, [{ edits, history }])).changes[0]!;
}

/** Undo the latest step on this device; resolves to the changes written, or [] if nothing to undo. */
export function undo(db: WorkbenchDatabase, ctx: EditContext): Promise<Change[]> {
  return travel(db, ctx, 'undo');
}

export function redo(db: WorkbenchDatabase, ctx: EditContext): Promise<Change[]> {
  return travel(db, ctx, 'redo');
}

function travel(db: WorkbenchDatabase, ctx: EditContext, direction: 'undo' | 'redo'): Promise<Change[]> {
  return db.transaction('rw', ENTITY_TABLES(db), async () => {
    const state = await readUndo(db, ctx.planId);
    const from = direction === 'undo' ? state.undo : state.redo;
    const to = direction === 'undo' ? state.redo : state.undo;
    const entry = from.pop();
    if (!entry) return [];
    const original = await changesOf(db, entry.txIds);
    const changes = stamp(ctx, direction === 'undo' ? invertEdits(original) : original.map(asEdit));
    to.push({ ...entry, coalesceKey: null });
    const current = await readEntities(db, ctx.planId, changes);
    await Promise.all([writeChanges(db, current, changes), db.undo.put(state)]);
    return changes;
  });
}

export async function historyDepth(db: WorkbenchDatabase, planId: string): Promise<{ undo: number; redo: number }> {
  const state = await readUndo(db, planId);
  return { undo: state.undo.length, redo: state.redo.length };
}

/** Edits as change records: one transaction id, the author, and a clock stamp each. */
function stamp(ctx: EditContext, edits: readonly FieldEdit[]): Change[] {
  const txId = newId();
  return edits.map((edit) => ({
    ...edit,
    id: newId(),
    planId: ctx.planId,
    txId,
    author: ctx.author,
    deviceId: ctx.clock.deviceId,
    hlc: ctx.clock.tick(),
  }));
}

type Current = Map<string, { id: string } & Record<string, unknown>>;

/** Folds the changes into the entities read in `current` and writes entities and records, without waiting between requests. */
async function writeChanges(db: WorkbenchDatabase, current: Current, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const next = foldEdits(current, changes);
  const planId = changes[0]!.planId;
  if (changes.some(isContentEdit)) {
    // "Last edited" moves with the content; the plan row was read with the entities.
    const key = entityKey('plan', planId);
    const plan = next.get(key)?.value ?? current.get(key);
    if (plan) next.set(key, { entity: 'plan', value: { ...plan, updatedAt: Date.now() } });
  }
  const byType: Record<EntityType, unknown[]> = { plan: [], element: [], link: [] };
  for (const { entity, value } of next.values()) byType[entity].push(value);
  await Promise.all([
    byType.element.length ? db.elements.bulkPut(byType.element as never[]) : undefined,
    byType.link.length ? db.links.bulkPut(byType.link as never[]) : undefined,
    byType.plan.length ? db.plans.bulkPut(byType.plan as never[]) : undefined,
    db.changes.bulkAdd([...changes]),
  ]);
}

/** Filing a plan (trash, restore, delete) is not editing it: "last edited" ignores those. */
const FILING_FIELDS = new Set(['trashedAt', 'deleted']);
function isContentEdit(edit: FieldEdit): boolean {
  return !(edit.entity === 'plan' && FILING_FIELDS.has(edit.field));
}

/** The entities the changes touch, and the plan itself, read in parallel. */
async function readEntities(db: WorkbenchDatabase, planId: string, changes: readonly Change[]): Promise<Current> {
  const ids: Record<EntityType, Set<string>> = { plan: new Set([planId]), element: new Set(), link: new Set() };
  for (const c of changes) ids[c.entity].add(c.entityId);
  const tables = { plan: db.plans, element: db.elements, link: db.links } as const;
  const types = (Object.keys(ids) as EntityType[]).filter((type) => ids[type].size > 0);
  const rows = await Promise.all(types.map((type) => (tables[type] as typeof db.elements).bulkGet([...ids[type]])));
  const current: Current = new Map();
  types.forEach((type, i) => {
    for (const row of rows[i]!) if (row) current.set(entityKey(type, row.id), row as never);
  });
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

function recordUndo(state: UndoState, txId: string, coalesceKey: string | null) {
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
}
