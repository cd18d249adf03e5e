import { useStore, type ReactFlowState } from '@xyflow/react';
import type { HelperLines } from './helperLines';

const selectTransform = (s: ReactFlowState) => s.transform;

/** Draws the alignment guides over the canvas, converting flow coordinates to screen ones. */
export function HelperLinesOverlay({ lines, offset }: { lines: HelperLines; offset: { x: number; y: number } }) {
  const [tx, ty, zoom] = useStore(selectTransform);
  if (lines.vertical === undefined && lines.horizontal === undefined) return null;
  return (
    <svg className="helper-lines" aria-hidden="true">
      {lines.vertical !== undefined && (
        <line x1={(lines.vertical + offset.x) * zoom + tx} x2={(lines.vertical + offset.x) * zoom + tx} y1="0" y2="100%" />
      )}
      {lines.horizontal !== undefined && (
        <line y1={(lines.horizontal + offset.y) * zoom + ty} y2={(lines.horizontal + offset.y) * zoom + ty} x1="0" x2="100%" />
      )}
    </svg>
  );
}
