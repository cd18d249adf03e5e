import { useTranslation } from 'react-i18next';
import { diffEntity } from '../../../shared/changes/diff';
import type { Plan } from '../../../shared/model/plan';
import { SinceReviewNote } from '../../history/SinceReviewNote';
import { useCan } from '../../profile/store';
import { InspectorReviewSummary } from '../../review/ReviewSummary';
import { edit, typingIn, useEditor } from '../store';
import { Field } from './fields';

const CURRENCIES = ['USD', 'EUR', 'TWD', 'CNY', 'HKD', 'VND', 'SGD', 'JPY', 'GBP'];
type TextField = 'title' | 'brand' | 'market' | 'periodStart' | 'periodEnd';
const TEXT_FIELDS: ReadonlyArray<{ key: TextField; type: 'text' | 'date' }> = [
  { key: 'title', type: 'text' },
  { key: 'brand', type: 'text' },
  { key: 'market', type: 'text' },
  { key: 'periodStart', type: 'date' },
  { key: 'periodEnd', type: 'date' },
];

function update(plan: Plan, patch: Partial<Plan>, field: string) {
  void edit(diffEntity('plan', plan, { ...plan, ...patch }), typingIn('plan', plan.id, field));
}

/** With nothing selected, the inspector shows the plan's own facts. */
export function PlanInspector() {
  const { t } = useTranslation();
  const canEdit = useCan('editContent');
  const plan = useEditor((s) => s.plan);
  if (!plan) return null;
  return (
    <form className="inspector__form" onSubmit={(e) => e.preventDefault()}>
      <SinceReviewNote />
      <fieldset className="inspector__fields" disabled={!canEdit}>
      <h2>{t('canvas.inspector.plan')}</h2>
      {TEXT_FIELDS.map(({ key, type }) => (
        <Field key={key} label={t(`canvas.plan.${key}`)}>
          {(fid) => <input id={fid} type={type} value={plan[key]} onChange={(e) => update(plan, { [key]: e.target.value }, key)} />}
        </Field>
      ))}
      <Field label={t('canvas.plan.currency')}>
        {(fid) => (
          <select id={fid} value={plan.currency} onChange={(e) => update(plan, { currency: e.target.value }, 'currency')}>
            {[...new Set([plan.currency, ...CURRENCIES])].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="inspector__note">{t('canvas.inspector.planHint')}</p>
      </fieldset>
      <InspectorReviewSummary />
    </form>
  );
}
