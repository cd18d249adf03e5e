import ElkConstructor, {
  type ELK,
  type ElkExtendedEdge,
  type ElkNode,
  type LayoutOptions,
} from 'elkjs/lib/elk.bundled.js';
import type { PlanElement } from '../model/element';
import type { PlanLink } from '../model/link';
import { FRAME_PADDING, FRAME_TITLE_BAR, GAP } from './geometry';

export type LayoutElement = Pick<PlanElement, 'id' | 'x' | 'y' | 'width' | 'height' | 'parentId' | 'deleted'>;
export type LayoutLink = Pick<PlanLink, 'id' | 'source' | 'target' | 'deleted'>;

/** Where an element goes: x/y relative to its parent frame, as the model stores them. */
export interface Placement {
  id: string;
  x: number;
  y: number;
  /** Unchanged for plain elements; a frame is resized to fit its children. */
  width: number;
  height: number;
}

/** The same room between boxes as the templates leave; wider between layers, where links run. */
const LAYERED: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': String(GAP),
  'elk.spacing.componentComponent': String(GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP + 20),
  // Keep the user's reading order where it costs no extra crossings.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};
const ROOT_INSETS = insets(0, 0);
/** The top inset keeps the frame's title band clear. */
const FRAME_INSETS = insets(FRAME_TITLE_BAR + FRAME_PADDING, FRAME_PADDING);

function insets(top: number, sides: number): string {
  return `[top=${top},left=${sides},bottom=${sides},right=${sides}]`;
}

let elk: ELK | undefined;

/**
 * Layered, left-to-right layout following the links. Each frame's content is laid out on
 * its own (unlinked cards pack into a grid), the frame is sized to fit, then the frame is
 * placed among its siblings. A link into or out of a frame orders the boxes it joins at
 * the level where they meet. Deleted elements and links are ignored, as is a link between
 * a frame and its own content. The plan keeps its top-left corner, so it does not jump
 * away on screen. Same input, same output.
 */
export async function autoLayout(
  elements: readonly LayoutElement[],
  links: readonly LayoutLink[],
): Promise<Placement[]> {
  const tree = buildTree(elements);
  const roots = tree.childrenOf(null);
  if (roots.length === 0) return [];
  const edges = liftedEdges(links, tree);
  // The bundled build runs in the calling thread, browser or Node, with no worker file to ship.
  elk ??= new ElkConstructor();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: { ...LAYERED, 'elk.padding': ROOT_INSETS },
    children: roots.map((e) => toElkNode(e, tree, edges)),
    edges: edges.get(null) ?? [],
  });
  const origin = { x: Math.min(...roots.map((e) => e.x)), y: Math.min(...roots.map((e) => e.y)) };
  return (graph.children ?? []).flatMap((node) => placements(node, origin));
}

interface Tree {
  childrenOf(parentId: string | null): LayoutElement[];
  parentOf(id: string): string | null;
  /** Reachable from the top level: excludes elements caught in a parent cycle. */
  has(id: string): boolean;
}

/** Live elements by parent, each level in reading order (top to bottom, then left to right). */
function buildTree(elements: readonly LayoutElement[]): Tree {
  const live = new Map(elements.filter((e) => !e.deleted).map((e) => [e.id, e]));
  // A parent that is gone leaves its element at the top level rather than lost.
  const parentOf = (id: string): string | null => {
    const parentId = live.get(id)?.parentId ?? null;
    return parentId !== null && live.has(parentId) ? parentId : null;
  };
  const children = new Map<string | null, LayoutElement[]>();
  for (const e of [...live.values()].sort(readingOrder)) {
    const parentId = parentOf(e.id);
    const siblings = children.get(parentId);
    if (siblings) siblings.push(e);
    else children.set(parentId, [e]);
  }
  const reachable = new Set<string>();
  const visit = (parentId: string | null) => {
    for (const child of children.get(parentId) ?? []) {
      reachable.add(child.id);
      visit(child.id);
    }
  };
  visit(null);
  return { childrenOf: (parentId) => children.get(parentId) ?? [], parentOf, has: (id) => reachable.has(id) };
}

function readingOrder(a: LayoutElement, b: LayoutElement): number {
  return a.y - b.y || a.x - b.x || byId(a, b);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toElkNode(element: LayoutElement, tree: Tree, edges: ReadonlyMap<string | null, ElkExtendedEdge[]>): ElkNode {
  const children = tree.childrenOf(element.id);
  if (children.length === 0) return { id: element.id, width: element.width, height: element.height };
  return {
    id: element.id,
    layoutOptions: { ...LAYERED, 'elk.padding': FRAME_INSETS },
    children: children.map((child) => toElkNode(child, tree, edges)),
    edges: edges.get(element.id) ?? [],
  };
}

/**
 * Each link as an edge between the two siblings that contain its ends, filed under their
 * common parent (null: the top level). ELK lays out each level separately and only sees
 * edges between siblings.
 */
function liftedEdges(links: readonly LayoutLink[], tree: Tree): Map<string | null, ElkExtendedEdge[]> {
  const byContainer = new Map<string | null, ElkExtendedEdge[]>();
  for (const link of [...links].sort(byId)) {
    if (link.deleted || !tree.has(link.source) || !tree.has(link.target)) continue;
    const ends = siblingsContaining(link.source, link.target, tree);
    if (ends === null) continue;
    const edge = { id: link.id, sources: [ends.source], targets: [ends.target] };
    const siblingEdges = byContainer.get(ends.container);
    if (siblingEdges) siblingEdges.push(edge);
    else byContainer.set(ends.container, [edge]);
  }
  return byContainer;
}

/** The siblings holding `source` and `target`; null when one contains the other. */
function siblingsContaining(source: string, target: string, tree: Tree) {
  const targetLine = ancestry(target, tree);
  for (const sourceSide of ancestry(source, tree)) {
    const container = tree.parentOf(sourceSide);
    const targetSide = targetLine.find((id) => tree.parentOf(id) === container);
    if (targetSide !== undefined) {
      return sourceSide === targetSide ? null : { container, source: sourceSide, target: targetSide };
    }
  }
  return null;
}

/** The element, its frame, that frame's frame… up to the top level. Only for reachable elements: no cycles. */
function ancestry(id: string, tree: Tree): string[] {
  const line = [id];
  for (let parent = tree.parentOf(id); parent !== null; parent = tree.parentOf(parent)) line.push(parent);
  return line;
}

/** The node and everything inside it; only top-level nodes are offset to the plan's origin. */
function placements(node: ElkNode, offset: { x: number; y: number }): Placement[] {
  const own: Placement = {
    id: node.id,
    x: Math.round((node.x ?? 0) + offset.x),
    y: Math.round((node.y ?? 0) + offset.y),
    width: Math.round(node.width ?? 0),
    height: Math.round(node.height ?? 0),
  };
  return [own, ...(node.children ?? []).flatMap((child) => placements(child, { x: 0, y: 0 }))];
}
