import type { FieldEdit } from '../../shared/changes/change';
import { FRAME_PADDING, FRAME_TITLE_BAR, GAP, MIN_CLEARANCE, clearance, type Box } from '../../shared/layout/geometry';
import { DEFAULT_ELEMENT_SIZE, type PlanElement } from '../../shared/model/element';
import { absolutePosition, createElementEdits, frameAt, updateElementEdits, type PlanState, type Point } from '../canvas/operations';

/**
 * Where a quick-capture note goes, as pure geometry: into the frame the facilitator is
 * working in (the selected frame, the frame of the selected element, else the frame under
 * the middle of the view) at its first free spot, in reading order and lined up with the
 * cards there; a full frame grows downwards and pushes what lies below it down by as much. Outside frames, the free spot
 * nearest the middle of the view. A note never lands on another card.
 */
export const NOTE_SIZE = DEFAULT_ELEMENT_SIZE;
/** The grid free spots outside frames are looked for on, and the least space kept around a new note. */
const STEP = 20;
const SPACE = 20;
/** How far (in grid steps) the free-space search goes from the middle of the view. */
const MAX_RINGS = 150;

export interface CaptureInput {
  state: PlanState;
  selected: readonly string[];
  /** The middle of the view, in plan coordinates. */
  viewCentre: Point;
  /** An element's height as drawn (content can make a card taller than stored). */
  heightOf: (element: PlanElement) => number;
  /** The facilitator lock is on: nothing may move, so a full frame does not grow. */
  locked: boolean;
}

export interface CapturePlan {
  parentId: string | null;
  /** Relative to the frame when there is one, as stored. */
  at: Point;
  /** Edits the note needs around it: a grown frame and what it pushed. */
  edits: FieldEdit[];
}

/** The frame a note goes to: the selected frame, the selected element's frame, else the frame in the middle of the view. */
export function targetFrame(state: PlanState, selected: readonly string[], viewCentre: Point): PlanElement | undefined {
  if (selected.length === 1) {
    const element = state.elements[selected[0]!];
    if (element?.kind === 'frame') return element;
    const parent = element?.parentId ? state.elements[element.parentId] : undefined;
    if (parent?.kind === 'frame') return parent;
  }
  return frameAt(state, viewCentre);
}

function boxOf(element: PlanElement, at: Point, heightOf: CaptureInput['heightOf']): Box {
  return { x: at.x, y: at.y, width: element.width, height: Math.max(element.height, heightOf(element)) };
}

const isFree = (candidate: Box, taken: readonly Box[]) => taken.every((box) => clearance(candidate, box) >= SPACE);

export function planCapture(input: CaptureInput): CapturePlan {
  const { state, heightOf } = input;
  const frame = targetFrame(state, input.selected, input.viewCentre);
  const live = Object.values(state.elements).filter((e) => !e.deleted);
  if (frame) {
    const children = live.filter((e) => e.parentId === frame.id).map((e) => boxOf(e, e, heightOf));
    const spot = firstFreeInFrame(frame, children);
    if (spot) return { parentId: frame.id, at: spot, edits: [] };
    if (!input.locked) return growFrame(input, frame, children, live);
  }
  return { parentId: null, at: nearestFree(input, live), edits: [] };
}

/**
 * The first spot inside a frame, reading order, where a note fits clear of its children.
 * Spots line up with what is there: on the template's columns or beside a card, level with
 * a card's top or a row gap below one, so captured notes form tidy rows.
 */
function firstFreeInFrame(frame: PlanElement, children: readonly Box[]): Point | undefined {
  const { width, height } = NOTE_SIZE;
  const top = FRAME_TITLE_BAR + FRAME_PADDING;
  const columns = new Set<number>();
  for (let x = FRAME_PADDING; x + width <= frame.width - FRAME_PADDING; x += width + GAP) columns.add(x);
  const rows = new Set<number>([top]);
  for (const child of children) {
    columns.add(child.x);
    columns.add(child.x + child.width + GAP);
    rows.add(child.y);
    rows.add(child.y + child.height + MIN_CLEARANCE);
  }
  const xs = [...columns].filter((x) => x >= FRAME_PADDING && x + width <= frame.width - FRAME_PADDING).sort((a, b) => a - b);
  const ys = [...rows].filter((y) => y >= top && y + height <= frame.height - FRAME_PADDING).sort((a, b) => a - b);
  for (const y of ys) for (const x of xs) if (isFree({ x, y, width, height }, children)) return { x, y };
  return undefined;
}

/** Under the frame's lowest card, the frame made taller, and everything below the frame moved down by as much. */
function growFrame(input: CaptureInput, frame: PlanElement, children: readonly Box[], live: readonly PlanElement[]): CapturePlan {
  const { state, heightOf } = input;
  const lowest = Math.max(FRAME_TITLE_BAR, ...children.map((c) => c.y + c.height));
  const at = { x: FRAME_PADDING, y: Math.max(FRAME_TITLE_BAR + FRAME_PADDING, Math.round(lowest + MIN_CLEARANCE)) };
  const height = at.y + NOTE_SIZE.height + FRAME_PADDING;
  const frameBox = boxOf(frame, frame, heightOf);
  const grow = height - frameBox.height;
  if (grow <= 0) return { parentId: frame.id, at, edits: [] };
  const oldBottom = frame.y + frameBox.height;
  const pushed = live.filter((e) => e.parentId === null && e.id !== frame.id && e.y >= oldBottom);
  return {
    parentId: frame.id,
    at,
    edits: [
      ...updateElementEdits(state, frame.id, { height }),
      ...pushed.flatMap((e) => updateElementEdits(state, e.id, { y: e.y + grow })),
    ],
  };
}

/** The free spot nearest the middle of the view, on the grid, clear of every top-level box. */
function nearestFree(input: CaptureInput, live: readonly PlanElement[]): Point {
  const { width, height } = NOTE_SIZE;
  const taken = live.filter((e) => e.parentId === null || !input.state.elements[e.parentId]).map((e) => boxOf(e, absolutePosition(input.state, e), input.heightOf));
  const origin = { x: snap(input.viewCentre.x - width / 2), y: snap(input.viewCentre.y - height / 2) };
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    let best: Point | undefined;
    let bestDistance = Infinity;
    for (const [dx, dy] of ringOffsets(ring)) {
      const candidate = { x: origin.x + dx * STEP, y: origin.y + dy * STEP };
      if (!isFree({ ...candidate, width, height }, taken)) continue;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best) return best;
  }
  // Nothing free near the view: to the right of everything.
  const right = Math.max(...taken.map((b) => b.x + b.width));
  return { x: snap(right + SPACE + STEP), y: origin.y };
}

/** Grid offsets whose larger coordinate is `ring`: the square ring around the origin. */
function ringOffsets(ring: number): Array<[number, number]> {
  if (ring === 0) return [[0, 0]];
  const offsets: Array<[number, number]> = [];
  for (let i = -ring; i <= ring; i++) offsets.push([i, -ring], [i, ring]);
  for (let i = -ring + 1; i <= ring - 1; i++) offsets.push([-ring, i], [ring, i]);
  return offsets;
}

function snap(value: number): number {
  return Math.round(value / STEP) * STEP;
}

/** The note and whatever room it needed, as one list of edits (one undo step). */
export function captureEdits(input: CaptureInput, title: string): { id: string; edits: FieldEdit[] } {
  const plan = planCapture(input);
  const note = createElementEdits(input.state, 'note', plan.at, title, plan.parentId);
  return { id: note.id, edits: [...plan.edits, ...note.edits] };
}
