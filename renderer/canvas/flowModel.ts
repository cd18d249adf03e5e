import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { PlanElement } from '../../shared/model/element';
import type { PlanLink } from '../../shared/model/link';

export type ElementNodeData = { element: PlanElement };
export type ElementFlowNode = Node<ElementNodeData, 'element' | 'frame'>;
export type LinkFlowEdge = Edge<{ link: PlanLink }, 'link'>;

const HANDLE_SIZE = 6;

/**
 * Where a node's link handles are, declared up front. Without this React Flow renders every
 * node once just to measure its handles, which for a 2,000-element plan is most of the time
 * it takes to open. Heights grow with content, so the last measured height is used when known.
 */
function declaredHandles(element: PlanElement, height: number): NodeHandle[] {
  if (element.kind === 'frame') return [];
  const y = height / 2 - HANDLE_SIZE / 2;
  const box = { width: HANDLE_SIZE, height: HANDLE_SIZE, y };
  return [
    { ...box, type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2 },
    { ...box, type: 'source', position: Position.Right, x: element.width - HANDLE_SIZE / 2 },
  ];
}

/** A React Flow node for an element, keeping UI-only state (selection, measurements) from `previous`. */
export function toNode(element: PlanElement, previous?: ElementFlowNode): ElementFlowNode {
  const isFrame = element.kind === 'frame';
  const height = previous?.measured?.height ?? element.height;
  return {
    ...previous,
    handles: declaredHandles(element, height),
    initialHeight: height,
    id: element.id,
    type: isFrame ? 'frame' : 'element',
    position: { x: element.x, y: element.y },
    ...(element.parentId ? { parentId: element.parentId } : { parentId: undefined }),
    data: { element },
    width: element.width,
    // A frame is grabbed by its title bar; its body lets clicks through to the canvas (pan, box-select).
    ...(isFrame ? { height: element.height, zIndex: -1, dragHandle: '.frame-node__title' } : {}),
    ariaLabel: element.title,
  };
}

export function toEdge(link: PlanLink, previous?: LinkFlowEdge): LinkFlowEdge {
  return { ...previous, id: link.id, source: link.source, target: link.target, type: 'link', data: { link } };
}

/** React Flow wants a parent before its children: frames first. */
export function orderNodes(nodes: ElementFlowNode[]): ElementFlowNode[] {
  return [...nodes.filter((n) => n.type === 'frame'), ...nodes.filter((n) => n.type !== 'frame')];
}
