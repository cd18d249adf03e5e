import { PencilLine, RefreshCw } from 'lucide-react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import type { Verdict } from '../../shared/model/review';
import { KIND_STYLE } from '../canvas/kindStyle';
import { VERDICT_ICON } from '../review/VerdictBadge';
import { groupByFrame } from './walk';

/** What the rail shows of one element's review state. */
export interface RailStatus {
  /** The verdict shown: mine when I review, the most serious one otherwise. */
  verdict: Verdict | null;
  /** Accessible words for the verdict ("Your verdict: Feasible", "Not reviewed yet"). */
  verdictText: string;
  draft: boolean;
  changed: boolean;
}

interface RailProps {
  order: readonly PlanElement[];
  elements: Readonly<Record<string, PlanElement>>;
  currentId: string | null;
  statuses: ReadonlyMap<string, RailStatus>;
  onPick: (index: number) => void;
}

const NO_STATUS: RailStatus = { verdict: null, verdictText: '', draft: false, changed: false };

/** Every element of the walk, by frame, with what I said about each: the rep's map of the plan. */
export const ReviewRail = memo(function ReviewRail({ order, elements, currentId, statuses, onPick }: RailProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  const groups = groupByFrame(order, elements);
  return (
    <nav ref={list} className="rm-rail" aria-label={t('reviewMode.rail.label')}>
      {groups.map(({ frame, items }) => (
        <section key={`${frame?.id ?? 'none'}-${items[0]!.index}`} className="rm-rail__group">
          <h2 className="rm-rail__frame">
            {frame ? frame.title || t('reviewMode.rail.untitledFrame') : t('reviewMode.rail.outsideFrames')}
          </h2>
          <ol className="rm-rail__list">
            {items.map(({ element, index }) => {
              const { icon: Icon, accent } = KIND_STYLE[element.kind];
              const state = statuses.get(element.id) ?? NO_STATUS;
              const VerdictIcon = state.verdict ? VERDICT_ICON[state.verdict] : null;
              return (
                <li key={element.id}>
                  <button
                    type="button"
                    className="rm-rail__item"
                    aria-current={element.id === currentId ? 'step' : undefined}
                    style={{ '--kind': accent } as React.CSSProperties}
                    onClick={() => onPick(index)}
                  >
                    <Icon className="rm-rail__kind" size={16} aria-hidden="true" />
                    <span className="rm-rail__text">
                      <span className="rm-rail__title">{element.title || t('canvas.node.untitled')}</span>
                      <span className="visually-hidden">
                        {`, ${t(`kinds.${element.kind}`)}, ${state.verdictText}`}
                        {state.changed && `, ${t('reviewMode.status.changed')}`}
                        {state.draft && `, ${t('reviewMode.status.draft')}`}
                      </span>
                    </span>
                    {state.changed && (
                      <span className="rm-rail__mark rm-rail__mark--changed" title={t('reviewMode.status.changed')}>
                        <RefreshCw size={14} aria-hidden="true" />
                      </span>
                    )}
                    {state.draft && (
                      <span className="rm-rail__mark" title={t('reviewMode.status.draft')}>
                        <PencilLine size={14} aria-hidden="true" />
                      </span>
                    )}
                    <span className={`rm-rail__verdict ${state.verdict ? `verdict-tone--${state.verdict}` : 'rm-tone--none'}`} title={state.verdictText}>
                      {VerdictIcon ? <VerdictIcon size={16} aria-hidden="true" /> : <span className="rm-rail__dot" aria-hidden="true" />}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
});
