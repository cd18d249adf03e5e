import { CircleCheck, CircleHelp, CircleX, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../shared/model/review';
import './review.css';

/** Each verdict has its own icon and colour (class `verdict-tone--<verdict>` in review.css); the words carry the meaning. */
export const VERDICT_ICON: Record<Verdict, LucideIcon> = {
  feasible: CircleCheck,
  feasibleWithChanges: TriangleAlert,
  notFeasible: CircleX,
  cantJudge: CircleHelp,
};

export function VerdictBadge({ verdict, count }: { verdict: Verdict; count?: number }) {
  const { t } = useTranslation();
  const Icon = VERDICT_ICON[verdict];
  return (
    <span className={`verdict-badge verdict-tone--${verdict}`}>
      <Icon size={14} aria-hidden="true" />
      {t(`review.verdict.${verdict}`)}
      {count !== undefined && <span className="verdict-badge__count">{count}</span>}
    </span>
  );
}
