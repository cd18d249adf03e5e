import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanElement } from '../../shared/model/element';
import { currentValue, suggestableFields } from '../../shared/review/validate';
import { useEditor } from '../canvas/store';
import type { ReviewDraft } from './store';
import { fieldInput, fieldLabelKey, isMoneyField, valueText } from './view';

type Row = ReviewDraft['suggestions'][number];

/** A suggestable field's name as the inspector shows it, with the currency for amounts. */
export function useFieldLabel(element: PlanElement) {
  const { t } = useTranslation();
  const currency = useEditor((s) => s.plan?.currency ?? '');
  return (field: string) => (isMoneyField(element, field) && currency ? `${t(fieldLabelKey(field))} (${currency})` : t(fieldLabelKey(field)));
}

/**
 * The draft's suggested changes: each names a field of the element, shows what it holds now
 * and takes the proposed value. Sales suggests; marketing later accepts or rejects.
 */
export function SuggestedChanges({
  element,
  rows,
  onChange,
}: {
  element: PlanElement;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
}) {
  const { t } = useTranslation();
  const fields = suggestableFields(element);
  const used = new Set(rows.map((r) => r.field));
  const add = () => {
    const field = fields.find((f) => !used.has(f.field))?.field ?? '';
    onChange([...rows, { field, value: field ? valueText(currentValue(element, field)) : '' }]);
  };
  return (
    <fieldset className="review-form__suggestions">
      <legend>{t('review.suggestion.heading')}</legend>
      {rows.map((row, i) => (
        <SuggestionRow
          key={i}
          index={i}
          element={element}
          row={row}
          onChange={(next) => onChange(rows.map((r, j) => (j === i ? next : r)))}
          onRemove={() => onChange(rows.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" className="quiet review-form__add" onClick={add}>
        <Plus size={16} aria-hidden="true" />
        {t('review.suggestion.add')}
      </button>
    </fieldset>
  );
}

function SuggestionRow({
  index,
  element,
  row,
  onChange,
  onRemove,
}: {
  index: number;
  element: PlanElement;
  row: Row;
  onChange: (row: Row) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = useFieldLabel(element);
  const now = row.field ? valueText(currentValue(element, row.field)) : '';
  const input = row.field ? fieldInput(element, row.field) : 'line';
  const chooseField = (field: string) => {
    // A proposed value still equal to the old field's content follows the new field.
    const untouched = !row.value || (row.field && row.value === valueText(currentValue(element, row.field)));
    onChange({ field, value: untouched && field ? valueText(currentValue(element, field)) : row.value });
  };
  return (
    <fieldset className="suggestion-row">
      <legend>{t('review.suggestion.row', { n: index + 1 })}</legend>
      <div className="suggestion-row__top">
        <label className="visually-hidden" htmlFor={`${id}-field`}>
          {t('review.suggestion.field')}
        </label>
        <select id={`${id}-field`} value={row.field} onChange={(e) => chooseField(e.target.value)}>
          <option value="">{t('review.suggestion.chooseField')}</option>
          {suggestableFields(element).map((f) => (
            <option key={f.field} value={f.field}>
              {label(f.field)}
            </option>
          ))}
        </select>
        <button type="button" className="icon-button" aria-label={t('review.suggestion.remove', { n: index + 1 })} title={t('review.suggestion.remove', { n: index + 1 })} onClick={onRemove}>
          <Trash2 size={16} aria-hidden="true" />
        </button>
      </div>
      {row.field && (
        <p className="suggestion-row__now">
          <span className="suggestion-row__tag">{t('review.suggestion.current')}</span>{' '}
          {now ? <span className="suggestion-row__value">{now}</span> : <em>{t('review.suggestion.empty')}</em>}
        </p>
      )}
      <label className="field-label" htmlFor={`${id}-value`}>
        {t('review.suggestion.proposed')}
      </label>
      {input === 'text' ? (
        <textarea id={`${id}-value`} rows={3} value={row.value} onChange={(e) => onChange({ ...row, value: e.target.value })} />
      ) : (
        <input
          id={`${id}-value`}
          type={input === 'date' ? 'date' : 'text'}
          inputMode={input === 'number' ? 'decimal' : undefined}
          value={row.value}
          onChange={(e) => onChange({ ...row, value: e.target.value })}
        />
      )}
    </fieldset>
  );
}
