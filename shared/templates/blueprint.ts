import { FRAME_PADDING, FRAME_TITLE_BAR, GAP } from '../layout/geometry';
import { DEFAULT_ELEMENT_SIZE } from '../model/element';
import type { LinkType } from '../model/link';
import type { CardKind, ElementKey, FrameName, TemplateElement, TemplateLink } from './template';

/**
 * Template elements placed at the origin, with their bounding size. Groups compose with
 * `row` and `stack`, so templates say what goes where and no coordinate is written by hand.
 */
export interface Group {
  elements: readonly TemplateElement[];
  width: number;
  height: number;
}

/** Cards by row, then by column. */
export type CardGrid = readonly (readonly CardKind[])[];

export function card(kind: CardKind): Group {
  return { elements: [cardElement(kind, null)], ...DEFAULT_ELEMENT_SIZE };
}

/** A titled frame with cards in a grid (one array per row), sized to fit them. */
export function frame(name: FrameName, rows: CardGrid): Group {
  const key = frameKey(name);
  const { width: cardWidth, height: cardHeight } = DEFAULT_ELEMENT_SIZE;
  const columns = Math.max(...rows.map((cells) => cells.length));
  const width = 2 * FRAME_PADDING + span(columns, cardWidth);
  const height = FRAME_TITLE_BAR + 2 * FRAME_PADDING + span(rows.length, cardHeight);
  const children = rows.flatMap((cells, rowIndex) =>
    cells.map((kind, columnIndex) => ({
      ...cardElement(kind, key),
      x: FRAME_PADDING + columnIndex * (cardWidth + GAP),
      y: FRAME_TITLE_BAR + FRAME_PADDING + rowIndex * (cardHeight + GAP),
    })),
  );
  const frameElement: TemplateElement = {
    key,
    kind: 'frame',
    titleKey: `templates.frame.${name}`,
    promptKey: null,
    x: 0,
    y: 0,
    width,
    height,
    parentKey: null,
  };
  return { elements: [frameElement, ...children], width, height };
}

export function frameKey(name: FrameName): ElementKey {
  return `frame.${name}`;
}

export function link(source: ElementKey, target: ElementKey, type: LinkType): TemplateLink {
  return { source, target, type };
}

/** Groups left to right, centred on one horizontal line. */
export function row(groups: readonly Group[]): Group {
  return arrange(groups, 'horizontal');
}

/** Groups top to bottom, centred on one vertical line. */
export function stack(groups: readonly Group[]): Group {
  return arrange(groups, 'vertical');
}

function arrange(groups: readonly Group[], direction: 'horizontal' | 'vertical'): Group {
  const horizontal = direction === 'horizontal';
  const across = Math.max(0, ...groups.map((g) => (horizontal ? g.height : g.width)));
  const elements: TemplateElement[] = [];
  let along = 0;
  for (const group of groups) {
    const centring = Math.round((across - (horizontal ? group.height : group.width)) / 2);
    elements.push(...(horizontal ? moved(group, along, centring) : moved(group, centring, along)));
    along += (horizontal ? group.width : group.height) + GAP;
  }
  const length = Math.max(0, along - GAP);
  return { elements, width: horizontal ? length : across, height: horizontal ? across : length };
}

/** Children keep their frame-relative positions: only top-level elements move. */
function moved(group: Group, dx: number, dy: number): TemplateElement[] {
  return group.elements.map((e) => (e.parentKey === null ? { ...e, x: e.x + dx, y: e.y + dy } : e));
}

function cardElement(kind: CardKind, parentKey: ElementKey | null): TemplateElement {
  return {
    key: kind,
    kind,
    titleKey: `templates.card.${kind}.title`,
    promptKey: `templates.card.${kind}.prompt`,
    x: 0,
    y: 0,
    ...DEFAULT_ELEMENT_SIZE,
    parentKey,
  };
}

/** Length of `count` boxes of `size` in a line with gaps between them. */
function span(count: number, size: number): number {
  return count * size + (count - 1) * GAP;
}
