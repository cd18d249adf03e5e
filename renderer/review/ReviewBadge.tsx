import { CircleCheck, CircleDashed, CircleHelp, CircleX, MessageSquareWarning, PencilLine, TriangleAlert, UserRound, type LucideIcon } from 'lucide-react';
import { memo } from 'react';
import type { ElementKind } from '../../shared/model/kinds';
import type { Verdict } from '../../shared/model/review';
import { useT } from '../i18n/useT';
import { useElementReview, useOverlay } from './overlayStore';
import './overlay.css';

/** The same icon per verdict as the review panel; colour comes from `.ov-tone--<verdict>` in overlay.css. */
export const VERDICT_ICONS: Record<Verdict, LucideIcon> = {
  feasible: CircleCheck,
  feasibleWithChanges: TriangleAlert,
  notFeasible: CircleX,
  cantJudge: CircleHelp,
};

/**
 * An element's review state on its canvas node: the worst current verdict (colour, icon and
 * short word), how many people reviewed it, open objections and pending suggestions. The
 * visible parts are shorthand; screen readers get one whole sentence.
 */
function ReviewBadgeView({ elementId, kind }: { elementId: string; kind: ElementKind }) {
  const t = useT();
  const state = useElementReview(elementId);
  const markUnreviewed = useOverlay((s) => s.loaded && s.markUnreviewed);
  const worst = state && state.count > 0 ? state.worst : null;
  const objections = state?.openObjections ?? 0;
  const suggestions = state?.pendingSuggestions ?? 0;

  if (kind === 'note' || kind === 'frame') return null; // Nothing a rep judges.
  if (!worst && suggestions === 0) {
    if (!markUnreviewed) return null;
    return (
      <div className="review-badge is-unreviewed" title={t('overlay.badge.notReviewed')}>
        <CircleDashed size={12} aria-hidden="true" />
        <span>{t('overlay.badge.notReviewed')}</span>
      </div>
    );
  }

  const Icon = worst ? VERDICT_ICONS[worst] : null;
  const sentence = [
    worst ? t('overlay.badge.verdict', { verdict: t(`review.verdict.${worst}`), count: state!.count }) : null,
    objections ? t('overlay.badge.objections', { count: objections }) : null,
    suggestions ? t('overlay.badge.suggestions', { count: suggestions }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="review-badge" title={sentence}>
      <span className="visually-hidden">{sentence}</span>
      {worst && Icon && (
        <span className={`review-badge__verdict ov-tone--${worst}`} aria-hidden="true">
          <Icon size={12} />
          {t(`overlay.badge.short.${worst}`)}
        </span>
      )}
      {worst && (
        <span className="review-badge__count" aria-hidden="true">
          <UserRound size={11} />
          {state!.count}
        </span>
      )}
      {objections > 0 && (
        <span className="review-badge__count is-objection" aria-hidden="true">
          <MessageSquareWarning size={11} />
          {objections}
        </span>
      )}
      {suggestions > 0 && (
        <span className="review-badge__count is-suggestion" aria-hidden="true">
          <PencilLine size={11} />
          {suggestions}
        </span>
      )}
    </div>
  );
}

export const ReviewBadge = memo(ReviewBadgeView);
