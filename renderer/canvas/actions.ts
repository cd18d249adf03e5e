import type { ElementKind } from '../../shared/model/kinds';
import { serializePayload, parsePayload } from './clipboard';
import {
  connectEdits,
  copyPayload,
  createElementEdits,
  deleteEdits,
  frameAt,
  groupEdits,
  moveEdits,
  pasteEdits,
  type Point,
} from './operations';
import type { HistoryMode } from '../db';
import { edit, selectedIds, selectOnly, useEditor } from './store';

/**
 * Canvas actions as the UI invokes them: each reads the current plan, builds its edits
 * with the pure operations and commits them as one undoable step.
 */
export function addElementAt(kind: ElementKind, point: Point, title: string) {
  const state = useEditor.getState();
  const frame = kind === 'frame' ? undefined : frameAt(state, point);
  const at = frame ? { x: point.x - frame.x, y: point.y - frame.y } : point;
  const { id, edits } = createElementEdits(state, kind, roundPoint(at), title, frame?.id ?? null);
  void edit(edits);
  selectOnly([id]);
  return id;
}

export function connect(source: string, target: string) {
  const state = useEditor.getState();
  void edit(connectEdits(state, source, target, state.linkType));
}

export function deleteSelection() {
  const { elements, links } = selectedIds();
  void edit(deleteEdits(useEditor.getState(), elements, links));
}

export function moveElements(moves: ReadonlyArray<{ id: string; absolute: Point }>, history?: HistoryMode) {
  void edit(moveEdits(useEditor.getState(), moves), history);
}

export function groupSelection(title: string) {
  const grouped = groupEdits(useEditor.getState(), selectedIds().elements, title);
  if (!grouped) return;
  void edit(grouped.edits);
  selectOnly([grouped.id]);
}

/** Copies the selection; returns the text for the clipboard, or null when nothing is selected. */
export function copySelection(): string | null {
  const ids = selectedIds().elements;
  if (ids.length === 0) return null;
  return serializePayload(copyPayload(useEditor.getState(), ids));
}

const PASTE_OFFSET = 40;

/** Pastes copied elements (from this plan or another) beside the originals or at `at`. */
export function pasteText(text: string | undefined, at?: Point): boolean {
  const payload = parsePayload(text);
  if (!payload || payload.elements.length === 0) return false;
  const state = useEditor.getState();
  const topLevel = payload.elements.filter((e) => !e.parentId || !payload.elements.some((p) => p.id === e.parentId));
  const origin = { x: Math.min(...topLevel.map((e) => e.x)), y: Math.min(...topLevel.map((e) => e.y)) };
  const offset = at ? { x: at.x - origin.x, y: at.y - origin.y } : { x: PASTE_OFFSET, y: PASTE_OFFSET };
  const { ids, edits } = pasteEdits(state, payload, roundPoint(offset));
  void edit(edits);
  selectOnly(ids);
  return true;
}

function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
