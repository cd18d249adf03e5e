import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  COMMAND_CHANNEL,
  CommandIdSchema,
  IPC_CONTRACT,
  type InvokeChannel,
  type RequestOf,
  type ResponseOf,
  type WorkbenchBridge,
} from '../shared/ipc/contract';

/**
 * The only door between the page and main. The page gets these named functions and
 * nothing else: never ipcRenderer, so it can't reach channels outside the contract.
 * Built as CommonJS (dist/electron/preload.cjs): sandboxed preloads can't be ES modules.
 */

function invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  return ipcRenderer.invoke(channel, request);
}

/** For channels that carry data both ways: main's answer is checked here too before the page gets it. */
async function invokeChecked<C extends 'file:save' | 'file:open'>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const response: unknown = await ipcRenderer.invoke(channel, IPC_CONTRACT[channel].request.parse(request));
  return IPC_CONTRACT[channel].response.parse(response) as ResponseOf<C>;
}

const bridge = {
  getAppInfo: () => invoke('app:info', undefined),
  setLanguage: (language) => invoke('app:setLanguage', language),
  openWindow: (hash) => invoke('window:open', hash),
  saveFile: (request) => invokeChecked('file:save', request),
  openFile: (request) => invokeChecked('file:open', request),
  printToPdf: (request) => invoke('brief:printToPdf', request),
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      const command = CommandIdSchema.safeParse(payload);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
} satisfies WorkbenchBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
