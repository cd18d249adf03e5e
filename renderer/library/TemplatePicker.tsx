import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/templates';
import { TemplateSummary } from './TemplateSummary';

/** Templates as a radio group of cards: arrow keys move between them, as in any radio group. */
export function TemplatePicker({ value, onChange }: { value: TemplateId; onChange: (id: TemplateId) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="template-picker">
      <legend>{t('library.newPlanDialog.template')}</legend>
      <div className="template-grid">
        {TEMPLATE_IDS.map((id) => (
          <label key={id} className="template-card">
            <input
              type="radio"
              name="template"
              value={id}
              checked={value === id}
              onChange={() => onChange(id)}
              className="template-radio"
            />
            <TemplateSummary templateId={id} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
