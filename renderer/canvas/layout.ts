import { updateElementEdits } from './operations';
import { edit, useEditor } from './store';
import { refuseIfLocked } from '../workshop/lock';

/** Lays the plan out with ELK using the sizes nodes really have on screen; one undo step. */
export async function layoutPlan() {
  if (refuseIfLocked()) return; // The facilitator lock: nothing moves.
  // ELK is large: load it on first use so it doesn't slow the app's start.
  const { autoLayout } = await import('../../shared/layout/autoLayout');
  const { elements, links, nodes } = useEditor.getState();
  const measured = new Map(nodes.map((n) => [n.id, n.measured?.height ?? 0]));
  const placements = await autoLayout(
    Object.values(elements).map((e) => ({ ...e, height: Math.max(e.height, measured.get(e.id) ?? 0) })),
    Object.values(links),
  );
  const state = useEditor.getState();
  await edit(
    placements.flatMap((p) => {
      const element = state.elements[p.id];
      if (!element) return [];
      const size = element.kind === 'frame' ? { width: Math.round(p.width), height: Math.round(p.height) } : {};
      return updateElementEdits(state, p.id, { x: Math.round(p.x), y: Math.round(p.y), ...size });
    }),
  );
}
