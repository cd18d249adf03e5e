import { CircleCheck } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import type { Review } from '../../shared/model/review';
import { useFormat } from '../i18n/format';
import { useCan, useProfile } from '../profile/store';
import { reopenReview, resolveReview, type Refusal } from './actions';
import { AttachmentThumb } from './AttachmentThumb';
import { useReviews } from './store';
import { InlineTextForm } from './InlineTextForm';
import { SuggestionList } from './SuggestionList';
import { ReviewThread } from './ReviewThread';
import { VerdictBadge } from './VerdictBadge';
import { EVIDENCE_FIELDS, refusalMessage, rowsOf } from './view';

/**
 * One reviewer's review of an element: verdict and confidence, the evidence they filled in,
 * attachments, suggested changes (decided here by marketing), the thread, and the decision.
 * An earlier review (replaced by a newer one from the same person) can't be resolved: only
 * the current say is.
 */
export function ReviewCard({ review, element, earlier = false }: { review: Review; element: PlanElement; earlier?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const attachmentRows = useReviews((s) => s.attachments);
  const suggestionRows = useReviews((s) => s.suggestions);
  const attachments = useMemo(() => rowsOf(attachmentRows, review.id), [attachmentRows, review.id]);
  const suggestions = useMemo(() => rowsOf(suggestionRows, review.id), [suggestionRows, review.id]);
  const evidence = EVIDENCE_FIELDS.filter((field) => review[field].trim() !== '');
  return (
    <article className={`review-card${earlier ? ' review-card--earlier' : ''}${review.resolved ? ' review-card--resolved' : ''}`} aria-labelledby={headingId}>
      <header className="review-card__header">
        <h3 id={headingId} className="review-card__author">
          {t('review.card.byline', { name: review.authorName, role: t(`profile.role.${review.authorRole}`) })}
        </h3>
        <time className="review-card__date" dateTime={new Date(review.createdAt).toISOString()}>
          {format.dateTime(review.createdAt)}
        </time>
      </header>
      <div className="review-card__verdict">
        <VerdictBadge verdict={review.verdict} />
        <span className="review-card__confidence" title={t('review.field.confidence')}>
          {t('review.card.confidence', { value: review.confidence })}
        </span>
        {review.resolved && (
          <span className="review-card__resolved">
            <CircleCheck size={14} aria-hidden="true" />
            {t('review.card.resolved')}
          </span>
        )}
      </div>
      {evidence.length > 0 && (
        <dl className="review-card__evidence">
          {evidence.map((field) => (
            <div key={field}>
              <dt>{t(`review.field.${field}`)}</dt>
              <dd>{review[field]}</dd>
            </div>
          ))}
        </dl>
      )}
      {attachments.length > 0 && (
        <ul className="review-card__attachments" aria-label={t('review.field.attachments')}>
          {attachments.map((a) => (
            <li key={a.id}>
              <AttachmentThumb attachment={a} />
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && <SuggestionList suggestions={suggestions} element={element} />}
      <ReviewThread review={review}>
        {review.resolved && review.decisionNote && (
          <div className="review-card__decision">
            <span className="review-card__label">{t('review.card.decision')}</span>
            <p>{review.decisionNote}</p>
          </div>
        )}
      </ReviewThread>
      {!earlier && <ResolveControls review={review} />}
    </article>
  );
}

/** Marketing resolves a review with the decision taken; it (or the reviewer) can reopen it. */
function ResolveControls({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const canDecide = useCan('decide');
  const me = useProfile((s) => s.profile?.id);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const message = (refusal: Refusal | null) => (refusal ? refusalMessage((k, o) => t(k, o), refusal, i18n.language) : null);

  if (review.resolved) {
    if (!canDecide && review.author !== me) return null;
    return (
      <div className="review-card__actions">
        <button type="button" onClick={() => void reopenReview(review.id).then((refusal) => setProblem(message(refusal)))}>
          {t('review.card.reopen')}
        </button>
        {problem && <p className="review-error" role="alert">{problem}</p>}
      </div>
    );
  }
  if (!canDecide) return null;
  if (!open) {
    return (
      <div className="review-card__actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('review.card.resolve')}
        </button>
      </div>
    );
  }
  return (
    <InlineTextForm
      label={t('review.card.decisionLabel')}
      placeholder={t('review.card.decisionPlaceholder')}
      submitLabel={t('review.card.resolveConfirm')}
      onSubmit={async (note) => {
        if (!note.trim()) return t('review.card.decisionMissing');
        const refusal = await resolveReview(review.id, note);
        if (!refusal) setOpen(false);
        return message(refusal);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
