import type { FieldEdit } from '../../shared/changes/change';
import { diffEntity } from '../../shared/changes/diff';
import { FRAME_PADDING, FRAME_TITLE_BAR } from '../../shared/layout/geometry';
import { newId } from '../../shared/model/ids';
import { newElement, type PlanElement } from '../../shared/model/element';
import type { ElementKind } from '../../shared/model/kinds';
import { newLink, type LinkType, type PlanLink } from '../../shared/model/link';

/**
 * Pure edit builders: each user action on the canvas as the per-field edits it makes.
 * The store applies and commits them; keeping them pure keeps them testable.
 */
export interface PlanState {
  planId: string;
  elements: Readonly<Record<string, PlanElement>>;
  links: Readonly<Record<string, PlanLink>>;
}

export interface Point {
  x: number;
  y: number;
}

export function createElementEdits(
  state: PlanState,
  kind: ElementKind,
  at: Point,
  title: string,
  parentId: string | null = null,
): { id: string; edits: FieldEdit[] } {
  const id = newId();
  const element = newElement({ id, planId: state.planId, kind, title, x: at.x, y: at.y, parentId });
  return { id, edits: diffEntity('element', undefined, element) };
}

export function updateElementEdits(state: PlanState, id: string, patch: Partial<PlanElement>): FieldEdit[] {
  const before = state.elements[id];
  if (!before) return [];
  return diffEntity('element', before, { ...before, ...patch });
}

export function connectEdits(state: PlanState, source: string, target: string, type: LinkType): FieldEdit[] {
  if (source === target || !state.elements[source] || !state.elements[target]) return [];
  const duplicate = Object.values(state.links).some(
    (l) => !l.deleted && l.source === source && l.target === target && l.type === type,
  );
  if (duplicate) return [];
  return diffEntity('link', undefined, newLink({ id: newId(), planId: state.planId, source, target, type }));
}

/** Deleting a frame deletes what is in it; deleting an element deletes its links. All tombstones. */
export function deleteEdits(state: PlanState, elementIds: readonly string[], linkIds: readonly string[] = []): FieldEdit[] {
  const doomed = new Set(elementIds.filter((id) => state.elements[id]));
  for (const element of Object.values(state.elements)) {
    if (element.parentId && doomed.has(element.parentId)) doomed.add(element.id);
  }
  const doomedLinks = new Set(linkIds.filter((id) => state.links[id]));
  for (const link of Object.values(state.links)) {
    if (doomed.has(link.source) || doomed.has(link.target)) doomedLinks.add(link.id);
  }
  const tombstone = (entity: 'element' | 'link', entityId: string): FieldEdit => ({
    entity,
    entityId,
    field: 'deleted',
    oldValue: false,
    newValue: true,
  });
  return [...[...doomedLinks].map((id) => tombstone('link', id)), ...[...doomed].map((id) => tombstone('element', id))];
}

/** Absolute position of an element (frames hold their children in relative coordinates). */
export function absolutePosition(state: PlanState, element: PlanElement): Point {
  const parent = element.parentId ? state.elements[element.parentId] : undefined;
  return parent ? { x: parent.x + element.x, y: parent.y + element.y } : { x: element.x, y: element.y };
}

/** The frame whose box holds the point, if any (the smallest, so nested look-ups pick the inner one). */
export function frameAt(state: PlanState, point: Point, excluding: ReadonlySet<string> = new Set()): PlanElement | undefined {
  return Object.values(state.elements)
    .filter(
      (e) =>
        e.kind === 'frame' &&
        !e.deleted &&
        !excluding.has(e.id) &&
        point.x >= e.x &&
        point.x <= e.x + e.width &&
        point.y >= e.y &&
        point.y <= e.y + e.height,
    )
    .sort((a, b) => a.width * a.height - b.width * b.height)[0];
}

/**
 * Moves elements to absolute positions, putting each into the frame its centre lands in
 * (or out of any frame). Frames themselves stay top level.
 */
