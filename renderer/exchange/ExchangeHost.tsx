import { FileUp, X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { useCommands } from '../commands/registry';
import { useProfile } from '../profile/store';
import { cancelJob, importDropped, importFromPicker } from './actions';
import { warmUp } from './client';
import { ExchangeDialog } from './ExchangeDialog';
import { dismissToast, useExchange } from './store';
import './exchange.css';

/** How long a success message stays before it goes by itself. */
const TOAST_MS = 8000;

/**
 * Everything exchange the whole window needs, whatever the screen: the Import command, a
 * plan file dropped anywhere on the window, the progress of a job, its dialogs and outcome.
 */
export function ExchangeHost() {
  const session = useSession();
  const ready = useProfile((s) => s.profile !== null);
  useCommands(ready ? { 'exchange.import': () => importFromPicker(session) } : {});
  useFileDrop(ready);
  // Started with the window, so it is there for a rep who goes offline later.
  useEffect(() => {
    if (ready) warmUp();
  }, [ready]);
  if (!ready) return null;
  return (
    <>
      <ExchangeDialog />
      <ProgressCard />
      <DropOverlay />
      <ExchangeToast />
    </>
  );
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
/** A file input takes dropped files itself (a review's photos): leave those drops alone. */
const onFileInput = (event: DragEvent) => event.target instanceof Element && !!event.target.closest('input[type="file"]');

function useFileDrop(enabled: boolean) {
  const session = useSession();
  useEffect(() => {
    if (!enabled) return;
    const setDragging = (dragging: boolean) => {
      if (useExchange.getState().dragging !== dragging) useExchange.setState({ dragging });
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileInput(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // Leaving the window (not moving between elements inside it).
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event) || onFileInput(event) || event.defaultPrevented) return;
      // Never let the browser open the file in place of the app.
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void importDropped(session, file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      setDragging(false);
    };
  }, [enabled, session]);
}

function DropOverlay() {
  const { t } = useTranslation();
  const dragging = useExchange((s) => s.dragging);
  if (!dragging) return null;
  return (
    <div className="exchange-drop" aria-hidden="true">
      <div className="exchange-drop__card">
        <FileUp size={28} />
        {t('exchange.import.drop')}
      </div>
    </div>
  );
}

/** A job under way: not modal, so the window stays usable; reading and comparing can be cancelled. */
function ProgressCard() {
  const { t } = useTranslation();
  const job = useExchange((s) => s.job);
  if (job?.phase !== 'working') return null;
  const heading = job.action === 'import' ? t('exchange.progress.import', { name: job.fileName }) : t('exchange.progress.export', { title: job.title });
  const cancellable = job.action === 'import' && job.stage !== 'saving';
  return (
    <section className="exchange-progress" aria-label={heading} aria-busy="true">
      <div className="exchange-progress__text">
        <strong>{heading}</strong>
        <span role="status">{t(`exchange.stage.${job.stage}`)}</span>
        <progress aria-label={t(`exchange.stage.${job.stage}`)} />
        <small>{t('exchange.progress.hint')}</small>
      </div>
      {cancellable && (
        <button type="button" className="quiet" onClick={cancelJob}>
          {t('common.actions.cancel')}
        </button>
      )}
    </section>
  );
}

function ExchangeToast() {
  const { t } = useTranslation();
  const toast = useExchange((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismissToast, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className="exchange-toast-region" role="status">
      {toast && (
        <div className={`exchange-toast exchange-toast--${toast.tone}`}>
          <span className="exchange-toast__text">{toast.text}</span>
          <button type="button" className="icon-button" aria-label={t('exchange.done.dismiss')} title={t('exchange.done.dismiss')} onClick={dismissToast}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      )}
    </div>
  );
}
