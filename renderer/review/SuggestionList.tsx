import { ArrowRight } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue, PlanElement } from '../../shared/model/element';
import type { Suggestion } from '../../shared/model/review';
import { currentValue } from '../../shared/review/validate';
import { useFormat } from '../i18n/format';
import { useCan } from '../profile/store';
import { acceptSuggestion, rejectSuggestion, type Refusal } from './actions';
import { useFieldLabel } from './SuggestedChanges';
import { refusalMessage, valueText } from './view';

/** A review's suggested changes: field, what it holds now → what sales proposes, and the decision. */
export function SuggestionList({ suggestions, element }: { suggestions: readonly Suggestion[]; element: PlanElement }) {
  const { t } = useTranslation();
  return (
    <div className="review-card__suggestions">
      <span className="review-card__label">{t('review.suggestion.heading')}</span>
      <ul>
        {suggestions.map((s) => (
          <SuggestionItem key={s.id} suggestion={s} element={element} />
        ))}
      </ul>
    </div>
  );
}

function Value({ value }: { value: FieldValue | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (typeof value === 'number') return <span className="suggestion__value">{format.number(value)}</span>;
  const text = valueText(value);
  return text ? <span className="suggestion__value">{text}</span> : <em className="suggestion__value suggestion__value--empty">{t('review.suggestion.empty')}</em>;
}

function SuggestionItem({ suggestion, element }: { suggestion: Suggestion; element: PlanElement }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const label = useFieldLabel(element);
  const canDecide = useCan('decide');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pending = suggestion.state === 'pending';
  const show = (refusal: Refusal | null) => {
    setProblem(refusal ? refusalMessage((k, o) => t(k, o), refusal, i18n.language) : null);
    return refusal;
  };
  const reject = async () => {
    if (!show(await rejectSuggestion(suggestion.id, reason))) {
      setRejecting(false);
      setReason('');
    }
  };
  return (
    <li className={`suggestion suggestion--${suggestion.state}`}>
      <div className="suggestion__head">
        <span className="suggestion__field" id={`${id}-field`}>
          {label(suggestion.field)}
        </span>
        <span className={`suggestion-state suggestion-state--${suggestion.state}`}>{t(`review.suggestion.state.${suggestion.state}`)}</span>
      </div>
      <div className="suggestion__change">
        {pending && (
          <>
            <Value value={currentValue(element, suggestion.field)} />
            <ArrowRight size={14} aria-hidden="true" className="suggestion__arrow" />
            <span className="visually-hidden">{t('review.suggestion.to')}</span>
          </>
        )}
        <Value value={suggestion.value} />
      </div>
      {!pending && (
        <p className="suggestion__decision">
          {suggestion.decidedBy && t('review.suggestion.decidedBy', { name: suggestion.decidedBy })}
          {suggestion.reason && <span className="suggestion__reason">{suggestion.reason}</span>}
        </p>
      )}
      {pending && canDecide && !rejecting && (
        <div className="button-row suggestion__actions">
          <button type="button" aria-describedby={`${id}-field`} onClick={() => void acceptSuggestion(suggestion.id).then(show)}>
            {t('review.suggestion.accept')}
          </button>
          <button type="button" aria-describedby={`${id}-field`} onClick={() => setRejecting(true)}>
            {t('review.suggestion.reject')}
          </button>
        </div>
      )}
      {pending && canDecide && rejecting && (
        <form
          className="review-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void reject();
          }}
        >
          <label htmlFor={`${id}-reason`} className="field-label">
            {t('review.suggestion.reason')}
          </label>
          <textarea id={`${id}-reason`} rows={2} value={reason} autoFocus aria-invalid={problem ? true : undefined} onChange={(e) => setReason(e.target.value)} />
          <div className="button-row">
            <button type="submit" className="danger">
              {t('review.suggestion.rejectConfirm')}
            </button>
            <button
              type="button"
              className="quiet"
              onClick={() => {
                setRejecting(false);
                setProblem(null);
              }}
            >
              {t('common.actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p className="review-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
