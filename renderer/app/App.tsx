import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HlcClock } from '../../shared/changes/hlc';
import { useShortcuts } from '../commands/keyboard';
import { activeDatabaseName, deviceId, openDatabase, type OpenFailure } from '../db';
import { EditorScreen } from '../canvas/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { ReviewModeScreen } from '../reviewMode/ReviewModeScreen';
import { BriefScreen } from '../brief/BriefScreen';
import { PresentationScreen } from '../presentation/PresentationScreen';
import { platform } from '../platform';
import { exposeTestHooks } from './testHooks';
import { DatabaseErrorScreen } from './DatabaseErrorScreen';
import { ProfileSetup } from '../profile/ProfileSetup';
import { CommandPalette } from '../palette/CommandPalette';
import { ExchangeHost } from '../exchange/ExchangeHost';
import { BackupHost } from '../backup/BackupHost';
import { loadProfiles, useProfile } from '../profile/store';
import { useRoute } from './router';
import { SessionProvider, type Session } from './session';

type Boot = { state: 'opening' } | { state: 'ready'; session: Session } | { state: 'failed'; failure: OpenFailure };

async function boot(): Promise<Boot> {
  // Normally the one database; after a rescue restore, the new one it filled (db/backup.ts).
  const opened = await openDatabase(activeDatabaseName());
  if (!opened.ok) return { state: 'failed', failure: opened.failure };
  const clock = new HlcClock(await deviceId(opened.db));
  await loadProfiles(opened.db);
  const session: Session = { db: opened.db, clock, platform };
  exposeTestHooks(session);
  return { state: 'ready', session };
}

export function App() {
  const [status, setStatus] = useState<Boot>({ state: 'opening' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setStatus({ state: 'opening' });
    void boot().then((result) => {
      if (current) setStatus(result);
      // A boot overtaken by a newer one (a retry, StrictMode's second run) lets its connection go.
      else if (result.state === 'ready') result.session.db.close();
    });
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = () => setAttempt((n) => n + 1);
  useShortcuts(platform);

  if (status.state === 'opening') return <Opening />;
  if (status.state === 'failed') return <DatabaseErrorScreen failure={status.failure} onRetry={retry} />;
  return (
    <SessionProvider session={status.session}>
      <Screens />
      <CommandPalette />
      <ExchangeHost />
      <BackupHost />
    </SessionProvider>
  );
}

function Opening() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen" aria-busy="true">
      <p>{t('common.opening')}</p>
    </main>
  );
}

function Screens() {
  const route = useRoute();
  const hasProfile = useProfile((s) => s.profile !== null);
  if (!hasProfile) return <ProfileSetup />;
  if (route.screen === 'plan') return <EditorScreen key={route.planId} planId={route.planId} />;
  if (route.screen === 'review') return <ReviewModeScreen key={route.planId} planId={route.planId} elementId={route.elementId} />;
  if (route.screen === 'present') return <PresentationScreen key={route.planId} planId={route.planId} step={route.step} />;
  if (route.screen === 'brief') return <BriefScreen key={route.planId} planId={route.planId} />;
  return <LibraryScreen view={route.view} />;
}
