import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { dismissNotice, useLibrary } from './store';

/** The outcome of the last action, read out by screen readers; stays until dismissed or replaced. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="notice-region" role="status">
      {notice && (
        <div className="notice">
          <span className="notice-text">{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                dismissNotice();
                notice.undo?.();
              }}
            >
              {t('common.actions.undo')}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('library.notice.dismiss')}
            title={t('library.notice.dismiss')}
            onClick={dismissNotice}
          >
            <X size={16} />
          </button>
        </div>
      )}
    </div>
  );
}
