import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { Change, FieldEdit } from '../../shared/changes/change';
import { applyField } from '../../shared/changes/diff';
import type { PlanElement } from '../../shared/model/element';
import type { LinkType, PlanLink } from '../../shared/model/link';
import type { Plan } from '../../shared/model/plan';
import type { Session } from '../app/session';
import { commitActions, historyDepth, loadEntities, loadPlan, redo, undo, type Action, type HistoryMode, type StoredBlob } from '../db';
import { foldReviewEdits } from '../review/store';
import { foldWorkshopEdits } from '../workshop/store';
import { authorId, currentlyCan } from '../profile/store';
import { isContentEdit } from '../../shared/model/entities';
import { announceChanges } from '../sync/channel';
import { orderNodes, toEdge, toNode, type ElementFlowNode, type LinkFlowEdge } from './flowModel';
import type { PlanState } from './operations';

export interface EditorState extends PlanState {
  status: 'idle' | 'loading' | 'ready' | 'missing';
  session: Session | null;
  plan: Plan | null;
  nodes: ElementFlowNode[];
  edges: LinkFlowEdge[];
  /** Commits written but not yet confirmed by IndexedDB. */
  pendingCommits: number;
  saveError: string | null;
  history: { undo: number; redo: number };
  /** The type a newly drawn link gets. */
  linkType: LinkType;
}

const initial = {
  status: 'idle',
  session: null,
  planId: '',
  plan: null,
  elements: {},
  links: {},
  nodes: [],
  edges: [],
  pendingCommits: 0,
  saveError: null,
  history: { undo: 0, redo: 0 },
  linkType: 'leadsTo',
} satisfies EditorState;

export const useEditor = create<EditorState>()(() => ({ ...initial }));

/**
 * Durations (ms) from an edit to IndexedDB confirming it, and to the next painted frame.
 * Recorded only in the benchmark's build (`--mode test`), so the app keeps no growing log.
 */
export const commitTimings: number[] = [];
export const applyTimings: number[] = [];
const MEASURING = import.meta.env.MODE === 'test';

export async function openPlan(session: Session, planId: string) {
  useEditor.setState({ ...initial, status: 'loading', session, planId });
  const content = await loadPlan(session.db, planId);
  if (useEditor.getState().planId !== planId) return; // Another plan was opened meanwhile.
  if (!content) {
    useEditor.setState({ status: 'missing' });
    return;
  }
  const elements = Object.fromEntries(content.elements.map((e) => [e.id, e]));
  const links = Object.fromEntries(content.links.map((l) => [l.id, l]));
  useEditor.setState({
    status: 'ready',
    plan: content.plan,
    elements,
    links,
    nodes: orderNodes(content.elements.map((e) => toNode(e))),
    edges: content.links.filter((l) => elements[l.source] && elements[l.target]).map((l) => toEdge(l)),
    history: await historyDepth(session.db, planId),
  });
}

export function closePlan() {
  useEditor.setState({ ...initial });
}

interface Pending extends Action {
  started: number;
  done: () => void;
}
let queue: Pending[] = [];
let flushing: Promise<void> | null = null;

/**
 * Shows edits at once and writes them in the background, so typing and dragging never
 * wait for the disk. Edits that arrive while a write is in flight go together in the next
 * transaction (each still its own undo step), so a fast typist never builds a backlog.
 * The save indicator says "Saving…" until IndexedDB confirms; if a write fails the plan is
 * re-read, so what is shown is what is stored.
 */
/** Typing in one field: successive edits of it join one undo step. */
export function typingIn(entity: FieldEdit['entity'], id: string, field: string): HistoryMode {
  return { kind: 'record', coalesceKey: `${entity}:${id}:${field}` };
}

/** Arrow-key moves of one selection: a run of presses joins one undo step, as typing does. */
export function movingByKeys(elementIds: readonly string[]): HistoryMode {
  return { kind: 'record', coalesceKey: `move:${[...elementIds].sort().join(',')}` };
}

