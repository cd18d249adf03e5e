import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../shared/templates';
import { navigate, planHash } from '../app/router';
import { useSession } from '../app/session';
import { createPlanFromDraft } from './actions';
import { CurrencySelect } from './CurrencySelect';
import { errorMessage } from './errorMessage';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { defaultCurrency, periodIsValid, type PlanDraft } from './planDraft';
import { TemplatePicker } from './TemplatePicker';

/** Collects a new plan's details and template, creates it, and opens it on the canvas. */
export function NewPlanDialog({ initialTemplate, onClose }: { initialTemplate: TemplateId; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [draft, setDraft] = useState<PlanDraft>(() => ({
    title: t('library.untitled'),
    brand: '',
    market: '',
    currency: defaultCurrency(i18n.language),
    periodStart: '',
    periodEnd: '',
    templateId: initialTemplate,
  }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const periodErrorId = useId();
  // Runs after the modal opened: typing replaces the suggested title at once.
  useEffect(() => titleRef.current?.select(), []);

  const update = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const bindText = (key: 'title' | 'brand' | 'market' | 'periodStart' | 'periodEnd') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => update(key, event.target.value),
  });
  const periodOk = periodIsValid(draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !periodOk) return;
    setBusy(true);
    try {
      const title = draft.title.trim() || t('library.untitled');
      const planId = await createPlanFromDraft(session, { ...draft, title }, t);
      onClose();
      navigate(planHash(planId));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('library.newPlanDialog.title')} onClose={onClose} className="new-plan-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('library.newPlanDialog.planTitle')}>
          <input ref={titleRef} type="text" {...bindText('title')} maxLength={500} />
        </Field>
        <div className="field-row">
          <Field label={t('library.newPlanDialog.brand')}>
            <input type="text" {...bindText('brand')} maxLength={500} />
          </Field>
          <Field label={t('library.newPlanDialog.market')}>
            <input
              type="text"
              {...bindText('market')}
              maxLength={500}
              placeholder={t('library.newPlanDialog.marketPlaceholder')}
            />
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('library.newPlanDialog.currency')}>
            <CurrencySelect value={draft.currency} onChange={(code) => update('currency', code)} />
          </Field>
          <Field label={t('library.newPlanDialog.periodStart')}>
            <input type="date" {...bindText('periodStart')} />
          </Field>
          <Field label={t('library.newPlanDialog.periodEnd')}>
            <input type="date" {...bindText('periodEnd')} aria-invalid={!periodOk} aria-describedby={periodErrorId} />
          </Field>
        </div>
        <p id={periodErrorId} className="field-error" role="alert">
          {periodOk ? '' : t('library.newPlanDialog.periodError')}
        </p>
        <TemplatePicker value={draft.templateId} onChange={(id) => update('templateId', id)} />
        {error && (
          <p className="field-error" role="alert">
            {t('library.newPlanDialog.failed', { message: error })}
          </p>
        )}
        <div className="button-row modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !periodOk}>
            {t('library.newPlanDialog.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
