import { ArrowRightLeft, RefreshCw } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import { areaOf, counterpartOf } from '../../shared/model/kinds';
import { ElementReviews } from '../review/ElementReviews';
import { ElementCard } from './ElementCard';
import type { RailStatus } from './ReviewRail';
import { VERDICT_ICON } from '../review/VerdictBadge';

interface SubjectProps {
  element: PlanElement;
  index: number;
  total: number;
  frame: PlanElement | undefined;
  status: RailStatus | undefined;
  changedFields: readonly string[] | undefined;
  counterpart: PlanElement | undefined;
  counterpartStatus: RailStatus | undefined;
  onGoToCounterpart: (() => void) | undefined;
  ref?: Ref<HTMLElement>;
}

function VerdictChip({ status }: { status: RailStatus | undefined }) {
  if (!status) return null;
  const Icon = status.verdict ? VERDICT_ICON[status.verdict] : null;
  return (
    <span className={`rm-chip ${status.verdict ? `verdict-tone--${status.verdict}` : 'rm-tone--none'}`}>
      {Icon && <Icon size={14} aria-hidden="true" />}
      {status.verdictText}
    </span>
  );
}

/**
 * The element under review, its 4P↔4C counterpart beside it, and what reviewers already
 * said. The article takes focus on every step, so a screen reader announces the element.
 */
export function Subject({ element, index, total, frame, status, changedFields, counterpart, counterpartStatus, onGoToCounterpart, ref }: SubjectProps) {
  const { t } = useTranslation();
  const fieldName = (field: string) =>
    field === 'title'
      ? t('canvas.inspector.title')
      : field === 'body'
        ? t('canvas.inspector.body')
        : field === 'kind'
          ? t('reviewMode.element.kind')
          : field.startsWith('fields.')
            ? t(`kinds.field.${field.slice('fields.'.length)}`)
            : t('reviewMode.element.otherField');
  const counterKind = counterpartOf(element.kind);
  return (
    <>
      <article ref={ref} tabIndex={-1} className="rm-subject" aria-labelledby="rm-subject-title" data-element-id={element.id}>
        <p className="rm-subject__where">
          <span>{t('reviewMode.position', { index: index + 1, total })}</span>
          {frame && <span>{t('reviewMode.element.inFrame', { frame: frame.title || t('reviewMode.rail.untitledFrame') })}</span>}
          <VerdictChip status={status} />
        </p>
        {changedFields && changedFields.length > 0 && (
          <p className="rm-changed">
            <RefreshCw size={16} aria-hidden="true" />
            {t('reviewMode.element.changedFields', { fields: [...new Set(changedFields.map(fieldName))].join(', ') })}
          </p>
        )}
        <div className={`rm-pair${counterKind ? '' : ' rm-pair--single'}`}>
          <ElementCard element={element} headingId="rm-subject-title" />
          {counterKind && (
            <section className="rm-counterpart" aria-labelledby="rm-counterpart-heading">
              <h3 id="rm-counterpart-heading" className="rm-counterpart__heading">
                <ArrowRightLeft size={14} aria-hidden="true" />
                {t('reviewMode.counterpart.heading', { kind: t(`kinds.${counterKind}`) })}
              </h3>
              {counterpart ? (
                <>
                  <ElementCard element={counterpart} level={3} compact />
                  <div className="rm-counterpart__foot">
                    <VerdictChip status={counterpartStatus} />
                    {onGoToCounterpart && (
                      <button type="button" className="quiet" onClick={onGoToCounterpart}>
                        {t('reviewMode.counterpart.go')}
                      </button>
                    )}
                  </div>
                </>
              ) : (
                <p className="rm-counterpart__missing">
                  {t(areaOf(element.kind) === '4p' ? 'reviewMode.counterpart.missingC' : 'reviewMode.counterpart.missingP', {
                    kind: t(`kinds.${counterKind}`),
                  })}
                </p>
              )}
            </section>
          )}
        </div>
      </article>
      <section className="rm-reviews" aria-labelledby="rm-reviews-heading">
        <h2 id="rm-reviews-heading" className="rm-section-heading">
          {t('reviewMode.reviews.heading')}
        </h2>
        <ElementReviews elementId={element.id} form={false} />
      </section>
    </>
  );
}