export function edit(edits: FieldEdit[], history: HistoryMode = { kind: 'record' }, blobs?: StoredBlob[]): Promise<void> {
  if (!useEditor.getState().session || edits.length === 0) return Promise.resolve();
  // Sales and leadership suggest and sign; the UI offers them no content edits, and none slips through.
  if (!currentlyCan('editContent') && edits.some(isContentEdit)) return Promise.resolve();
  const started = performance.now();
  void show(edits);
  useEditor.setState((s) => ({ pendingCommits: s.pendingCommits + 1 }));
  if (MEASURING) requestAnimationFrame(() => applyTimings.push(performance.now() - started));
  return new Promise((done) => {
    queue.push({ edits, history, blobs, started, done });
    void flush();
  });
}

/** Resolves once every queued edit is written (or failed). */
export function flush(): Promise<void> {
  flushing ??= drain().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function drain() {
  while (queue.length) {
    const batch = queue;
    queue = [];
    const { session, planId } = useEditor.getState();
    try {
      if (!session) break;
      const ctx = { planId, author: authorId(), clock: session.clock };
      const { changes, derived, history } = await commitActions(session.db, ctx, batch);
      const now = performance.now();
      if (MEASURING) for (const p of batch) commitTimings.push(now - p.started);
      if (derived.length) void show(derived);
      announceChanges(planId, [...changes.flat(), ...derived]);
      useEditor.setState({ history, saveError: null });
    } catch (error) {
      if (session) await recoverFromFailedWrite(session, planId, error);
    } finally {
      useEditor.setState((s) => ({ pendingCommits: Math.max(0, s.pendingCommits - batch.length) }));
      for (const p of batch) p.done();
    }
  }
}

export async function undoLast() {
  await travel(undo);
}

export async function redoLast() {
  await travel(redo);
}

async function travel(step: typeof undo) {
  await flush(); // Undo acts on what is stored: let queued edits land first.
  const { session, planId } = useEditor.getState();
  if (!session) return;
  try {
    const changes = await step(session.db, { planId, author: authorId(), clock: session.clock });
    await show(changes);
    announceChanges(planId, changes);
    await refreshHistory();
  } catch (error) {
    await recoverFromFailedWrite(session, planId, error);
  }
}

/** Changes another window committed: fold them in as they are. */
export function receiveChanges(planId: string, changes: Change[]) {
  const { session, planId: open } = useEditor.getState();
  if (!session || planId !== open) return;
  for (const change of changes) session.clock.observe(change.hlc);
  void show(changes);
  void refreshHistory();
}

async function refreshHistory() {
  const { session, planId } = useEditor.getState();
  if (session) useEditor.setState({ history: await historyDepth(session.db, planId) });
}

async function recoverFromFailedWrite(session: Session, planId: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Edit not saved', error);
  await openPlan(session, planId);
  useEditor.setState({ saveError: message });
}

/**
 * Folds edits into what is shown. An edit may bring back an entity this window no longer
 * holds (an undone deletion restores just the `deleted` field): after folding it is live but
 * incomplete, and is read whole from the database. Tombstoned entities leave memory, so a
 * deletion never triggers a read.
 */
async function show(edits: readonly (FieldEdit | Change)[]) {
  foldReviewEdits(edits);
  foldWorkshopEdits(edits);
  foldIntoView(edits);
  const { session, elements, links } = useEditor.getState();
  if (!session) return;
  // Only the entities these edits touched: this runs on every keystroke.
  const incomplete = (type: 'element' | 'link', map: Record<string, PlanElement | PlanLink>) => [
    ...new Set(edits.filter((e) => e.entity === type && map[e.entityId] && !isComplete(map[e.entityId])).map((e) => e.entityId)),
  ];
  const elementIds = incomplete('element', elements);
  const linkIds = incomplete('link', links);
  if (elementIds.length === 0 && linkIds.length === 0) return;
  const found = await loadEntities(session.db, elementIds, linkIds);
  foldIntoView([
    ...found.elements.flatMap((e) => wholeEntity('element', e)),
    ...found.links.flatMap((l) => wholeEntity('link', l)),
  ]);
}

function wholeEntity(entity: 'element' | 'link', value: PlanElement | PlanLink): FieldEdit[] {
  return Object.entries(value).map(([field, newValue]) => ({ entity, entityId: value.id, field, newValue }));
}

/** Applies per-field edits to the in-memory plan, touching only the nodes and edges they concern. */
function foldIntoView(edits: readonly (FieldEdit | Change)[]) {
  useEditor.setState((state) => {
    const elements = { ...state.elements };
    const links = { ...state.links };
    let plan = state.plan;
    const touchedElements = new Set<string>();
    const touchedLinks = new Set<string>();
    for (const e of edits) {
      if (e.entity === 'plan') {
        if (plan && e.entityId === plan.id) plan = applyField(plan, e.field, e.newValue);
      } else if (e.entity === 'element') {
        elements[e.entityId] = applyField((elements[e.entityId] ?? { id: e.entityId }) as PlanElement, e.field, e.newValue);
        touchedElements.add(e.entityId);
      } else if (e.entity === 'link') {
        links[e.entityId] = applyField((links[e.entityId] ?? { id: e.entityId }) as PlanLink, e.field, e.newValue);
        touchedLinks.add(e.entityId);
      }
    }
    for (const id of touchedElements) if (elements[id]?.deleted) delete elements[id];
    for (const id of touchedLinks) if (links[id]?.deleted) delete links[id];
    return {
      plan,
      elements,
      links,
      nodes: touchedElements.size ? patchNodes(state.nodes, elements, touchedElements) : state.nodes,
      // Edges only change when a link does or an element appears or goes; typing leaves them be.
      edges:
        touchedLinks.size || [...touchedElements].some((id) => !state.elements[id] !== !elements[id])
          ? patchEdges(state.edges, elements, links, touchedLinks)
          : state.edges,
    };
  });
}

function patchNodes(nodes: ElementFlowNode[], elements: Record<string, PlanElement>, touched: Set<string>) {
  const seen = new Set<string>();
  let structural = false;
  const next: ElementFlowNode[] = [];
  for (const node of nodes) {
    if (!touched.has(node.id)) {
      next.push(node);
      continue;
    }
    seen.add(node.id);
    const element = elements[node.id];
    if (!element) {
      structural = true;
      continue;
    }
    if ((element.parentId ?? undefined) !== node.parentId) structural = true;
    next.push(toNode(element, node));
  }
  for (const id of touched) {
    const element = elements[id];
    if (!seen.has(id) && element && isComplete(element)) {
      next.push(toNode(element));
      structural = true;
    }
  }
  return structural ? orderNodes(next) : next;
}

function patchEdges(
  edges: LinkFlowEdge[],
  elements: Record<string, PlanElement>,
  links: Record<string, PlanLink>,
  touched: Set<string>,
) {
  const live = (link: PlanLink | undefined) => !!link && !!elements[link.source] && !!elements[link.target];
  const next = edges.filter((edge) => live(links[edge.id])).map((edge) => (touched.has(edge.id) ? toEdge(links[edge.id]!, edge) : edge));
  const present = new Set(next.map((e) => e.id));
  for (const id of touched) if (!present.has(id) && live(links[id])) next.push(toEdge(links[id]!));
  return next;
}

/** True once an entity held in memory has all its fields (not just the ones an edit touched). */
function isComplete(entity: PlanElement | PlanLink | undefined): boolean {
  return !!entity && typeof entity.planId === 'string' && typeof entity.deleted === 'boolean';
}

/** React Flow's own UI changes (selection, drag frames, measurements): memory only, committed elsewhere. */
export function onNodesChange(changes: NodeChange<ElementFlowNode>[]) {
  useEditor.setState((s) => ({ nodes: applyNodeChanges(changes.filter((c) => c.type !== 'remove'), s.nodes) }));
}

export function onEdgesChange(changes: EdgeChange<LinkFlowEdge>[]) {
  useEditor.setState((s) => ({ edges: applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), s.edges) }));
}

export function selectedIds() {
  const { nodes, edges } = useEditor.getState();
  return {
    elements: nodes.filter((n) => n.selected).map((n) => n.id),
    links: edges.filter((e) => e.selected).map((e) => e.id),
  };
}

export function selectOnly(elementIds: readonly string[]) {
  const wanted = new Set(elementIds);
  useEditor.setState((s) => ({
    nodes: s.nodes.map((n) => (!!n.selected === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) })),
    edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  }));
}

export function selectAll() {
  useEditor.setState((s) => ({ nodes: s.nodes.map((n) => (n.selected ? n : { ...n, selected: true })) }));
}
