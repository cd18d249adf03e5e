import type { PlanElement } from '../../shared/model/element';
import { areaOf, type KindArea } from '../../shared/model/kinds';

/**
 * The steps of a presentation, as pure data: first an overview of the whole plan, then the
 * plan's frames in reading order (rows top to bottom, left to right within a row), with
 * the elements outside frames gathered into steps of their own where they fall in that
 * order. A plan without frames steps through its 4P, 4C and framing areas instead. Each
 * step names the elements its view must hold.
 */
export type Step =
  | { kind: 'overview'; id: 'overview'; elementIds: string[] }
  | { kind: 'frame'; id: string; frameId: string; title: string; elementIds: string[] }
  | { kind: 'area'; id: string; area: KindArea; elementIds: string[] }
  | { kind: 'loose'; id: string; titles: string[]; elementIds: string[] };

const AREA_ORDER: readonly KindArea[] = ['4p', '4c', 'framing'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Boxes in reading order. A box joins the current row when at least half of it (or of the
 * row, if the row is shorter) lies in the row's vertical span: frames side by side rarely
 * share a top edge, and a card stacked under another beside a tall frame still reads
 * with that frame's row. Rows go top to bottom, boxes in a row left to right (then top
 * to bottom, for stacks).
 */
export function readingOrder<T extends Box>(boxes: readonly T[]): T[] {
  const byTop = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Array<{ top: number; bottom: number; boxes: T[] }> = [];
  for (const box of byTop) {
    const row = rows.at(-1);
    const overlap = row ? Math.min(row.bottom, box.y + box.height) - Math.max(row.top, box.y) : 0;
    if (row && overlap >= Math.min(box.height, row.bottom - row.top) / 2) {
      row.boxes.push(box);
      row.bottom = Math.max(row.bottom, box.y + box.height);
    } else {
      rows.push({ top: box.y, bottom: box.y + box.height, boxes: [box] });
    }
  }
  return rows.flatMap((row) => row.boxes.sort((a, b) => a.x - b.x || a.y - b.y));
}

export function presentationSteps(elements: readonly PlanElement[]): Step[] {
  const live = elements.filter((e) => !e.deleted);
  const byId = new Map(live.map((e) => [e.id, e]));
  const overview: Step = { kind: 'overview', id: 'overview', elementIds: live.map((e) => e.id) };
  if (!live.some((e) => e.kind === 'frame')) {
    const areas = AREA_ORDER.map((area): Step => ({ kind: 'area', id: `area:${area}`, area, elementIds: live.filter((e) => areaOf(e.kind) === area).map((e) => e.id) }));
    return [overview, ...areas.filter((step) => step.elementIds.length > 0)];
  }
  // Each element belongs to its top-level ancestor (a frame, or itself outside any frame).
  const topOf = (e: PlanElement): PlanElement => {
    let top = e;
    const seen = new Set<string>([e.id]);
    for (let parent = e.parentId ? byId.get(e.parentId) : undefined; parent && !seen.has(parent.id); parent = parent.parentId ? byId.get(parent.parentId) : undefined) {
      seen.add(parent.id);
      top = parent;
    }
    return top;
  };
  const members = new Map<string, string[]>();
  for (const e of live) {
    const top = topOf(e).id;
    members.set(top, [...(members.get(top) ?? []), e.id]);
  }
  const tops = live.filter((e) => topOf(e) === e);
  const steps: Step[] = [overview];
  for (const top of readingOrder(tops)) {
    const ids = members.get(top.id) ?? [top.id];
    if (top.kind === 'frame') {
      steps.push({ kind: 'frame', id: `frame:${top.id}`, frameId: top.id, title: top.title, elementIds: ids });
      continue;
    }
    const last = steps.at(-1);
    if (last?.kind === 'loose') {
      last.elementIds.push(...ids);
      last.titles.push(top.title);
    } else {
      steps.push({ kind: 'loose', id: `loose:${top.id}`, titles: [top.title], elementIds: ids });
    }
  }
  return steps;
}

/** Where a step index lands after a move, kept within the steps. */
export function moveStep(index: number, count: number, move: 'next' | 'previous' | 'first' | 'last'): number {
  if (count === 0) return 0;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  return Math.min(count - 1, Math.max(0, index + (move === 'next' ? 1 : -1)));
}
