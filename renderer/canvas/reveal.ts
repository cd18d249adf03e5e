import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useElementRevealer } from '../palette/reveal';
import type { ElementFlowNode } from './flowModel';
import { selectOnly } from './store';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Zoom at which the element shows readable, yet whole: the current one where that works. */
export function revealZoom(box: Box, view: { width: number; height: number }, current: number, readable = 0.75): number {
  const fits = Math.min((view.width * 0.8) / Math.max(box.width, 1), (view.height * 0.8) / Math.max(box.height, 1));
  return Math.min(Math.max(current, readable), fits);
}

const FOCUS_TRIES = 30;

/**
 * Lets the command palette (and anything else) show an element on the canvas: select it
 * alone, centre it, then focus it, so the arrow keys move it straight away. Big plans only
 * render what is in view, so the node is looked for over a few frames after the pan.
 */
export function useRevealOnCanvas() {
  const flow = useReactFlow<ElementFlowNode>();
  const store = useStoreApi<ElementFlowNode>();
  useElementRevealer((id) => {
    const node = flow.getInternalNode(id);
    if (!node) return;
    selectOnly([id]);
    const box = {
      ...node.internals.positionAbsolute,
      width: node.measured.width ?? node.width ?? 0,
      height: node.measured.height ?? node.height ?? node.initialHeight ?? 0,
    };
    const { width, height } = store.getState();
    const zoom = revealZoom(box, { width, height }, flow.getZoom());
    const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 250;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration }).then(() => focusNode(id, FOCUS_TRIES));
  });
}

function focusNode(id: string, tries: number) {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (element) element.focus({ preventScroll: true });
  else if (tries > 0) requestAnimationFrame(() => focusNode(id, tries - 1));
}
