import type { Change, EntityType, FieldJson } from '../changes/change';
import { parseHlc } from '../changes/hlc';
import { PLAN_CONTENT_FIELDS } from '../model/entities';

/**
 * The change log as people read it: "who changed what, and when". Changes are grouped per
 * transaction (one user action), then per entity into lines ("Title: 'a' → 'b'", "Moved",
 * "Review: Not feasible"). A run of keystrokes in one field, or of nudges of one element, by
 * one person a few seconds apart is one entry, however many transactions it took. Pure: the
 * renderer translates the lines.
 */

/** The three filters a reader picks from: the plan's content, what reviewers said, and where the plan stands. */
export const CHANGE_KINDS = ['content', 'review', 'status'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type LineWhat =
  | { type: 'created' }
  | { type: 'deleted' }
  | { type: 'restored' }
  /** x, y, parentId (moved) and width, height (resized), as one line. */
  | { type: 'layout'; moved: boolean; resized: boolean }
  | { type: 'field'; field: string; oldValue: FieldJson; newValue: FieldJson }
  | { type: 'reviewed'; verdict: string }
  | { type: 'resolved'; note: string }
  | { type: 'reopened' }
  | { type: 'suggested'; field: string; value: FieldJson }
  | { type: 'accepted'; field: string; value: FieldJson }
  | { type: 'rejected'; field: string; reason: string }
  | { type: 'replied'; body: string }
  | { type: 'attached'; name: string }
  | { type: 'signed' }
  | { type: 'status'; from: string; to: string }
  | { type: 'trashed' }
  | { type: 'untrashed' }
  /** Two people changed the same text at once: versions kept until someone decides, then decided. */
  | { type: 'conflict'; on: string; field: string }
  | { type: 'conflictResolved'; on: string; field: string };

export interface HistoryLine {
  kind: ChangeKind;
  entity: EntityType;
  entityId: string;
  /** The elements the line concerns: the element itself, a review's element, a link's two ends. */
  elementIds: readonly string[];
  what: LineWhat;
}

export interface HistoryEntry {
  /** The first transaction's id: stable while later keystrokes join the entry. */
  key: string;
  txIds: string[];
  author: string;
  deviceId: string;
  firstHlc: string;
  /** The latest change's stamp: entries sort and compare by it. */
  hlc: string;
  /** Wall-clock ms of the first and latest change. */
  startTime: number;
  time: number;
  /** How many user actions the entry stands for (a typed word is several). */
  steps: number;
  lines: HistoryLine[];
  kinds: ChangeKind[];
  elementIds: string[];
}

/** What the log says about each entity at its end: titles of deleted elements, a review's element, a link's ends. */
export type Snapshot = Record<string, FieldJson | undefined>;

export interface PlanHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** By `${entity}:${id}`. */
  snapshots: Map<string, Snapshot>;
}

/** Edits of one field by one person closer together than this read as one change. */
export const COLLAPSE_MS = 5000;

const LAYOUT_FIELDS = new Set(['x', 'y', 'width', 'height', 'parentId']);
/** Bookkeeping the store derives or that never changes: not something a person did. */
const HIDDEN_FIELDS = new Set(['id', 'planId', 'createdAt', 'updatedAt', 'revision', 'promptKey', 'templateId']);
/** Workshop dot votes are not plan history: the vote's results list says who voted for what. */
const UNLISTED_ENTITIES: ReadonlySet<EntityType> = new Set(['voteSession', 'vote']);
/** Fields of a review-side record that travel with it and are never "changed" by someone. */
const RECORD_FIELDS = new Set(['author', 'authorName', 'authorRole', 'elementId', 'reviewId']);

export function snapshotKey(entity: EntityType, id: string): string {
  return `${entity}:${id}`;
}

/** The wall-clock ms at the start of a stamp (0 if it is not one). */
export function hlcTime(hlc: string): number {
  return parseHlc(hlc)?.wall ?? 0;
}

export function buildHistory(changes: readonly Change[]): PlanHistory {
  const builder = new HistoryBuilder();
  builder.add(changes);
  return builder.history();
}

