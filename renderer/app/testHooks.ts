import { applyTimings, commitTimings, edit, selectOnly, useEditor } from '../canvas/store';
import { createPlan } from '../db';
import type { PlanContent } from '../db';
import type { Session } from './session';

/**
 * Hooks for the benchmark, compiled in only by `vite build --mode test`: seeding a generated
 * plan through the UI would measure the test, not the app.
 */
export function exposeTestHooks(session: Session) {
  if (import.meta.env.MODE !== 'test') return;
  Object.assign(window, {
    __workbench: {
      createPlan: (content: PlanContent) => createPlan(session.db, { author: 'bench', clock: session.clock }, content),
      commitTimings,
      applyTimings,
      editorState: () => useEditor.getState(),
      select: (id: string) => selectOnly([id]),
      edit,
    },
  });
}
