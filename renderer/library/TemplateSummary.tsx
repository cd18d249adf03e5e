import { ArrowLeftRight, File, LayoutGrid, Rocket, Users, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { templates, type TemplateId } from '../../shared/templates';

const ICONS: Record<TemplateId, LucideIcon> = {
  blank: File,
  'marketing-mix-4p': LayoutGrid,
  'customer-view-4c': Users,
  'paired-4p-4c': ArrowLeftRight,
  'campaign-launch': Rocket,
};

/** A template's icon, name and description: the inside of a template card. */
export function TemplateSummary({ templateId }: { templateId: TemplateId }) {
  const { t } = useTranslation();
  const Icon = ICONS[templateId];
  const template = templates[templateId];
  return (
    <>
      <Icon className="template-icon" size={20} />
      <span className="template-name">{t(template.nameKey)}</span>
      <span className="template-description">{t(template.descriptionKey)}</span>
    </>
  );
}
