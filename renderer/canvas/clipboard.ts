import { z } from 'zod';
import { elementSchema } from '../../shared/model/element';
import { linkSchema } from '../../shared/model/link';
import type { ClipboardPayload } from './operations';

const payloadSchema = z.object({
  format: z.literal('campaign-workbench/elements'),
  version: z.literal(1),
  elements: z.array(elementSchema).max(20000),
  links: z.array(linkSchema).max(50000),
});

/** Kept in-window too, for when the system clipboard is unavailable (no permission, no focus). */
let lastCopied: ClipboardPayload | null = null;

export function serializePayload(payload: ClipboardPayload): string {
  lastCopied = payload;
  return JSON.stringify(payload);
}

/** Reads pasted text: our elements (validated like any input), or null for anything else. */
export function parsePayload(text: string | undefined): ClipboardPayload | null {
  if (!text) return lastCopied;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
