import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Inline title editor: Enter saves, Esc cancels, leaving the field saves. `onDone` gets the
 * new title (null for "keep the old one") and whether the keyboard ended the edit, in which
 * case the focus should go back to the row.
 */
export function RenameField({
  initial,
  onDone,
}: {
  initial: string;
  onDone: (title: string | null, byKeyboard: boolean) => void;
}) {
  const { t } = useTranslation();
  const finished = useRef(false);
  const finish = (title: string | null, byKeyboard: boolean) => {
    if (finished.current) return; // Enter unmounts the field, which would blur it and save twice.
    finished.current = true;
    onDone(title?.trim() || null, byKeyboard);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // Enter/Esc belong to the IME while it composes a word.
    if (event.key === 'Enter') finish(event.currentTarget.value, true);
    if (event.key === 'Escape') finish(null, true);
  };
  return (
    <input
      type="text"
      className="rename-field"
      aria-label={t('library.renameLabel')}
      defaultValue={initial}
      maxLength={500}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value, false)}
    />
  );
}