/**
 * Builds a history change by change, so a long log is read once and later changes (a
 * keystroke, another window's edit) are added in a moment. Changes must come in clock order,
 * each batch after the last; a change from the past (a merged file) needs a fresh builder.
 */
export class HistoryBuilder {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly raw: HistoryEntry[] = [];
  /** Each person's latest entry, and what a following keystroke must touch to join it. */
  private readonly open = new Map<string, { entry: HistoryEntry; runKey: string | null }>();
  /** Entries as shown, per raw entry: reused until a later keystroke joins the raw one. */
  private readonly settled = new Map<HistoryEntry, HistoryEntry | null>();

  add(changes: readonly Change[]): void {
    for (const tx of transactions(changes)) this.addTransaction(tx);
  }

  history(): PlanHistory {
    const entries: HistoryEntry[] = [];
    for (const raw of this.raw) {
      let shown = this.settled.get(raw);
      if (shown === undefined) this.settled.set(raw, (shown = settle(raw)));
      if (shown) entries.push(shown);
    }
    entries.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    return { entries, snapshots: this.snapshots };
  }

  private addTransaction(tx: readonly Change[]) {
    const lines = interpret(tx, this.snapshots);
    if (lines.length === 0) return;
    const first = tx[0]!;
    const last = tx[tx.length - 1]!;
    const runKey = runKeyOf(lines);
    const time = hlcTime(last.hlc);
    const previous = this.open.get(first.author);
    if (runKey && previous && previous.runKey === runKey && time - previous.entry.time <= COLLAPSE_MS) {
      join(previous.entry, lines, tx, time);
      this.settled.delete(previous.entry);
      return;
    }
    const entry: HistoryEntry = {
      key: first.txId,
      txIds: [first.txId],
      author: first.author,
      deviceId: first.deviceId,
      firstHlc: first.hlc,
      hlc: last.hlc,
      startTime: hlcTime(first.hlc),
      time,
      steps: 1,
      lines,
      kinds: [],
      elementIds: [],
    };
    this.raw.push(entry);
    this.open.set(first.author, { entry, runKey });
  }
}

/** Changes grouped by transaction, in the order each transaction began. */
function transactions(changes: readonly Change[]): Change[][] {
  const byTx = new Map<string, Change[]>();
  for (const change of changes) {
    const tx = byTx.get(change.txId);
    if (tx) tx.push(change);
    else byTx.set(change.txId, [change]);
  }
  return [...byTx.values()];
}

