import { CircleDashed, Funnel, X } from 'lucide-react';
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../shared/model/review';
import { useEditor } from '../canvas/store';
import { PANEL_TOGGLE_ID, openPanel, useDock } from './dock';
import { clearHighlight, setReviewer, setUnresolvedOnly, toggleVerdict, useHighlight } from './highlight';
import { countMatches, isFilterActive, reviewersOf, type VerdictChoice } from './overlayModel';
import { useOverlay } from './overlayStore';
import { VERDICT_ICONS } from './ReviewBadge';
import { useReviews } from './store';

export const HIGHLIGHT_SECTION_ID = 'review-highlight';
const CHOICES: readonly VerdictChoice[] = [...VERDICTS, 'none'];

/** "5 match": reviewable elements the filter keeps lit. */
function useMatchCount(): number {
  const filter = useHighlight((s) => s.filter);
  const states = useOverlay((s) => s.states);
  const elements = useEditor((s) => s.elements);
  return useMemo(() => countMatches(filter, Object.values(elements), states), [filter, states, elements]);
}

/**
 * Highlight by verdict (or "not reviewed"), by reviewer, or unresolved only: what does not
 * match dims on the canvas. A section of the review summary panel.
 */
export function HighlightControls() {
  const { t } = useTranslation();
  const filter = useHighlight((s) => s.filter);
  const reviews = useReviews((s) => s.reviews);
  const reviewers = useMemo(() => reviewersOf(Object.values(reviews)), [reviews]);
  const matches = useMatchCount();
  const first = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const active = isFilterActive(filter);
  // A reviewer chosen earlier stays choosable even if their reviews went meanwhile.
  const options = filter.reviewer && !reviewers.some((r) => r.id === filter.reviewer) ? [...reviewers, { id: filter.reviewer, name: filter.reviewer }] : reviewers;
  return (
    <section id={HIGHLIGHT_SECTION_ID} className="review-highlight" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>
        <Funnel size={14} aria-hidden="true" />
        {t('overlay.filter.title')}
      </h3>
      <fieldset className="review-highlight__verdicts">
        <legend>{t('overlay.filter.verdict')}</legend>
        {CHOICES.map((choice, i) => {
          const Icon = choice === 'none' ? CircleDashed : VERDICT_ICONS[choice];
          return (
            <label key={choice} className={`review-highlight__option ov-tone--${choice}`}>
              <input
                ref={i === 0 ? first : undefined}
                type="checkbox"
                checked={filter.verdicts.includes(choice)}
                onChange={(e) => toggleVerdict(choice, e.target.checked)}
              />
              <Icon size={14} aria-hidden="true" />
              <span>{choice === 'none' ? t('overlay.filter.notReviewed') : t(`review.verdict.${choice}`)}</span>
            </label>
          );
        })}
      </fieldset>
      <label className="field review-highlight__reviewer">
        <span className="field-label">{t('overlay.filter.reviewer')}</span>
        <select value={filter.reviewer ?? ''} onChange={(e) => setReviewer(e.target.value || null)}>
          <option value="">{t('overlay.filter.anyone')}</option>
          {options.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="review-highlight__option">
        <input type="checkbox" checked={filter.unresolvedOnly} onChange={(e) => setUnresolvedOnly(e.target.checked)} />
        <span>{t('overlay.filter.unresolvedOnly')}</span>
      </label>
      <div className="review-highlight__footer">
        <span role="status" className="review-highlight__count">
          {active ? t('overlay.filter.matches', { count: matches }) : t('overlay.filter.hint')}
        </span>
        <button
          type="button"
          className="quiet"
          disabled={!active}
          onClick={() => {
            clearHighlight();
            first.current?.focus(); // The button goes disabled: keep the focus in the section.
          }}
        >
          <X size={14} aria-hidden="true" />
          {t('overlay.filter.clear')}
        </button>
      </div>
    </section>
  );
}

/** While the summary panel is closed, a chip on the canvas says a highlight is on, how many match, and clears it. */
export function HighlightChip() {
  const panelOpen = useDock((s) => s.summary);
  const active = useHighlight((s) => isFilterActive(s.filter));
  return panelOpen || !active ? null : <ActiveChip />;
}

function ActiveChip() {
  const { t } = useTranslation();
  const matches = useMatchCount();
  return (
    <div className="highlight-chip">
      <Funnel size={14} aria-hidden="true" />
      <button
        type="button"
        className="quiet highlight-chip__edit"
        onClick={() => {
          openPanel('summary');
          requestAnimationFrame(() => document.getElementById(HIGHLIGHT_SECTION_ID)?.focus());
        }}
      >
        {t('overlay.filter.active')}
      </button>
      <span role="status">{t('overlay.filter.matches', { count: matches })}</span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('overlay.filter.clear')}
        title={t('overlay.filter.clear')}
        onClick={() => {
          clearHighlight();
          document.getElementById(PANEL_TOGGLE_ID.summary)?.focus(); // The chip goes away with its button.
        }}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
