import { ChartBarStacked } from 'lucide-react';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../shared/model/review';
import { planReviewSummary } from '../../shared/review/reviews';
import { useEditor } from '../canvas/store';
import { useFormat } from '../i18n/format';
import { PANEL_ID, PANEL_TOGGLE_ID, togglePanel, useDock } from './dock';
import { DockPanel } from './DockPanel';
import { VERDICT_ICONS } from './ReviewBadge';
import { HighlightControls } from './ReviewFilter';
import { useReviews } from './store';

/**
 * "Reviewed 12 of 40", open objections, pending suggestions, unresolved reviews, and the
 * current verdicts by 4P/4C area; `children` (the panel's highlight controls) go before the table.
 */
export function ReviewSummary({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const elements = useEditor((s) => s.elements);
  const reviews = useReviews((s) => s.reviews);
  const suggestions = useReviews((s) => s.suggestions);
  const summary = useMemo(
    () => planReviewSummary(Object.values(elements), Object.values(reviews), Object.values(suggestions)),
    [elements, reviews, suggestions],
  );
  const titleId = useId();
  const progressId = useId();
  const totals = [
    { key: 'openObjections', value: summary.openObjections },
    { key: 'pendingSuggestions', value: summary.pendingSuggestions },
    { key: 'unresolved', value: summary.unresolved },
  ] as const;
  return (
    <section className="review-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overlay.summary.title')}</h2>
      <p id={progressId} className="review-summary__reviewed">
        {t('overlay.summary.reviewed', { reviewed: number(summary.reviewed), total: number(summary.reviewable) })}
      </p>
      <progress aria-labelledby={progressId} max={Math.max(1, summary.reviewable)} value={summary.reviewed} />
      <dl className="review-summary__totals">
        {totals.map(({ key, value }) => (
          <div key={key} className={value > 0 ? 'has-some' : undefined}>
            <dt>{t(`overlay.summary.${key}`)}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {children}
      {summary.byArea.length === 0 ? (
        <p className="review-summary__empty">{t('overlay.summary.noReviews')}</p>
      ) : (
        <table className="review-summary__areas">
          <caption>{t('overlay.summary.byArea')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overlay.summary.area')}</th>
              {VERDICTS.map((verdict) => {
                const Icon = VERDICT_ICONS[verdict];
                return (
                  <th key={verdict} scope="col" className={`ov-tone--${verdict}`} title={t(`review.verdict.${verdict}`)}>
                    <Icon size={14} aria-hidden="true" />
                    <span className="visually-hidden">{t(`review.verdict.${verdict}`)}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {summary.byArea.map(({ area, verdicts }) => {
              const total = VERDICTS.reduce((sum, v) => sum + verdicts[v], 0);
              return (
                <tr key={area}>
                  <th scope="row">
                    <span>{area === 'framing' ? t('overlay.summary.framing') : t(`kinds.${area}`)}</span>
                    <span className="review-summary__bar" aria-hidden="true">
                      {VERDICTS.filter((v) => verdicts[v] > 0).map((v) => (
                        <i key={v} className={`ov-tone--${v}`} style={{ flexGrow: verdicts[v] / Math.max(1, total) }} />
                      ))}
                    </span>
                  </th>
                  {VERDICTS.map((v) => (
                    <td key={v} className={verdicts[v] > 0 ? `ov-tone--${v}` : 'is-zero'}>
                      {number(verdicts[v])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The inspector shows the summary under the plan's facts, unless the floating panel already does. */
export function InspectorReviewSummary() {
  const floating = useDock((s) => s.summary);
  return floating ? null : <ReviewSummary />;
}

/** The toolbar button that shows or hides the summary panel. */
export function ReviewSummaryToggle() {
  const { t } = useTranslation();
  const open = useDock((s) => s.summary);
  return (
    <button
      type="button"
      id={PANEL_TOGGLE_ID.summary}
      className="tool-button"
      aria-label={t('overlay.summary.button')}
      title={t('overlay.summary.buttonHint')}
      aria-pressed={open}
      aria-controls={open ? PANEL_ID.summary : undefined}
      onClick={() => togglePanel('summary')}
    >
      <ChartBarStacked size={18} aria-hidden="true" />
    </button>
  );
}

/** The summary floating over the canvas, with the highlight controls. */
export function ReviewSummaryPanel() {
  const { t } = useTranslation();
  return (
    <DockPanel panel="summary" closeLabel={t('overlay.summary.close')}>
      <ReviewSummary>
        <HighlightControls />
      </ReviewSummary>
    </DockPanel>
  );
}
