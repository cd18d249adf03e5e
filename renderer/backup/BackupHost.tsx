import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { useCommands } from '../commands/registry';
import { listPlans } from '../db';
import { Modal } from '../ui/Modal';
import { backUpAll, chooseBackup, restoreConfirmed } from './actions';
import { BackupContents } from './BackupSummary';
import { showBackupNotice, showDialog, useBackup, type BackupTask } from './store';
import './backup.css';

/** The two commands for the whole app (menu, palette, buttons) and the dialogs they open. */
export function useBackupCommands() {
  const session = useSession();
  const { t } = useTranslation();
  useCommands({
    'backup.create': () => void backUpAll(session, t),
    'backup.restore': () => void listPlans(session.db).then((plans) => chooseBackup(session.platform, t, plans.length === 0)),
  });
}

/**
 * Mounted once beside the screens: answers "Back up all plans" and "Restore from backup"
 * wherever they are chosen, and shows the progress, the preview, errors and the outcome.
 */
export function BackupHost() {
  useBackupCommands();
  // An outcome is about the screen it was given on: moving on clears it.
  useEffect(() => {
    const clear = () => showBackupNotice(null);
    window.addEventListener('hashchange', clear);
    return () => window.removeEventListener('hashchange', clear);
  }, []);
  return (
    <>
      <ProgressDialog />
      <PreviewDialog />
      <ErrorDialog />
      <BackupNotice />
    </>
  );
}

function progressText(task: BackupTask, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (task.step === 'writing' || task.step === 'checking') return t(`backup.progress.${task.step}`, { done: task.done, total: task.total });
  return t(`backup.progress.${task.step}`);
}

/** Long work shows where it is; it can't be dismissed half-way (a half-written restore can't exist anyway). */
function ProgressDialog() {
  const { t } = useTranslation();
  const task = useBackup((s) => s.task);
  if (!task) return null;
  const measured = (task.step === 'writing' || task.step === 'checking') && task.total > 0;
  const text = progressText(task, t);
  return (
    <Modal title={t(task.kind === 'backup' ? 'backup.progress.backupTitle' : 'backup.progress.restoreTitle')} onClose={() => undefined} className="backup-progress">
      <progress aria-label={text} value={measured ? task.done : undefined} max={measured ? task.total : undefined} />
      <p role="status">{text}</p>
    </Modal>
  );
}

function PreviewDialog() {
  const { t } = useTranslation();
  const session = useSession();
  const dialog = useBackup((s) => s.dialog);
  if (dialog?.kind !== 'preview') return null;
  const close = () => showDialog(null);
  return (
    <Modal title={t('backup.restore.title')} onClose={close} className="backup-dialog">
      <BackupContents summary={dialog.summary} fileBytes={dialog.fileBytes} />
      <p className="backup-dialog__rule">{t(dialog.libraryEmpty ? 'backup.restore.intoEmpty' : 'backup.restore.intoLibrary')}</p>
      <div className="button-row modal-actions">
        <button type="button" onClick={close}>
          {t('backup.restore.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void restoreConfirmed(session, dialog.backup, t)}>
          {t('backup.restore.confirm')}
        </button>
      </div>
    </Modal>
  );
}

function ErrorDialog() {
  const { t } = useTranslation();
  const dialog = useBackup((s) => s.dialog);
  if (dialog?.kind !== 'error') return null;
  const close = () => showDialog(null);
  return (
    <Modal title={t(dialog.about === 'backup' ? 'backup.error.backupTitle' : 'backup.error.title')} onClose={close} className="backup-dialog">
      <p role="alert">{dialog.message}</p>
      {dialog.detail && (
        <details className="backup-dialog__details">
          <summary>{t('backup.error.details')}</summary>
          <pre>{dialog.detail}</pre>
        </details>
      )}
      <div className="button-row modal-actions">
        <button type="button" className="primary" onClick={close} autoFocus>
          {t('backup.restore.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The outcome in one line, read out by screen readers; stays until dismissed or replaced. */
function BackupNotice() {
  const { t } = useTranslation();
  const notice = useBackup((s) => s.notice);
  return (
    <div className="backup-notice-region" role="status">
      {notice && (
        <div className="backup-notice">
          <span>{notice}</span>
          <button type="button" className="icon-button" aria-label={t('library.notice.dismiss')} title={t('library.notice.dismiss')} onClick={() => showBackupNotice(null)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      )}
    </div>
  );
}
