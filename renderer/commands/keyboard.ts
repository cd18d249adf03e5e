import { useEffect } from 'react';
import { CLIPBOARD_COMMANDS, COMMAND_ACCELERATORS, COMMAND_IDS, hasModifier, type CommandId } from '../../shared/commands';
import type { Platform } from '../platform';
import { runCommand } from './registry';

/** Shortcuts the native menu does not carry (second bindings), handled by the page everywhere. */
const EXTRA_ACCELERATORS: Partial<Record<CommandId, string[]>> = {
  'edit.redo': ['CmdOrCtrl+Y'],
  'edit.delete': ['Backspace'],
  'view.zoomToFit': ['Shift+F'],
};

/** The browser's own copy/paste events carry these, with the clipboard's data, in fields and on the canvas. */
const CLIPBOARD: ReadonlySet<CommandId> = new Set(CLIPBOARD_COMMANDS);

/** Inside a text field these belong to the field (cut, copy, typing), not to the canvas. */
const TEXT_NATIVE: ReadonlySet<CommandId> = new Set(['edit.cut', 'edit.copy', 'edit.paste', 'edit.selectAll', 'edit.delete', 'edit.duplicate', 'edit.group']);

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const CODE_OF: Record<string, string> = { '/': 'Slash', '=': 'Equal', '-': 'Minus', '1': 'Digit1' };

/** Does a keydown match an Electron-style accelerator such as "CmdOrCtrl+Shift+Z"? */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const wantPrimary = parts.includes('CmdOrCtrl');
  const primary = isMac ? event.metaKey : event.ctrlKey;
  if (wantPrimary !== primary) return false;
  if (parts.includes('Shift') !== event.shiftKey) return false;
  if (parts.includes('Alt') !== event.altKey) return false;
  if (!wantPrimary && (event.ctrlKey || event.metaKey)) return false;
  if (key.length === 1 && /[A-Z]/i.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (CODE_OF[key]) return event.code === CODE_OF[key];
  return event.key === key;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The command a keydown asks for, if any. With a native menu, it owns the shortcuts that have a modifier. */
export function commandForKey(event: KeyboardEvent, nativeMenu: boolean): CommandId | undefined {
  if (event.isComposing) return undefined; // An IME (Chinese, Vietnamese) is mid-word.
  const editable = isEditableTarget(event.target);
  for (const id of COMMAND_IDS) {
    if (CLIPBOARD.has(id)) continue;
    if (editable && (TEXT_NATIVE.has(id) || !/CmdOrCtrl/.test(COMMAND_ACCELERATORS[id] ?? ''))) continue;
    const main = COMMAND_ACCELERATORS[id];
    const menuOwned = nativeMenu && !!main && hasModifier(main);
    if (!menuOwned && main && matchesAccelerator(event, main)) return id;
    if ((EXTRA_ACCELERATORS[id] ?? []).some((a) => matchesAccelerator(event, a))) return id;
  }
  return undefined;
}

/** Routes shortcut keys and native-menu choices to the same commands. */
export function useShortcuts(platform: Platform) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const id = commandForKey(event, platform.hasNativeMenu);
      if (id && runCommand(id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onCommand(runMenuCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [platform]);
}

/** A native-menu choice: while a text field has focus, text commands act on the field. */
function runMenuCommand(id: CommandId) {
  if (isEditableTarget(document.activeElement) && TEXT_NATIVE.has(id)) {
    if (id === 'edit.selectAll') document.execCommand('selectAll');
    return;
  }
  runCommand(id);
}

/** An accelerator as people read it on this platform: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function displayAccelerator(accelerator: string): string {
  const parts = accelerator.split('+');
  if (!isMac) return parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)).join('+');
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' };
  return parts.map((p) => symbols[p] ?? p).join('');
}
