import type { ReactFlowInstance } from '@xyflow/react';
import i18next from 'i18next';
import { absolutePosition } from '../canvas/operations';
import { edit, selectedIds, selectOnly, useEditor } from '../canvas/store';
import { NOTE_SIZE, captureEdits } from './capture';
import { positionsLocked } from './deviceState';
import { announce } from './notice';

/** The middle of the canvas pane, in plan coordinates. */
function viewCentre(flow: ReactFlowInstance): { x: number; y: number } {
  const pane = document.querySelector('.plan-canvas')?.getBoundingClientRect();
  const centre = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: 400, y: 300 };
  return flow.screenToFlowPosition(centre);
}

/**
 * Quick capture: one typed line becomes a sticky note in the frame being worked on (see
 * capture.ts), as one undoable edit. The new note is selected, so the next line joins it in
 * the same frame and the inspector offers to turn it into a typed element; the view follows
 * when it lands out of sight.
 */
export function captureNote(flow: ReactFlowInstance, title: string): string {
  const state = useEditor.getState();
  const measured = new Map(state.nodes.map((n) => [n.id, n.measured?.height ?? 0]));
  const { id, edits } = captureEdits(
    {
      state,
      selected: selectedIds().elements,
      viewCentre: viewCentre(flow),
      heightOf: (element) => measured.get(element.id) ?? element.height,
      locked: positionsLocked(),
    },
    title,
  );
  void edit(edits);
  selectOnly([id]);
  const note = useEditor.getState().elements[id];
  if (note) {
    const at = absolutePosition(useEditor.getState(), note);
    const pane = document.querySelector('.plan-canvas')?.getBoundingClientRect();
    if (pane) {
      const topLeft = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
      const bottomRight = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
      const inView = at.x >= topLeft.x && at.y >= topLeft.y && at.x + NOTE_SIZE.width <= bottomRight.x && at.y + NOTE_SIZE.height <= bottomRight.y;
      if (!inView) void flow.setCenter(at.x + NOTE_SIZE.width / 2, at.y + NOTE_SIZE.height / 2, { zoom: flow.getZoom(), duration: 300 });
    }
  }
  announce(i18next.t('workshop.capture.added', { title }));
  return id;
}
