import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './platform';

export { FileAccessError, type FileErrorCode, type FileKind, type OpenedFile, type OpenFileRequest, type Platform, type SaveFileRequest } from './platform';

/** The preload defines window.workbench only inside Electron. */
export const platform: Platform = electronPlatform() ?? browserPlatform;
