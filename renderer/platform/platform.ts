import type { CommandId } from '../../shared/commands';
import type { Language } from '../../shared/i18n/languages';
import type { FileErrorCode, PrintPdfRequest } from '../../shared/ipc/contract';
import type { FileKind } from '../../shared/ipc/files';

export type { FileErrorCode } from '../../shared/ipc/contract';
export type { FileKind } from '../../shared/ipc/files';

/** A file to save: the name to suggest (any text, e.g. a plan title: it is made safe), its bytes and kind. */
export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  kind: FileKind;
}

/** Which kinds of file the picker offers. */
export interface OpenFileRequest {
  kinds: FileKind[];
}

/** A file the person picked: its name (no path) and contents. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A file could not be written or read. `code` is what the person can act on (translated by
 * the caller: `exchange.fileError.<code>` with `{{name}}`); `detail` is the system's words.
 */
export class FileAccessError extends Error {
  override name = 'FileAccessError';
  constructor(
    readonly code: FileErrorCode,
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`${code}: ${fileName}: ${detail}`);
  }
}

/**
 * What the renderer needs from the machine it runs on. Two implementations: the
 * Electron bridge (preload) and the plain browser. Features import `platform` from
 * ./index and never look at which one they got.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** True when a native menu owns the shortcuts, so the page must not handle them twice. */
  readonly hasNativeMenu: boolean;
  setLanguage(language: Language): Promise<void>;
  /** Opens another workbench window (a browser tab in the web build) at a hash route. */
  openWindow(hash?: string): Promise<void>;
  /** Commands chosen in the native menu. Returns its own unsubscribe. */
  onCommand(listener: (command: CommandId) => void): () => void;
  /**
   * Saves a file where the person chooses: a native save dialog in Electron, a download in
   * the browser (which cannot tell a cancel, so it always answers 'saved'). Throws a
   * FileAccessError when the file cannot be written (disk full, no permission, too large).
   */
  saveFile(request: SaveFileRequest): Promise<'saved' | 'cancelled'>;
  /**
   * Lets the person pick one file of these kinds and reads it: a native open dialog in
   * Electron, the browser's file picker otherwise. Null when they cancel. Throws a
   * FileAccessError when it cannot be read or is over the kinds' size limit.
   */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /**
   * Prints the page on screen (the brief view) to PDF. Electron answers the PDF's bytes, for
   * `saveFile`; the browser opens its own print dialog (print, or save as PDF) and answers null.
   */
  printToPdf(request: PrintPdfRequest): Promise<Uint8Array | null>;
}
