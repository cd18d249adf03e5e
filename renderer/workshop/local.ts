import type { z } from 'zod';

/**
 * Workshop state kept on this device (not in the plan): the timer, the facilitator lock,
 * who is voting, which panels are hidden. localStorage, read through a schema so a value
 * from an older build or another tab's half-written state is simply ignored.
 */
const PREFIX = 'campaign-workbench.workshop.';

export function readLocal<T>(key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value; undefined removes it. A full or unavailable storage is not worth an error. */
export function writeLocal(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Private mode or a full disk: the state lives until the page goes.
  }
}
