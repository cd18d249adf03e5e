import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Where windows open and how big: pure functions, so they can be tested without Electron. */

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
/** A saved window must overlap some display by this much, or it is moved back on screen. */
const MIN_VISIBLE = 64;

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
/** x and y absent means "centred". */
export type WindowState = z.infer<typeof WindowStateSchema>;

/** The saved state, or undefined when there is none or it can't be trusted. */
export function readWindowState(file: string): WindowState | undefined {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written beside the file and renamed into place, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/**
 * Where a window opens: the saved place while it is still on a display (monitors get
 * unplugged), otherwise centred on the primary display at a size that fits it.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowState {
  if (saved && workAreas.some((area) => isVisibleOn(saved, area))) return saved;
  return {
    width: Math.min(saved?.width ?? DEFAULT_SIZE.width, primaryWorkArea.width),
    height: Math.min(saved?.height ?? DEFAULT_SIZE.height, primaryWorkArea.height),
    maximized: saved?.maximized ?? false,
  };
}

function isVisibleOn(state: WindowState, area: Rectangle): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const overlapWidth = Math.min(state.x + state.width, area.x + area.width) - Math.max(state.x, area.x);
  const overlapHeight = Math.min(state.y + state.height, area.y + area.height) - Math.max(state.y, area.y);
  return overlapWidth >= MIN_VISIBLE && overlapHeight >= MIN_VISIBLE;
}
