import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../shared/model/review';
import { isReviewable, reviewStates, type ElementReviewState } from '../../shared/review/reviews';
import { useEditor } from '../canvas/store';
import { ReviewCard } from './ReviewCard';
import { ReviewForm } from './ReviewForm';
import { useReviews } from './store';
import { VerdictBadge } from './VerdictBadge';
import { splitReviews } from './view';
import './review.css';

/**
 * The Reviews tab of one element: its review state, each reviewer's current review (with
 * suggestions, thread and decision), the earlier reviews they replaced, then the form for
 * sales to add theirs.
 */
export function ElementReviews({ elementId, form = true }: { elementId: string; /** Review mode shows the form beside, not below. */ form?: boolean }) {
  const { t } = useTranslation();
  const element = useEditor((s) => s.elements[elementId]);
  const reviews = useReviews((s) => s.reviews);
  const suggestions = useReviews((s) => s.suggestions);
  const { current, earlier } = useMemo(() => splitReviews(Object.values(reviews), elementId), [reviews, elementId]);
  const state = useMemo(
    () =>
      reviewStates(
        current,
        Object.values(suggestions).filter((s) => s.elementId === elementId),
      ).get(elementId),
    [current, suggestions, elementId],
  );
  if (!element) return null;
  if (!isReviewable(element)) return <p className="review-note">{t('review.summary.notReviewable')}</p>;
  return (
    <div className="element-reviews">
      <h2 className="visually-hidden">{t('review.panelHeading', { title: element.title || t('canvas.node.untitled') })}</h2>
      <ReviewState state={state} />
      {current.map((review) => (
        <ReviewCard key={review.id} review={review} element={element} />
      ))}
      {earlier.length > 0 && (
        <details className="review-earlier">
          <summary>{t('review.card.earlier', { count: earlier.length })}</summary>
          <p className="review-note">{t('review.card.earlierHint')}</p>
          {earlier.map((review) => (
            <ReviewCard key={review.id} review={review} element={element} earlier />
          ))}
        </details>
      )}
      {form && <ReviewForm elementId={elementId} />}
    </div>
  );
}

function ReviewState({ state }: { state: ElementReviewState | undefined }) {
  const { t } = useTranslation();
  if (!state || state.count === 0) {
    return (
      <div className="element-review-state">
        <p className="review-note">{t('review.summary.none')}</p>
        {state && state.pendingSuggestions > 0 && <p className="element-review-state__line">{t('review.summary.pendingSuggestions', { count: state.pendingSuggestions })}</p>}
      </div>
    );
  }
  return (
    <section className="element-review-state" aria-label={t('review.summary.label')}>
      <p className="element-review-state__line">
        <strong>{t('review.summary.count', { count: state.count })}</strong>
      </p>
      <ul className="element-review-state__verdicts">
        {VERDICTS.filter((v) => state.verdicts[v] > 0).map((v) => (
          <li key={v}>
            <VerdictBadge verdict={v} count={state.verdicts[v]} />
          </li>
        ))}
      </ul>
      {(state.openObjections > 0 || state.unresolved > 0 || state.pendingSuggestions > 0) && (
        <p className="element-review-state__line element-review-state__todo">
          {[
            state.unresolved > 0 && t('review.summary.unresolved', { count: state.unresolved }),
            state.openObjections > 0 && t('review.summary.openObjections', { count: state.openObjections }),
            state.pendingSuggestions > 0 && t('review.summary.pendingSuggestions', { count: state.pendingSuggestions }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </section>
  );
}
