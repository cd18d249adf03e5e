import type { Edge, Node } from '@xyflow/react';
import type { PlanElement } from '../../shared/model/element';
import type { PlanLink } from '../../shared/model/link';

export type ElementNodeData = { element: PlanElement };
export type ElementFlowNode = Node<ElementNodeData, 'element' | 'frame'>;
export type LinkFlowEdge = Edge<{ link: PlanLink }, 'link'>;

/** A React Flow node for an element, keeping UI-only state (selection, measurements) from `previous`. */
export function toNode(element: PlanElement, previous?: ElementFlowNode): ElementFlowNode {
  const isFrame = element.kind === 'frame';
  return {
    ...previous,
    id: element.id,
    type: isFrame ? 'frame' : 'element',
    position: { x: element.x, y: element.y },
    ...(element.parentId ? { parentId: element.parentId } : { parentId: undefined }),
    data: { element },
    width: element.width,
    ...(isFrame ? { height: element.height, zIndex: -1 } : {}),
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
