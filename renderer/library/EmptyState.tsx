import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/templates';
import { TemplateSummary } from './TemplateSummary';
import { RestoreInvite } from '../backup/BackupButtons';

/** The first screen of a new workbench: an invitation to start from a template. */
export function EmptyState({ onPick }: { onPick: (templateId: TemplateId) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('library.empty.title')}</h2>
      <p>{t('library.empty.body')}</p>
      <ul className="template-grid" role="list">
        {TEMPLATE_IDS.map((id) => (
          <li key={id}>
            <button type="button" className="template-card" onClick={() => onPick(id)}>
              <TemplateSummary templateId={id} />
            </button>
          </li>
        ))}
      </ul>
      <RestoreInvite />
    </section>
  );
}
