import { randomUUID } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron';
import { matchLanguage, type Language } from '../shared/i18n/languages';
import { RESOURCES } from '../shared/i18n/resources';
import type { FileErrorCode, OpenFileRequest, OpenFileResponse, SaveFileRequest, SaveFileResponse } from '../shared/ipc/contract';
import { FILE_TYPES, hasExtensionOf, maxBytesOf, type FileKind } from '../shared/ipc/files';

/**
 * Saving and opening files for the renderer. Main owns the native dialogs, so every path
 * comes from the person's choice in a dialog, never from the page: the page only suggests a
 * plain file name and receives bytes. Failures come back as a code the page translates
 * (disk full, no permission…), never as a stack trace.
 */

/** The UI language, for the dialogs' file-type names; the system's until the renderer says. */
let dialogLanguage: Language | undefined;

export function setDialogLanguage(language: Language): void {
  dialogLanguage = language;
}

function filtersFor(kinds: readonly FileKind[]): FileFilter[] {
  const names = RESOURCES[dialogLanguage ?? matchLanguage(app.getLocale())].shell.fileType;
  return kinds.map((kind) => ({ name: names[kind], extensions: [...FILE_TYPES[kind].extensions] }));
}

/** The sender's window, so the dialog is modal to it (sheets on macOS). */
function windowOf(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender);
}

export async function saveFile(sender: WebContents, request: SaveFileRequest): Promise<SaveFileResponse> {
  const window = windowOf(sender);
  const options = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: filtersFor([request.kind]),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  // Some Linux dialogs save exactly what was typed: the file keeps its kind's extension.
  const path = hasExtensionOf(choice.filePath, request.kind) ? choice.filePath : `${choice.filePath}.${FILE_TYPES[request.kind].extensions[0]}`;
  try {
    await writeAtomically(path, request.bytes);
    return { status: 'saved' };
  } catch (error) {
    return failure(error, path, 'write');
  }
}

export async function openFile(sender: WebContents, request: OpenFileRequest): Promise<OpenFileResponse> {
  const window = windowOf(sender);
  const options = { filters: filtersFor(request.kinds), properties: ['openFile'] as Array<'openFile'> };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [path] = choice.filePaths;
  if (choice.canceled || !path) return { status: 'cancelled' };
  const limit = maxBytesOf(request.kinds);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { status: 'failed', code: 'notFound', name: basename(path), detail: `${path} is not a file` };
    if (info.size > limit) return tooLarge(path, info.size, limit);
    const bytes = await readFile(path);
    // The file may have grown since stat().
    if (bytes.byteLength > limit) return tooLarge(path, bytes.byteLength, limit);
    return { status: 'opened', name: basename(path), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    return failure(error, path, 'read');
  }
}

/**
 * Writes beside the target and renames over it: a disk that fills up half-way leaves the
 * previous file (if any) as it was, and no truncated file under the chosen name.
 */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path, extname(path))}.${randomUUID()}.part`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function tooLarge(path: string, size: number, limit: number): OpenFileResponse {
  return { status: 'failed', code: 'tooLarge', name: basename(path), detail: `${size} bytes; the limit is ${limit}` };
}

function failure(error: unknown, path: string, action: 'read' | 'write'): { status: 'failed'; code: FileErrorCode; name: string; detail: string } {
  console.error(`Could not ${action} ${path}`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'failed', code: errorCode(error), name: basename(path), detail: detail.slice(0, 2000) };
}

/** Node's error codes, as what the person can do about them. */
function errorCode(error: unknown): FileErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'noSpace';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
      return 'denied';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
      return 'notFound';
    case 'EFBIG':
      return 'tooLarge';
    default:
      return 'io';
  }
}
