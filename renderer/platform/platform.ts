import type { CommandId } from '../../shared/commands';
import type { Language } from '../../shared/i18n/languages';

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
}