/** One transaction's lines, entity by entity; folds it into the snapshots on the way. */
function interpret(tx: readonly Change[], snapshots: Map<string, Snapshot>): HistoryLine[] {
  const groups = new Map<string, Change[]>();
  for (const change of tx) {
    const key = snapshotKey(change.entity, change.entityId);
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  const lines: HistoryLine[] = [];
  for (const [key, group] of groups) {
    const snapshot = snapshots.get(key) ?? {};
    // A creation of something deleted earlier is its return (a redone creation); of anything else, a creation.
    const wasDeleted = snapshot.deleted === true;
    for (const change of group) setField(snapshot, change.field, change.newValue);
    snapshots.set(key, snapshot);
    // The store's own bookkeeping (the revision after each edit) is no one's action: skip it cheaply.
    if (group.every((c) => HIDDEN_FIELDS.has(c.field))) continue;
    if (UNLISTED_ENTITIES.has(group[0]!.entity)) continue;
    lines.push(...linesOf(group, wasDeleted, snapshot, snapshots));
  }
  return lines;
}

/** Folds one change into a snapshot in place (the snapshots are this module's own); nested records are copied, never shared with a change. */
function setField(snapshot: Snapshot, field: string, value: FieldJson) {
  const dot = field.indexOf('.');
  if (dot < 0) {
    snapshot[field] = value;
    return;
  }
  const head = field.slice(0, dot);
  const nested = snapshot[head];
  snapshot[head] = { ...(typeof nested === 'object' && nested !== null && !Array.isArray(nested) ? nested : {}), [field.slice(dot + 1)]: value };
}

function linesOf(group: readonly Change[], wasDeleted: boolean, after: Snapshot, snapshots: Map<string, Snapshot>): HistoryLine[] {
  const { entity, entityId } = group[0]!;
  const elementIds = elementsOf(entity, entityId, after, snapshots);
  const line = (kind: ChangeKind, what: LineWhat): HistoryLine => ({ kind, entity, entityId, elementIds, what });
  const created = group.some((c) => c.oldValue === undefined && c.field !== 'revision');
  const deletion = group.find((c) => c.field === 'deleted');
  const defaultKind: ChangeKind = entity === 'element' || entity === 'link' || entity === 'plan' || entity === 'conflict' ? 'content' : entity === 'signoff' ? 'status' : 'review';

  if (entity === 'conflict') {
    // A merge rewrites the kept versions as it goes; what a reader needs is "kept" and "decided".
    const { on, field } = conflictTarget(entityId, after);
    const target = { on, field };
    if (created) return [line('content', { type: 'conflict', ...target })];
    if (deletion?.newValue === true && deletion.oldValue !== true) return [line('content', { type: 'conflictResolved', ...target })];
    return [];
  }

  if (created) {
    if (wasDeleted) return [line(entity === 'plan' ? 'status' : defaultKind, { type: 'restored' })];
    return [line(defaultKind, creationOf(entity, after))];
  }
  if (deletion && deletion.newValue !== deletion.oldValue) {
    const kind = entity === 'plan' ? 'status' : defaultKind;
    return [line(kind, { type: deletion.newValue === true ? 'deleted' : 'restored' })];
  }

  const lines: HistoryLine[] = [];
  const layout = group.filter((c) => LAYOUT_FIELDS.has(c.field));
  if (entity === 'element' && layout.length) {
    lines.push(
      line('content', {
        type: 'layout',
        moved: layout.some((c) => c.field === 'x' || c.field === 'y' || c.field === 'parentId'),
        resized: layout.some((c) => c.field === 'width' || c.field === 'height'),
      }),
    );
  }
  const value = (field: string) => group.find((c) => c.field === field)?.newValue ?? after[field] ?? '';
  for (const change of group) {
    const { field, newValue } = change;
    const oldValue = change.oldValue ?? null;
    if (HIDDEN_FIELDS.has(field) || RECORD_FIELDS.has(field) || field === 'deleted') continue;
    if (entity === 'element' && LAYOUT_FIELDS.has(field)) continue;
    if (entity === 'plan') {
      if (field === 'status') lines.push(line('status', { type: 'status', from: String(oldValue ?? ''), to: String(newValue) }));
      else if (field === 'trashedAt') lines.push(line('status', { type: newValue === null ? 'untrashed' : 'trashed' }));
      else if (PLAN_CONTENT_FIELDS.has(field)) lines.push(line('content', { type: 'field', field, oldValue, newValue }));
      continue;
    }
    if (entity === 'review' && field === 'resolved') {
      lines.push(line('review', newValue === true ? { type: 'resolved', note: String(value('decisionNote')) } : { type: 'reopened' }));
      continue;
    }
    if (entity === 'review' && field === 'decisionNote' && group.some((c) => c.field === 'resolved')) continue;
    if (entity === 'suggestion' && field === 'state') {
      const target = String(after.field ?? '');
      if (newValue === 'accepted') lines.push(line('review', { type: 'accepted', field: target, value: after.value ?? null }));
      else if (newValue === 'rejected') lines.push(line('review', { type: 'rejected', field: target, reason: String(value('reason')) }));
      continue;
    }
    if (entity === 'suggestion' && (field === 'reason' || field === 'decidedBy') && group.some((c) => c.field === 'state')) continue;
    lines.push(line(defaultKind, { type: 'field', field, oldValue, newValue }));
  }
  return lines;
}

function creationOf(entity: EntityType, after: Snapshot): LineWhat {
  switch (entity) {
    case 'review':
      return { type: 'reviewed', verdict: String(after.verdict ?? '') };
    case 'suggestion':
      return { type: 'suggested', field: String(after.field ?? ''), value: after.value ?? null };
    case 'comment':
      return { type: 'replied', body: String(after.body ?? '') };
    case 'attachment':
      return { type: 'attached', name: String(after.name ?? '') };
    case 'signoff':
      return { type: 'signed' };
    default:
      return { type: 'created' };
  }
}

/** The elements a line is about, from what the log says of the entity. */
function elementsOf(entity: EntityType, entityId: string, snapshot: Snapshot, snapshots: Map<string, Snapshot>): string[] {
  if (entity === 'element') return [entityId];
  if (entity === 'link') return [snapshot.source, snapshot.target].filter((id): id is string => typeof id === 'string');
  if (entity === 'conflict') {
    const target = conflictTarget(entityId, snapshot);
    return target.on === 'element' ? [target.id] : [];
  }
  // Replies and attachments hang off a review, which names the element.
  const elementId = typeof snapshot.reviewId === 'string' ? snapshots.get(snapshotKey('review', snapshot.reviewId))?.elementId : snapshot.elementId;
  return typeof elementId === 'string' ? [elementId] : [];
}

/**
 * The field a conflict is about. Merges derive conflict records without logging them, so the
 * log may hold only a resolution: then the record's id (`entity/entityId/field`) says it.
 */
function conflictTarget(conflictId: string, snapshot: Snapshot): { on: string; id: string; field: string } {
  if (typeof snapshot.entity === 'string' && typeof snapshot.entityId === 'string' && typeof snapshot.field === 'string') {
    return { on: snapshot.entity, id: snapshot.entityId, field: snapshot.field };
  }
  const [on = '', id = '', ...field] = conflictId.split('/');
  return { on, id, field: field.join('/') };
}

/**
 * What a transaction touches if it is a plain edit of existing fields (typing, nudging):
 * the next one by the same person touching exactly the same joins it. Null for anything else.
 */
function runKeyOf(lines: readonly HistoryLine[]): string | null {
  const keys: string[] = [];
  for (const { entity, entityId, what } of lines) {
    if (what.type === 'field') keys.push(`${entity}:${entityId}:${what.field}`);
    else if (what.type === 'layout') keys.push(`${entity}:${entityId}:layout`);
    else return null;
  }
  return keys.sort().join('\n');
}

/** A later keystroke of the same run: the entry keeps its first old values and takes the new ones. */
function join(entry: HistoryEntry, lines: readonly HistoryLine[], tx: readonly Change[], time: number) {
  entry.txIds.push(tx[0]!.txId);
  entry.hlc = tx[tx.length - 1]!.hlc;
  entry.time = time;
  entry.steps += 1;
  entry.lines = entry.lines.map((held) => {
    const next = lines.find((l) => l.entity === held.entity && l.entityId === held.entityId && sameSlot(l.what, held.what));
    if (!next) return held;
    if (held.what.type === 'field' && next.what.type === 'field') return { ...next, what: { ...next.what, oldValue: held.what.oldValue } };
    if (held.what.type === 'layout' && next.what.type === 'layout') {
      return { ...next, what: { type: 'layout', moved: held.what.moved || next.what.moved, resized: held.what.resized || next.what.resized } };
    }
    return next;
  });
}

function sameSlot(a: LineWhat, b: LineWhat): boolean {
  if (a.type === 'field' && b.type === 'field') return a.field === b.field;
  return a.type === b.type;
}

/**
 * The entry as shown, with its kinds and elements; null if nothing is left. Field lines that
 * end where they began go: a run typed and deleted back, or a conflict resolved by keeping
 * the value shown (the resolution rewrites the field unchanged; its own line says it).
 */
function settle(raw: HistoryEntry): HistoryEntry | null {
  const lines = raw.lines.filter((l) => l.what.type !== 'field' || !sameValue(l.what.oldValue, l.what.newValue));
  if (lines.length === 0) return null;
  return {
    ...raw,
    txIds: [...raw.txIds],
    lines,
    kinds: [...new Set(lines.map((l) => l.kind))],
    elementIds: [...new Set(lines.flatMap((l) => l.elementIds))],
  };
}

function sameValue(a: FieldJson, b: FieldJson): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
