import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../shared/backup';
import { useFormat } from '../i18n/format';

/** A file size in the person's locale: "840 kB", "12.5 MB". */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return (bytes) => {
    const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 0.1), 'kilobyte'];
    return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  };
}

/** What a backup holds, before anything is restored: when and by whom, counts, size, and its plans. */
export function BackupContents({ summary, fileBytes }: { summary: BackupSummary; fileBytes: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useFileSize();
  const date = format.dateTime(Date.parse(summary.createdAt));
  return (
    <div className="backup-contents">
      <p>{summary.createdBy ? t('backup.restore.madeBy', { date, name: summary.createdBy.name }) : t('backup.restore.made', { date })}</p>
      <p>
        {t('backup.restore.contains', {
          plans: t('backup.counts.plans', { count: summary.plans.length }),
          trash: t('backup.counts.trash', { count: summary.inTrash }),
          people: t('backup.counts.people', { count: summary.people }),
          attachments: t('backup.counts.attachments', { count: summary.attachments }),
          size: size(fileBytes),
        })}
      </p>
      {summary.upgradedFrom !== null && <p>{t('backup.restore.upgraded')}</p>}
      {summary.plans.length > 0 && (
        <>
          <h3 className="backup-contents__heading">{t('backup.restore.plansHeading')}</h3>
          <ul className="backup-contents__plans">
            {summary.plans.map((plan) => (
              <li key={plan.id}>
                <span className="backup-contents__title">{plan.title || t('library.untitled')}</span>
                <span className="backup-contents__meta">
                  {t('backup.restore.planLine', { elements: t('backup.counts.elements', { count: plan.elements }), reviews: t('backup.counts.reviews', { count: plan.reviews }) })}
                  {plan.trashed && ` · ${t('backup.restore.inTrash')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
