import type { Box } from '../layout/geometry';
import type { PlanElement } from '../model/element';
import type { ElementKind } from '../model/kinds';
import type { LinkType, PlanLink } from '../model/link';
import type { Verdict } from '../model/review';

/**
 * The plan diagram as geometry: every element at its absolute place (frames hold their
 * children relative to themselves), the links between them, and how to spread a large
 * plan over pages so that every card stays legible. Drawn by svg.ts.
 */
export interface DiagramNode {
  id: string;
  kind: ElementKind;
  title: string;
  body: string;
  /** Brief reference ("3.2"), when the brief numbers the element. */
  ref: string;
  verdict: Verdict | null;
  /** Nesting depth: frames inside frames are drawn after their parents. */
  depth: number;
  parentId: string | null;
  box: Box;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  label: string;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  bounds: Box;
}

export interface DiagramOptions {
  /** Only these elements (a selection): a chosen frame brings its contents along. */
  only?: ReadonlySet<string>;
  verdictOf?: (elementId: string) => Verdict | null;
  refOf?: (elementId: string) => string;
}

/** Room around the drawing, in plan units. */
export const DIAGRAM_MARGIN = 24;

export function diagramOf(elements: readonly PlanElement[], links: readonly PlanLink[], options: DiagramOptions = {}): Diagram {
  const live = elements.filter((e) => !e.deleted);
  const byId = new Map(live.map((e) => [e.id, e]));
  const absolute = new Map<string, { x: number; y: number; depth: number }>();
  const place = (e: PlanElement, seen = new Set<string>()): { x: number; y: number; depth: number } => {
    const known = absolute.get(e.id);
    if (known) return known;
    const parent = e.parentId ? byId.get(e.parentId) : undefined;
    let at = { x: e.x, y: e.y, depth: 0 };
    if (parent && !seen.has(parent.id)) {
      seen.add(e.id);
      const p = place(parent, seen);
      at = { x: p.x + e.x, y: p.y + e.y, depth: p.depth + 1 };
    }
    absolute.set(e.id, at);
    return at;
  };
  let chosen = live;
  if (options.only) {
    const wanted = options.only;
    const within = (e: PlanElement): boolean => {
      const seen = new Set<string>();
      for (let cur: PlanElement | undefined = e; cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
        if (wanted.has(cur.id)) return true;
        seen.add(cur.id);
      }
      return false;
    };
    chosen = live.filter(within);
  }
  const ids = new Set(chosen.map((e) => e.id));
  const nodes: DiagramNode[] = chosen
    .map((e) => {
      const at = place(e);
      return {
        id: e.id,
        kind: e.kind,
        title: e.title,
        body: e.body,
        ref: options.refOf?.(e.id) ?? '',
        verdict: e.kind === 'frame' ? null : (options.verdictOf?.(e.id) ?? null),
        depth: at.depth,
        // A node drawn inside a frame that is not part of the drawing keeps its place.
        parentId: e.parentId && ids.has(e.parentId) ? e.parentId : null,
        box: { x: at.x, y: at.y, width: e.width, height: e.height },
      };
    })
    // Frames under their contents, outer frames under inner ones; then reading order.
    .sort((a, b) => Number(b.kind === 'frame') - Number(a.kind === 'frame') || a.depth - b.depth || a.box.y - b.box.y || a.box.x - b.box.x);
  const edges: DiagramEdge[] = links
    .filter((l) => !l.deleted && ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
    .map((l) => ({ id: l.id, source: l.source, target: l.target, type: l.type, label: l.label }));
  return { nodes, edges, bounds: boundsOf(nodes.map((n) => n.box)) };
}

export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

function pad(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export type Orientation = 'portrait' | 'landscape';

export interface PageArea {
  portrait: { width: number; height: number };
  landscape: { width: number; height: number };
}

export interface DiagramPage {
  /** The whole plan, one frame, or a tile of a region too large for one page. */
  kind: 'whole' | 'overview' | 'frame' | 'tile';
  /** The frame shown (kind 'frame', or a tile of a frame). */
  frameId: string | null;
  /** Tile n of m within its region, when a region is split. */
  tile: { index: number; count: number } | null;
  viewBox: Box;
  orientation: Orientation;
  /** Plan units to page CSS pixels. */
  scale: number;
}

/** Below this a card's 14 px title prints smaller than about 5 pt: split rather than shrink further. */
export const MIN_LEGIBLE_SCALE = 0.5;
/** A small plan is not blown up past this. */
const MAX_SCALE = 1.25;

function bestFit(box: Box, area: PageArea): { orientation: Orientation; scale: number } {
  const fit = (o: Orientation) => Math.min(area[o].width / box.width, area[o].height / box.height, MAX_SCALE);
  const portrait = fit('portrait');
  const landscape = fit('landscape');
  return landscape > portrait * 1.05 ? { orientation: 'landscape', scale: landscape } : { orientation: 'portrait', scale: portrait };
}

/** Splits a region into the fewest tiles (in the better orientation) that print at a legible scale. */
function tiles(region: Box, area: PageArea, nodes: readonly DiagramNode[], frameId: string | null): DiagramPage[] {
  const options = (['portrait', 'landscape'] as const).map((orientation) => {
    const page = area[orientation];
    const columns = Math.ceil(region.width / (page.width / MIN_LEGIBLE_SCALE));
    const rows = Math.ceil(region.height / (page.height / MIN_LEGIBLE_SCALE));
    return { orientation, columns, rows };
  });
  const { orientation, columns, rows } = options.sort((a, b) => a.columns * a.rows - b.columns * b.rows)[0]!;
  const width = region.width / columns;
  const height = region.height / rows;
  const boxes: Box[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const box = { x: region.x + c * width, y: region.y + r * height, width, height };
      if (nodes.some((n) => n.kind !== 'frame' && intersects(n.box, box))) boxes.push(box);
    }
  }
  return boxes.map((viewBox, index) => ({
    kind: 'tile',
    frameId,
    tile: { index: index + 1, count: boxes.length },
    viewBox,
    orientation,
    scale: Math.min(area[orientation].width / viewBox.width, area[orientation].height / viewBox.height),
  }));
}

/**
 * Pages for the diagram. A plan that fits legibly takes one page (portrait or landscape,
 * whichever shows it larger). A larger one gets an overview of the whole plan, then each
 * top-level frame on its own page, and the elements outside frames by region; anything still
 * too large for one page is tiled.
 */
export function diagramPages(diagram: Diagram, area: PageArea): DiagramPage[] {
  const whole = pad(diagram.bounds, DIAGRAM_MARGIN);
  const fit = bestFit(whole, area);
  if (fit.scale >= MIN_LEGIBLE_SCALE) return [{ kind: 'whole', frameId: null, tile: null, viewBox: whole, ...fit }];
  const pages: DiagramPage[] = [{ kind: 'overview', frameId: null, tile: null, viewBox: whole, ...fit }];
  const topFrames = diagram.nodes.filter((n) => n.kind === 'frame' && n.parentId === null);
  const region = (frame: DiagramNode | null, boxes: Box[]) => {
    if (boxes.length === 0) return;
    const box = pad(frame ? frame.box : boundsOf(boxes), DIAGRAM_MARGIN / 2);
    const inFrame = bestFit(box, area);
    if (inFrame.scale >= MIN_LEGIBLE_SCALE) pages.push({ kind: 'frame', frameId: frame?.id ?? null, tile: null, viewBox: box, ...inFrame });
    else pages.push(...tiles(box, area, diagram.nodes, frame?.id ?? null));
  };
  for (const frame of topFrames) region(frame, [frame.box]);
  const loose = diagram.nodes.filter((n) => n.kind !== 'frame' && n.parentId === null).map((n) => n.box);
  region(null, loose);
  return pages;
}
