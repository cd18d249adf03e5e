import type { Table } from 'dexie';
import type { Change, EntityType, FieldEdit } from '../../shared/changes/change';
import { applyField, invertEdits } from '../../shared/changes/diff';
import type { HlcClock } from '../../shared/changes/hlc';
import { ENTITY_TYPES } from '../../shared/changes/change';
import { isContentEdit } from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/plan';
import { entityKey, foldEdits } from './apply';
import type { StoredBlob, UndoEntry, UndoState, WorkbenchDatabase } from './schema';

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
  /** Attachment bytes written with the action's records, in the same transaction. */
  blobs?: readonly StoredBlob[];
}

export interface CommitResult {
  /** The stamped changes, one array per action, in order. */
  changes: Change[][];
  /** What the store derived from them (the plan's revision, a voided agreement): not undo steps. */
  derived: Change[];
  history: { undo: number; redo: number };
}

/** The table that holds each entity type. */
export function entityTable(db: WorkbenchDatabase, type: EntityType): Table<{ id: string }, string> {
  const tables = {
    plan: db.plans,
    element: db.elements,
    link: db.links,
    review: db.reviews,
    suggestion: db.suggestions,
    comment: db.comments,
    attachment: db.attachments,
    signoff: db.signoffs,
    conflict: db.conflicts,
    voteSession: db.voteSessions,
    vote: db.votes,
  } satisfies Record<EntityType, unknown>;
  return tables[type] as unknown as Table<{ id: string }, string>;
}

const ENTITY_TABLES = (db: WorkbenchDatabase) => [
  ...ENTITY_TYPES.map((type) => entityTable(db, type)),
  db.changes,
  db.undo,
  db.blobs,
];

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
    const derived = derive(ctx, current, stamped.flat());
    const blobs = actions.flatMap((a) => a.blobs ?? []);
    await Promise.all([
      writeChanges(db, current, [...stamped.flat(), ...derived]),
      records ? db.undo.put(state) : undefined,
      blobs.length ? db.blobs.bulkPut([...blobs]) : undefined,
    ]);
    return { changes: stamped, derived, history: { undo: state.undo.length, redo: state.redo.length } };
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
    const derived = derive(ctx, current, changes);
    await Promise.all([writeChanges(db, current, [...changes, ...derived]), db.undo.put(state)]);
    return [...changes, ...derived];
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

/**
 * What a content edit implies for the plan, as changes of their own (outside undo, so undoing
 * the edit is another edit, not a way back to a signed state): the plan's revision moves to
 * the edit's clock stamp, which voids earlier sign-offs, and an Agreed plan returns to review.
 */
function derive(ctx: EditContext, current: Current, changes: readonly Change[]): Change[] {
  const content = changes.filter(isContentEdit);
  const existing = current.get(entityKey('plan', ctx.planId)) as Plan | undefined;
  const plan = existing ?? (planCreatedBy(changes, ctx.planId) as Plan | undefined);
  if (content.length === 0 || !plan) return [];
  const edits: FieldEdit[] = [
    { entity: 'plan', entityId: plan.id, field: 'revision', oldValue: plan.revision ?? '', newValue: content[content.length - 1]!.hlc },
  ];
  if (existing?.status === 'agreed') edits.push({ entity: 'plan', entityId: plan.id, field: 'status', oldValue: 'agreed', newValue: 'inFieldReview' });
  return stamp(ctx, edits);
}

/** A plan being created by these changes, as they leave it: its first revision is derived like any other. */
function planCreatedBy(changes: readonly Change[], planId: string): Record<string, unknown> | undefined {
  const own = changes.filter((c) => c.entity === 'plan' && c.entityId === planId);
  if (!own.some((c) => c.oldValue === undefined)) return undefined;
  return own.reduce<{ id: string } & Record<string, unknown>>((plan, c) => applyField(plan, c.field, c.newValue), { id: planId });
}

type Current = Map<string, { id: string } & Record<string, unknown>>;

/** Folds the changes into the entities read in `current` and writes entities and records, without waiting between requests. */
async function writeChanges(db: WorkbenchDatabase, current: Current, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const next = foldEdits(current, changes);
  const planId = changes[0]!.planId;
  if (changes.some(isActivity)) {
    // "Last edited" moves with the content; the plan row was read with the entities.
    const key = entityKey('plan', planId);
    const plan = next.get(key)?.value ?? current.get(key);
    if (plan) next.set(key, { entity: 'plan', value: { ...plan, updatedAt: Date.now() } });
  }
  const byType = new Map<EntityType, { id: string }[]>();
  for (const { entity, value } of next.values()) byType.set(entity, [...(byType.get(entity) ?? []), value]);
  await Promise.all([...[...byType].map(([type, rows]) => entityTable(db, type).bulkPut(rows)), db.changes.bulkAdd([...changes])]);
}

/** Filing a plan (trash, restore, delete) is not working on it: "last edited" ignores those. */
const FILING_FIELDS = new Set(['trashedAt', 'deleted']);
function isActivity(edit: FieldEdit): boolean {
  return !(edit.entity === 'plan' && FILING_FIELDS.has(edit.field));
}

/** The entities the changes touch, and the plan itself, read in parallel. */
async function readEntities(db: WorkbenchDatabase, planId: string, changes: readonly Change[]): Promise<Current> {
  const ids = new Map<EntityType, Set<string>>([['plan', new Set([planId])]]);
  for (const c of changes) ids.set(c.entity, (ids.get(c.entity) ?? new Set()).add(c.entityId));
  const types = [...ids.keys()];
  const rows = await Promise.all(types.map((type) => entityTable(db, type).bulkGet([...ids.get(type)!])));
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
