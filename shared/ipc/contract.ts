import { z } from 'zod';
import { COMMAND_IDS, type CommandId } from '../commands';
import { LANGUAGES, type Language } from '../i18n/languages';
import { PAPER_SIZES } from '../brief/print';
import { FILE_KINDS, FILE_TYPES, fileKindSchema, isSafeFileName, MAX_FILE_BYTES } from './files';

/**
 * The whole conversation between the renderer and the Electron main process, in one
 * place. Main validates every request against these schemas before doing anything; the
 * preload implements `WorkbenchBridge` with `satisfies`, so the compiler proves both
 * sides agree. Pure TypeScript + zod: no Electron here.
 */

export const AppInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  electronVersion: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Hash routes only ('#/plan/<id>'): a window can never be pointed at another URL. */
export const WindowHashSchema = z.string().regex(/^#\/[A-Za-z0-9/_-]*$/);

/** File contents as they cross the bridge: a Uint8Array no bigger than any kind of file allows. */
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_FILE_BYTES, {
  message: `expected a Uint8Array of at most ${MAX_FILE_BYTES} bytes`,
});

/**
 * Save a file: main shows the save dialog on the sender's window, suggesting this name (a
 * plain name, never a path: main owns where files go) and writes the bytes where the
 * person chose.
 */
export const SaveFileRequestSchema = z
  .object({
    suggestedName: z.string().refine(isSafeFileName, 'expected a plain file name, not a path'),
    bytes: BytesSchema,
    kind: fileKindSchema,
  })
  .refine((r) => r.bytes.byteLength <= FILE_TYPES[r.kind].maxBytes, { message: 'too large for its kind', path: ['bytes'] });
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

/** Why a file could not be written or read: what the person can act on. */
export const FILE_ERROR_CODES = ['noSpace', 'denied', 'notFound', 'tooLarge', 'io'] as const;
export const FileErrorCodeSchema = z.enum(FILE_ERROR_CODES);
export type FileErrorCode = z.infer<typeof FileErrorCodeSchema>;

/** A failure names the file (as the person sees it) and the system's own words, for a log. */
const FileFailureSchema = z.object({ status: z.literal('failed'), code: FileErrorCodeSchema, name: z.string().max(1000), detail: z.string().max(2000) });

export const SaveFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved') }),
  z.object({ status: z.literal('cancelled') }),
  FileFailureSchema,
]);
export type SaveFileResponse = z.infer<typeof SaveFileResponseSchema>;

/** Open a file: main shows the open dialog for these kinds and reads what the person picked. */
export const OpenFileRequestSchema = z.object({ kinds: z.array(fileKindSchema).min(1).max(FILE_KINDS.length) });
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

export const OpenFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string().min(1).max(1000), bytes: BytesSchema }),
  z.object({ status: z.literal('cancelled') }),
  FileFailureSchema,
]);
export type OpenFileResponse = z.infer<typeof OpenFileResponseSchema>;

/**
 * Print the sender's page (the brief view) to PDF: main runs printToPDF with bookmarks from
 * the headings and a tagged PDF, and answers the bytes; the renderer saves them through
 * 'file:save'. The running header and page numbers are the page's own (its @page rules).
 */
export const PrintPdfRequestSchema = z.strictObject({
  pageSize: z.enum(PAPER_SIZES),
});
export type PrintPdfRequest = z.infer<typeof PrintPdfRequestSchema>;

/** Request/response channels (renderer invokes, main answers). */
export const IPC_CONTRACT = {
  'app:info': { request: z.undefined(), response: AppInfoSchema },
  'app:setLanguage': { request: z.enum(LANGUAGES), response: z.void() },
  'window:open': { request: WindowHashSchema.optional(), response: z.void() },
  'file:save': { request: SaveFileRequestSchema, response: SaveFileResponseSchema },
  'file:open': { request: OpenFileRequestSchema, response: OpenFileResponseSchema },
  'brief:printToPdf': { request: PrintPdfRequestSchema, response: BytesSchema },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type InvokeChannel = keyof typeof IPC_CONTRACT;
export type RequestOf<C extends InvokeChannel> = z.infer<(typeof IPC_CONTRACT)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.infer<(typeof IPC_CONTRACT)[C]['response']>;

/** The one main → renderer event: a command chosen in the native menu. */
export const COMMAND_CHANNEL = 'command';
export const CommandIdSchema = z.enum(COMMAND_IDS);

/** The global name the preload exposes the bridge under: `window.workbench`. */
export const BRIDGE_KEY = 'workbench';

/** What the preload exposes. The renderer has a plain-browser implementation too. */
export interface WorkbenchBridge {
  getAppInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<void>;
  /** Opens another window on the app origin, optionally at a hash route. */
  openWindow(hash?: string): Promise<void>;
  /** Commands chosen in the native menu. Returns its own unsubscribe. */
  onCommand(listener: (command: CommandId) => void): () => void;
  /** Asks where to save (native dialog) and writes the file there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  /** Asks which file to open (native dialog) and reads it. */
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  /** Prints the calling page (the brief view) to PDF and answers its bytes. */
  printToPdf(request: PrintPdfRequest): Promise<Uint8Array>;
}
