import { FileText, FileX } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../shared/model/review';
import { useSession } from '../app/session';
import { useEditor } from '../canvas/store';
import { loadBlob, type StoredBlob } from '../db';
import { Modal } from '../ui/Modal';
import { formatSize } from './view';
import './review.css';

/** An object URL for a blob while the component shows it; revoked when the blob changes or the component goes. */
export function useObjectUrl(blob: Blob | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}

/**
 * One piece of evidence on a review card: an image's thumbnail opens the full picture in
 * the app (new windows are blocked in the desktop app); a PDF shows a file icon and saves
 * the file. The bytes come from the database only when the card is shown.
 */
export function AttachmentThumb({ attachment }: { attachment: Attachment }) {
  const { t, i18n } = useTranslation();
  const { db } = useSession();
  /** undefined while loading; null when the bytes are not on this laptop. */
  const [stored, setStored] = useState<StoredBlob | null | undefined>(undefined);
  const [viewing, setViewing] = useState(false);
  // A review just saved shows before its bytes are written: read them once the writes land.
  const settled = useEditor((s) => s.pendingCommits === 0);
  const found = useRef(false);
  useEffect(() => {
    if (!settled || found.current) return;
    let live = true;
    loadBlob(db, attachment.id).then(
      (blob) => {
        if (!live) return;
        found.current = !!blob;
        setStored(blob ?? null);
      },
      () => live && setStored(null),
    );
    return () => {
      live = false;
    };
  }, [db, attachment.id, settled]);
  const isImage = attachment.type.startsWith('image/');
  const thumbUrl = useObjectUrl(isImage ? (stored?.thumbnail ?? stored?.data) : null);
  const fileUrl = useObjectUrl(!isImage ? stored?.data : null);
  const title = `${attachment.name} (${formatSize(attachment.size, i18n.language)})`;

  if (stored === null) {
    return (
      <span className="attachment-thumb attachment-thumb--missing" title={t('review.attachment.missing', { name: attachment.name })}>
        <FileX size={20} aria-hidden="true" />
        <span className="attachment-thumb__name">{attachment.name}</span>
        <span className="visually-hidden">{t('review.attachment.missing', { name: attachment.name })}</span>
      </span>
    );
  }
  if (!isImage) {
    return (
      <a
        className="attachment-thumb attachment-thumb--file"
        href={fileUrl ?? undefined}
        download={attachment.name}
        title={title}
        aria-label={t('review.attachment.save', { name: attachment.name })}
      >
        <FileText size={22} aria-hidden="true" />
        <span className="attachment-thumb__name">{attachment.name}</span>
      </a>
    );
  }
  return (
    <>
      <button
        type="button"
        className="attachment-thumb attachment-thumb--image"
        title={title}
        aria-label={t('review.attachment.open', { name: attachment.name })}
        onClick={() => setViewing(true)}
        disabled={!thumbUrl}
      >
        {thumbUrl ? <img src={thumbUrl} alt="" /> : <span className="attachment-thumb__loading">{t('review.attachment.loading')}</span>}
      </button>
      {viewing && stored && <ImageViewer attachment={attachment} data={stored.data} onClose={() => setViewing(false)} />}
    </>
  );
}

function ImageViewer({ attachment, data, onClose }: { attachment: Attachment; data: Blob; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useObjectUrl(data);
  return (
    <Modal title={attachment.name} onClose={onClose} className="attachment-viewer">
      {url && <img className="attachment-viewer__image" src={url} alt={attachment.name} />}
      <div className="button-row modal-actions">
        {url && (
          <a className="attachment-viewer__download" href={url} download={attachment.name}>
            {t('review.attachment.download')}
          </a>
        )}
        <button type="button" onClick={onClose} autoFocus>
          {t('common.actions.close')}
        </button>
      </div>
    </Modal>
  );
}
