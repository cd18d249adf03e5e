import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

/** Asks before something that can't be undone. Cancel comes first, so it gets the focus and a stray Enter is harmless. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    void onConfirm().finally(onClose);
  };
  return (
    <Modal title={title} onClose={onClose} className="confirm-dialog">
      <p>{body}</p>
      <div className="button-row modal-actions">
        <button type="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
