/** Spacing shared by the templates and the automatic layout, so both draw plans alike. */
export const GAP = 60;
/** A frame's title band at the top, then a margin around its children. */
export const FRAME_TITLE_BAR = 40;
export const FRAME_PADDING = 24;
/** Boxes closer than this read as touching. */
export const MIN_CLEARANCE = 40;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Clear space between two boxes: the wider of the horizontal and vertical gaps when
 * they are apart, zero when they touch, negative when they overlap.
 */
export function clearance(a: Box, b: Box): number {
  const horizontal = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const vertical = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(horizontal, vertical);
}

/** Whether a child (positioned relative to its frame) lies within the frame, below its title band. */
export function fitsInFrame(frame: Pick<Box, 'width' | 'height'>, child: Box): boolean {
  return (
    child.x >= 0 &&
    child.y >= FRAME_TITLE_BAR &&
    child.x + child.width <= frame.width &&
    child.y + child.height <= frame.height
  );
}
