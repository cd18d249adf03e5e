import { useTranslation } from 'react-i18next';
import { useEditor } from '../store';

/** "Saving…" until IndexedDB confirms; a failed write says why, in words. */
export function SaveStatus() {
  const { t } = useTranslation();
  const pending = useEditor((s) => s.pendingCommits > 0);
  const error = useEditor((s) => s.saveError);
  const text = error ? t('common.save.error', { message: error }) : pending ? t('common.save.saving') : t('common.save.saved');
  return (
    <span className={`save-status${error ? ' is-error' : ''}`} role="status" aria-live="polite" data-state={error ? 'error' : pending ? 'saving' : 'saved'}>
      {text}
    </span>
  );
}
