import type { NodePositionChange } from '@xyflow/react';
import type { ElementFlowNode } from './flowModel';

export interface HelperLines {
  /** Flow x of a vertical guide, flow y of a horizontal one, in the dragged node's parent space. */
  vertical?: number;
  horizontal?: number;
}

const SNAP_DISTANCE = 6;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  centerX: number;
  centerY: number;
}

function box(x: number, y: number, w: number, h: number): Box {
  return { left: x, right: x + w, top: y, bottom: y + h, centerX: x + w / 2, centerY: y + h / 2 };
}

function sizeOf(node: ElementFlowNode) {
  return { w: node.measured?.width ?? node.width ?? 0, h: node.measured?.height ?? node.height ?? 0 };
}

/**
 * Alignment guides while one node is dragged: if an edge or centre comes within a few
 * pixels of a sibling's, snap to it and report the guide to draw. Siblings share a parent,
 * so positions compare in the same (relative) space.
 */
export function alignToSiblings(change: NodePositionChange, nodes: readonly ElementFlowNode[]): HelperLines {
  const dragged = nodes.find((n) => n.id === change.id);
  if (!dragged || !change.position) return {};
  const { w, h } = sizeOf(dragged);
  const moving = box(change.position.x, change.position.y, w, h);
  let best: { dx?: number; dy?: number; vertical?: number; horizontal?: number } = {};
  let bestX = SNAP_DISTANCE;
  let bestY = SNAP_DISTANCE;
  for (const other of nodes) {
    if (other.id === dragged.id || other.parentId !== dragged.parentId || other.selected) continue;
    const size = sizeOf(other);
    const target = box(other.position.x, other.position.y, size.w, size.h);
    for (const [mine, theirs] of [
      ['left', 'left'],
      ['right', 'right'],
      ['left', 'right'],
      ['right', 'left'],
      ['centerX', 'centerX'],
    ] as const) {
      const distance = Math.abs(moving[mine] - target[theirs]);
      if (distance < bestX) {
        bestX = distance;
        best = { ...best, dx: target[theirs] - moving[mine], vertical: target[theirs] };
      }
    }
    for (const [mine, theirs] of [
      ['top', 'top'],
      ['bottom', 'bottom'],
      ['top', 'bottom'],
      ['bottom', 'top'],
      ['centerY', 'centerY'],
    ] as const) {
      const distance = Math.abs(moving[mine] - target[theirs]);
      if (distance < bestY) {
        bestY = distance;
        best = { ...best, dy: target[theirs] - moving[mine], horizontal: target[theirs] };
      }
    }
  }
  change.position = { x: change.position.x + (best.dx ?? 0), y: change.position.y + (best.dy ?? 0) };
  return { vertical: best.vertical, horizontal: best.horizontal };
}
