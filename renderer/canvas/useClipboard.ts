import { useEffect } from 'react';
import { isEditableTarget } from '../commands/keyboard';
import { copySelection, deleteSelection, pasteText } from './actions';

/**
 * Copy, cut and paste of elements through the system clipboard's own events, so they work
 * from the keyboard, the native menu and between windows and plans, with no clipboard
 * permission. Inside a text field the field keeps its ordinary behaviour.
 */
export function useElementClipboard() {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isEditableTarget(event.target) || hasTextSelection()) return;
      const text = copySelection();
      if (!text) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      if (cut) deleteSelection();
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target)) return;
      if (pasteText(event.clipboardData?.getData('text/plain'))) event.preventDefault();
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, []);
}

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().length > 0;
}
