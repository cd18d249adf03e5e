import { ArchiveRestore } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeBackup, type BackupFile } from '../../shared/backup';
import type { OpenFailure } from '../db';
import { platform } from '../platform';
import { refusalDetail, refusalMessage, restoreIntoNewDatabase } from './actions';
import { decodeBackup } from './codec';
import { BackupContents } from './BackupSummary';
import './backup.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'preview'; backup: BackupFile; fileBytes: number }
  | { kind: 'failed'; message: string; detail: string | null }
  | { kind: 'done'; message: string };

/** How long the "Opening it…" line stays before the app reloads onto the restored database. */
const RELOAD_DELAY_MS = 1200;

/**
 * On the screen shown when the database can't be opened: start again from a backup file, in
 * a new database beside the broken one (which is kept as it is). Says plainly what can't
 * work: if this computer stores nothing at all, a restore can't be stored either.
 */
export function BackupRescue({ reason }: { reason: OpenFailure['reason'] }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  if (reason === 'newerVersion') return null; // The data is fine: the app needs updating.

  const choose = async () => {
    try {
      const file = await platform.openFile({ kinds: ['backup'] });
      if (!file) return;
      const fileBytes = file.bytes.length;
      setStep({ kind: 'working', text: t('backup.progress.opening') });
      const read = await decodeBackup(file.bytes, (done, total) => setStep({ kind: 'working', text: t('backup.progress.checking', { done, total }) }));
      setStep(read.ok ? { kind: 'preview', backup: read.backup, fileBytes } : { kind: 'failed', message: refusalMessage(read.error, t), detail: refusalDetail(read.error) });
    } catch (error) {
      setStep({ kind: 'failed', message: t('backup.error.unknown', { message: error instanceof Error ? error.message : String(error) }), detail: null });
    }
  };

  const restore = async (backup: BackupFile) => {
    setStep({ kind: 'working', text: t('backup.progress.restoring') });
    const outcome = await restoreIntoNewDatabase(backup, t);
    if (!outcome.ok) return setStep({ kind: 'failed', message: outcome.message, detail: outcome.detail });
    setStep({ kind: 'done', message: outcome.message });
    setTimeout(() => window.location.reload(), RELOAD_DELAY_MS);
  };

  return (
    <section className="backup-rescue" aria-labelledby="backup-rescue-title">
      <h2 id="backup-rescue-title">{t('backup.rescue.title')}</h2>
      <p>{t('backup.rescue.body')}</p>
      <p>{t(reason === 'blocked' ? 'backup.rescue.blocked' : 'backup.rescue.unavailable')}</p>
      {step.kind === 'preview' ? (
        <>
          <BackupContents summary={summarizeBackup(step.backup)} fileBytes={step.fileBytes} />
          <div className="button-row">
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('backup.restore.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void restore(step.backup)}>
              {t('backup.rescue.confirm')}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => void choose()} disabled={step.kind === 'working' || step.kind === 'done'}>
            <ArchiveRestore size={16} aria-hidden="true" />
            {t('backup.rescue.button')}
          </button>
        </div>
      )}
      <div role="status">{step.kind === 'working' ? step.text : step.kind === 'done' ? step.message : ''}</div>
      {step.kind === 'failed' && (
        <div role="alert" className="backup-rescue__error">
          <p>{step.message}</p>
          {step.detail && (
            <details>
              <summary>{t('backup.error.details')}</summary>
              <pre>{step.detail}</pre>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
