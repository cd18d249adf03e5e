import { MessageSquare } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../shared/model/review';
import { useFormat } from '../i18n/format';
import { useCan } from '../profile/store';
import { reply } from './actions';
import { InlineTextForm } from './InlineTextForm';
import { useReviews } from './store';
import { refusalMessage, threadOf } from './view';

/** The replies under a review, oldest first, then `children` (the decision), then a reply box for anyone who comments. */
export function ReviewThread({ review, children }: { review: Review; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useReviews((s) => s.comments);
  const comments = useMemo(() => threadOf(rows, review.id), [rows, review.id]);
  const canComment = useCan('comment');
  return (
    <div className="review-thread">
      {comments.length > 0 && (
        <ol className="review-thread__list" aria-label={t('review.thread.heading')}>
          {comments.map((c) => (
            <li key={c.id} className="review-thread__comment">
              <div className="review-thread__meta">
                <span className="review-thread__author">{t('review.card.byline', { name: c.authorName, role: t(`profile.role.${c.authorRole}`) })}</span>
                <time dateTime={new Date(c.createdAt).toISOString()}>{format.dateTime(c.createdAt)}</time>
              </div>
              <p className="review-thread__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {children}
      {canComment && <ReplyBox reviewId={review.id} />}
    </div>
  );
}

function ReplyBox({ reviewId }: { reviewId: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="quiet review-thread__open" onClick={() => setOpen(true)}>
        <MessageSquare size={15} aria-hidden="true" />
        {t('review.thread.reply')}
      </button>
    );
  }
  return (
    <InlineTextForm
      label={t('review.thread.yourReply')}
      placeholder={t('review.thread.placeholder')}
      submitLabel={t('review.thread.send')}
      onSubmit={async (body) => {
        const refusal = await reply(reviewId, body);
        if (refusal) return refusalMessage((k, o) => t(k, o), refusal, i18n.language);
        setOpen(false);
        return null;
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
