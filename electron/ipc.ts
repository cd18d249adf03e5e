import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { z } from 'zod';
import type { CommandId } from '../shared/commands';
import {
  COMMAND_CHANNEL,
  IPC_CONTRACT,
  type InvokeChannel,
  type RequestOf,
  type ResponseOf,
} from '../shared/ipc/contract';
import { isAppOrigin } from '../shared/ipc/origin';

/** The contract seen channel by channel, so generic code keeps each channel's own types. */
const CHANNEL_SCHEMAS: {
  [C in InvokeChannel]: { request: z.ZodType<RequestOf<C>>; response: z.ZodType<ResponseOf<C>> };
} = IPC_CONTRACT;

/** What main does for each channel, given a request that has already been validated, and the page that asked. */
export type IpcHandlers = {
  [C in InvokeChannel]: (request: RequestOf<C>, sender: WebContents) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/**
 * Registers one handler per contract channel. Before a handler runs, the sender must be
 * a frame on the app origin and the payload must match the channel's schema; otherwise
 * the renderer's promise rejects with the reason and nothing happens.
 */
export function registerIpcHandlers(handlers: IpcHandlers): void {
  for (const channel of Object.keys(IPC_CONTRACT) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleRequest(channel, handlers[channel], event, args));
  }
}

/** The one main → renderer event: run this command in that window. */
export function sendCommand(target: WebContents, command: CommandId): void {
  target.send(COMMAND_CHANNEL, command);
}

async function handleRequest<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandlers[C],
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<ResponseOf<C>> {
  const senderUrl = event.senderFrame?.url;
  if (!isAppOrigin(senderUrl)) reject(channel, `sender ${senderUrl ?? '(gone)'} is not the app`);
  if (args.length > 1) reject(channel, `expected at most one argument, got ${args.length}`);
  const schemas = CHANNEL_SCHEMAS[channel];
  const request = schemas.request.safeParse(args[0]);
  if (!request.success) reject(channel, z.prettifyError(request.error));
  // Main's own answer is checked too: the renderer relies on the contract's response type.
  return schemas.response.parse(await handler(request.data, event.sender));
}

function reject(channel: InvokeChannel, reason: string): never {
  const message = `IPC '${channel}' rejected: ${reason}`;
  console.warn(message);
  throw new Error(message);
}
