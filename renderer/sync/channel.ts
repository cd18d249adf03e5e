import { z } from 'zod';
import { changeSchema, type Change } from '../../shared/changes/change';

/**
 * Keeps windows (tabs in the browser build) of this origin in step. After a commit a
 * window announces its changes; the others fold them into what they show. IndexedDB
 * stays the truth: a window that missed a message still reads the right state on open.
 */
const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changes'), planId: z.string(), changes: z.array(changeSchema) }),
  z.object({ type: z.literal('library') }),
]);
export type SyncMessage = z.infer<typeof messageSchema>;

const CHANNEL_NAME = 'campaign-workbench-sync';
const listeners = new Set<(message: SyncMessage) => void>();
let channel: BroadcastChannel | null = null;

/** One channel object per window for sending and receiving: it never hears its own posts. */
function open(): BroadcastChannel {
  if (channel) return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success) for (const listener of listeners) listener(parsed.data);
  };
  return channel;
}

export function announceChanges(planId: string, changes: Change[]) {
  if (changes.length) open().postMessage({ type: 'changes', planId, changes } satisfies SyncMessage);
  announceLibrary();
}

export function announceLibrary() {
  open().postMessage({ type: 'library' } satisfies SyncMessage);
}

export function onSync(listener: (message: SyncMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
