import type { Viewport } from '@xyflow/react';
import { z } from 'zod';
import type { PlanElement } from '../../shared/model/element';

/**
 * Where each plan was last looked at, per device (UI state, not plan content, so it lives
 * in localStorage rather than in the plan). A plan reopens where you left it.
 */
const viewportSchema = z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().positive().finite() });
const key = (planId: string) => `campaign-workbench.viewport.${planId}`;

export function savedViewport(planId: string): Viewport | undefined {
  try {
    const parsed = viewportSchema.safeParse(JSON.parse(localStorage.getItem(key(planId)) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveViewport(planId: string, viewport: Viewport) {
  localStorage.setItem(key(planId), JSON.stringify(viewport));
}

/** Up to this many elements a first open shows the whole plan; beyond, it opens at 100 % on its top-left. */
export const FIT_ON_OPEN_LIMIT = 300;

export function topLeftViewport(elements: readonly PlanElement[]): Viewport {
  const roots = elements.filter((e) => e.parentId === null);
  if (roots.length === 0) return { x: 0, y: 0, zoom: 1 };
  const margin = 40;
  return { x: margin - Math.min(...roots.map((e) => e.x)), y: margin - Math.min(...roots.map((e) => e.y)), zoom: 1 };
}
