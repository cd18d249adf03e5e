import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './platform';

export type { Platform } from './platform';

/** The preload defines window.workbench only inside Electron. */
export const platform: Platform = electronPlatform() ?? browserPlatform;
