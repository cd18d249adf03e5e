import { AppWindow, Plus, Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../app/session';
import { useFormat } from '../i18n/format';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ProfileMenu } from '../profile/ProfileMenu';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { BackupButtons } from '../backup/BackupButtons';
import { ImportButton } from '../exchange/ImportButton';
import { LIBRARY_HASH } from './routes';
import { setQuery, useLibrary, usePlanCount, type LibraryView } from './store';

/** Product name, Plans/Trash tabs, search, and the actions that don't belong to one plan. */
export function LibraryHeader({ view, onNewPlan }: { view: LibraryView; onNewPlan: () => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const format = useFormat();
  const query = useLibrary((s) => s.query);
  const trashCount = usePlanCount('trash');
  const current = (tab: LibraryView) => (view === tab ? 'page' : undefined);

  return (
    <header className="library-header">
      <span className="app-name">{t('common.appName')}</span>
      <nav className="library-tabs" aria-label={t('library.sections')}>
        <a href={LIBRARY_HASH.plans} aria-current={current('plans')}>
          {t('library.heading.plans')}
        </a>
        <a href={LIBRARY_HASH.trash} aria-current={current('trash')}>
          {t('library.heading.trash')}
          {trashCount > 0 && <span className="tab-count">{format.number(trashCount)}</span>}
        </a>
      </nav>
      <label className="library-search">
        <Search size={16} />
        <input
          type="search"
          aria-label={t('library.search.label')}
          placeholder={t('library.search.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <div className="header-actions">
        <ProfileMenu />
        <LanguageSwitch />
        <ThemeSwitch />
        <ImportButton />
        <BackupButtons />
        <button type="button" onClick={() => void platform.openWindow()}>
          <AppWindow size={16} />
          {t('library.newWindow')}
        </button>
        <button type="button" className="primary" onClick={onNewPlan}>
          <Plus size={16} />
          {t('library.newPlan')}
        </button>
      </div>
    </header>
  );
}
