import { app } from 'electron';
import { printBriefToPdf } from './brief';
import { openFile, saveFile, setDialogLanguage } from './files';
import type { IpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { openWindow } from './window';

/** What main does for each IPC channel. Requests arrive here already validated (ipc.ts). */
export const ipcHandlers: IpcHandlers = {
  'app:info': () => ({
    version: app.getVersion(),
    platform: process.platform,
    electronVersion: process.versions.electron,
  }),
  'app:setLanguage': (language) => {
    setDialogLanguage(language);
    installApplicationMenu(language);
  },
  'window:open': (hash) => {
    openWindow(hash);
  },
  'file:save': (request, sender) => saveFile(sender, request),
  'file:open': (request, sender) => openFile(sender, request),
  'brief:printToPdf': (request, sender) => printBriefToPdf(sender, request),
};
