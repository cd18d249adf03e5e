import { useTranslation } from 'react-i18next';
import type { OpenFailure } from '../db';
import { BackupRescue } from '../backup/BackupRescue';

/** Shown instead of a blank window when the local database can't be opened. */
export function DatabaseErrorScreen({ failure, onRetry }: { failure: OpenFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="centered-screen error-screen" role="alert">
      <h1>{t(`common.dbError.${failure.reason}.title`)}</h1>
      <p>{t(`common.dbError.${failure.reason}.body`)}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onRetry}>
          {t('common.dbError.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.dbError.reload')}
        </button>
      </div>
      <BackupRescue reason={failure.reason} />
      <details>
        <summary>{t('common.dbError.details')}</summary>
        <pre>{failure.detail}</pre>
      </details>
    </main>
  );
}
