import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../shared/templates';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { useCommands } from '../commands/registry';
import { LibraryHeader } from './LibraryHeader';
import { NewPlanDialog } from './NewPlanDialog';
import { NoticeBar } from './NoticeBar';
import { PlanList } from './PlanList';
import { DEFAULT_TEMPLATE } from './planDraft';
import { LIBRARY_HASH } from './routes';
import { dismissNotice, type LibraryView } from './store';
import { useLibrarySync } from './useLibrarySync';
import './library.css';

/** The plan library (or its trash): find, open, create, file and rename plans. */
export function LibraryScreen({ view }: { view: LibraryView }) {
  const { t } = useTranslation();
  const session = useSession();
  /** The template the New plan dialog opens with; null while it is closed. */
  const [newPlanTemplate, setNewPlanTemplate] = useState<TemplateId | null>(null);
  const openNewPlan = (templateId: TemplateId = DEFAULT_TEMPLATE) => setNewPlanTemplate((open) => open ?? templateId);

  useLibrarySync(session.db);
  // A notice is about the view it was given in.
  useEffect(() => dismissNotice(), [view]);
  useCommands({
    'plan.new': () => openNewPlan(),
    'window.new': () => void session.platform.openWindow(),
    'plan.library': () => navigate(LIBRARY_HASH.plans),
  });

  return (
    <div className="library-screen">
      <LibraryHeader view={view} onNewPlan={() => openNewPlan()} />
      <main className="library-main">
        <h1 className="library-heading">{t(`library.heading.${view}`)}</h1>
        {view === 'trash' && <p className="library-hint">{t('library.trash.explanation')}</p>}
        <PlanList view={view} onStartFromTemplate={openNewPlan} />
      </main>
      <NoticeBar />
      {newPlanTemplate && <NewPlanDialog initialTemplate={newPlanTemplate} onClose={() => setNewPlanTemplate(null)} />}
    </div>
  );
}
