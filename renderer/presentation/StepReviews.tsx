import { MessageSquareWarning } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../shared/model/review';
import { currentReviews, hasOpenObjection, reviewOrder, reviewStates } from '../../shared/review/reviews';
import { useEditor } from '../canvas/store';
import { useReviews } from '../review/store';
import { VerdictBadge } from '../review/VerdictBadge';
import type { Step } from './steps';

/**
 * What sales said about the elements of the current step, for the room to see: each
 * element's current verdicts (one per reviewer) and the objections still open, in the
 * order a rep walks the plan. Shown or hidden with T.
 */
export function StepReviews({ step }: { step: Step }) {
  const { t } = useTranslation();
  const headingId = useId();
  const elements = useEditor((s) => s.elements);
  const reviewsById = useReviews((s) => s.reviews);
  const suggestionsById = useReviews((s) => s.suggestions);

  const rows = useMemo(() => {
    const inStep = new Set(step.elementIds);
    const current = currentReviews(Object.values(reviewsById)).filter((r) => inStep.has(r.elementId));
    const states = reviewStates(current, Object.values(suggestionsById));
    return reviewOrder(step.elementIds.map((id) => elements[id]).filter((e) => !!e))
      .map((element) => ({
        element,
        state: states.get(element.id),
        objections: current.filter((r) => r.elementId === element.id && hasOpenObjection(r)),
      }))
      .filter((row) => (row.state?.count ?? 0) > 0);
  }, [step, elements, reviewsById, suggestionsById]);

  return (
    <aside className="step-reviews" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('workshop.present.panel.title')}</h2>
      {rows.length === 0 ? (
        <p className="step-reviews__none">{t('workshop.present.panel.none')}</p>
      ) : (
        <ul>
          {rows.map(({ element, state, objections }) => (
            <li key={element.id}>
              <h3>
                {element.title || t('canvas.node.untitled')} <span className="step-reviews__kind">{t(`kinds.${element.kind}`)}</span>
              </h3>
              <p className="step-reviews__count">{t('workshop.present.panel.reviewers', { count: state!.count })}</p>
              <div className="step-reviews__verdicts">
                {VERDICTS.filter((v) => state!.verdicts[v] > 0).map((verdict) => (
                  <VerdictBadge key={verdict} verdict={verdict} count={state!.verdicts[verdict]} />
                ))}
              </div>
              {objections.length > 0 && (
                <>
                  <h4>
                    <MessageSquareWarning size={16} aria-hidden="true" /> {t('workshop.present.panel.objections')}
                  </h4>
                  {objections.map((review) => (
                    <figure key={review.id} className="step-reviews__objection">
                      <blockquote>{review.objections}</blockquote>
                      <figcaption>{t('workshop.present.panel.by', { name: review.authorName })}</figcaption>
                    </figure>
                  ))}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
