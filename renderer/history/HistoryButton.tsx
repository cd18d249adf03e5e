import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/registry';
import { toggleHistoryPanel, useHistoryPanel } from './panel';
import { useSinceLastReview } from './store';
import './history.css';

/** The toolbar's history button, with a count of what changed since the current person last reviewed. */
export function HistoryButton() {
  const { t } = useTranslation();
  const open = useHistoryPanel((s) => s.open);
  const news = useSinceLastReview().entries.length;
  useCommands({ 'view.history': () => toggleHistoryPanel(news > 0) });
  const label = t('shell.command.view.history');
  const name = news > 0 ? `${label} (${t('history.since.count', { count: news })})` : label;
  return (
    <button
      type="button"
      id="history-button"
      className="tool-button history-button"
      aria-label={name}
      title={name}
      aria-pressed={open}
      onClick={() => toggleHistoryPanel(news > 0)}
    >
      <History size={18} aria-hidden="true" />
      {news > 0 && (
        <span className="history-button__badge" aria-hidden="true">
          {news > 99 ? '99+' : news}
        </span>
      )}
    </button>
  );
}