export function moveEdits(state: PlanState, moves: ReadonlyArray<{ id: string; absolute: Point }>): FieldEdit[] {
  const moving = new Set(moves.map((m) => m.id));
  return moves.flatMap(({ id, absolute }) => {
    const element = state.elements[id];
    if (!element) return [];
    const parentMoving = element.parentId !== null && moving.has(element.parentId);
    if (parentMoving) return []; // It rides along with its frame.
    const centre = { x: absolute.x + element.width / 2, y: absolute.y + element.height / 2 };
    const frame = element.kind === 'frame' ? undefined : frameAt(state, centre, new Set([id]));
    const parentId = frame?.id ?? null;
    const position = frame ? { x: absolute.x - frame.x, y: absolute.y - frame.y } : absolute;
    return updateElementEdits(state, id, { parentId, x: Math.round(position.x), y: Math.round(position.y) });
  });
}

/** Wraps top-level elements in a new frame sized to hold them, with the same margins templates and layout use. */
export function groupEdits(state: PlanState, elementIds: readonly string[], title: string): { id: string; edits: FieldEdit[] } | null {
  const members = elementIds
    .map((id) => state.elements[id])
    .filter((e): e is PlanElement => !!e && e.kind !== 'frame' && e.parentId === null);
  if (members.length === 0) return null;
  const left = Math.min(...members.map((e) => e.x)) - FRAME_PADDING;
  const top = Math.min(...members.map((e) => e.y)) - FRAME_PADDING - FRAME_TITLE_BAR;
  const right = Math.max(...members.map((e) => e.x + e.width)) + FRAME_PADDING;
  const bottom = Math.max(...members.map((e) => e.y + e.height)) + FRAME_PADDING;
  const id = newId();
  const frame = newElement({
    id,
    planId: state.planId,
    kind: 'frame',
    title,
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
  });
  const edits = [
    ...diffEntity('element', undefined, frame),
    ...members.flatMap((e) => updateElementEdits(state, e.id, { parentId: id, x: e.x - left, y: e.y - top })),
  ];
  return { id, edits };
}

/** What copy puts on the clipboard: the elements (with frame contents) and the links among them. */
export interface ClipboardPayload {
  format: 'campaign-workbench/elements';
  version: 1;
  elements: PlanElement[];
  links: PlanLink[];
}

export function copyPayload(state: PlanState, elementIds: readonly string[]): ClipboardPayload {
  const chosen = new Set(elementIds.filter((id) => state.elements[id]));
  for (const e of Object.values(state.elements)) if (e.parentId && chosen.has(e.parentId)) chosen.add(e.id);
  const elements = [...chosen].map((id) => state.elements[id]!).map((e) =>
    // A child copied without its frame is pasted at its absolute position, top level.
    e.parentId && !chosen.has(e.parentId) ? { ...e, ...absolutePosition(state, e), parentId: null } : e,
  );
  const links = Object.values(state.links).filter((l) => !l.deleted && chosen.has(l.source) && chosen.has(l.target));
  return { format: 'campaign-workbench/elements', version: 1, elements, links };
}

/** Pastes under fresh ids into this plan, shifted by `offset`. Returns the new top-level ids to select. */
export function pasteEdits(state: PlanState, payload: ClipboardPayload, offset: Point): { ids: string[]; edits: FieldEdit[] } {
  const ids = new Map(payload.elements.map((e) => [e.id, newId()]));
  const elements = payload.elements.map((e) => {
    const topLevel = !e.parentId || !ids.has(e.parentId);
    return newElement({
      ...e,
      id: ids.get(e.id)!,
      planId: state.planId,
      parentId: topLevel ? null : ids.get(e.parentId!)!,
      x: topLevel ? e.x + offset.x : e.x,
      y: topLevel ? e.y + offset.y : e.y,
      deleted: false,
    });
  });
  // Frames first, so a child never points at a frame that does not exist yet.
  elements.sort((a, b) => Number(b.kind === 'frame') - Number(a.kind === 'frame'));
  const links = payload.links
    .filter((l) => ids.has(l.source) && ids.has(l.target))
    .map((l) => newLink({ ...l, id: newId(), planId: state.planId, source: ids.get(l.source)!, target: ids.get(l.target)!, deleted: false }));
  return {
    ids: elements.filter((e) => e.parentId === null).map((e) => e.id),
    edits: [
      ...elements.flatMap((e) => diffEntity('element', undefined, e)),
      ...links.flatMap((l) => diffEntity('link', undefined, l)),
    ],
  };
}
