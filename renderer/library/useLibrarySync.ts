import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchDatabase } from '../db';
import { onSync } from '../sync/channel';
import { errorMessage } from './errorMessage';
import { reloadLibrary, showNotice } from './store';

/**
 * Keeps the list live: read on mount, again when another window announces a library
 * change (a plan created, renamed, edited), and when this window regains focus (a
 * message may have been missed while it slept).
 */
export function useLibrarySync(db: WorkbenchDatabase) {
  const { t } = useTranslation();
  useEffect(() => {
    const reload = () => {
      reloadLibrary(db).catch((error: unknown) =>
        showNotice(t('library.notice.failed', { message: errorMessage(error) })),
      );
    };
    reload();
    const stopSync = onSync((message) => {
      if (message.type === 'library') reload();
    });
    window.addEventListener('focus', reload);
    return () => {
      stopSync();
      window.removeEventListener('focus', reload);
    };
  }, [db, t]);
}
