import { z } from 'zod';
import { COMMAND_IDS, type CommandId } from '../commands';
import { LANGUAGES, type Language } from '../i18n/languages';

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

/** Request/response channels (renderer invokes, main answers). */
export const IPC_CONTRACT = {
  'app:info': { request: z.undefined(), response: AppInfoSchema },
  'app:setLanguage': { request: z.enum(LANGUAGES), response: z.void() },
  'window:open': { request: WindowHashSchema.optional(), response: z.void() },
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
}
