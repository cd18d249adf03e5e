import { createContext, useContext, type ReactNode } from 'react';
import type { HlcClock } from '../../shared/changes/hlc';
import type { WorkbenchDatabase } from '../db';
import type { Platform } from '../platform';

/**
 * What every feature needs once the database is open: the database, this device's clock,
 * and the platform. Who is working lives in the profile store (it can change mid-session).
 */
export interface Session {
  db: WorkbenchDatabase;
  clock: HlcClock;
  platform: Platform;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function usePlatform(): Platform {
  return useSession().platform;
}
