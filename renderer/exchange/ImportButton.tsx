import { FileUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { importFromPicker } from './actions';
import { useExchange } from './store';
import './exchange.css';

/** The library header's Import: a plan file from another laptop, opened or merged. */
export function ImportButton() {
  const { t } = useTranslation();
  const session = useSession();
  const busy = useExchange((s) => s.job !== null);
  return (
    <button type="button" title={t('exchange.import.title')} disabled={busy} onClick={() => importFromPicker(session)}>
      <FileUp size={16} aria-hidden="true" />
      {t('exchange.import.button')}
    </button>
  );
}
