// Who is signed in: loaded once from GET /session, replaced on sign-in, cleared on sign-out.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, rememberCsrfToken } from '../api/client.ts';
import type { CurrentUser, RegionAccess } from '../api/types.ts';
import { ACTIONS } from '../../shared/actions.ts';

interface Session {
  user: CurrentUser | null;
  isLoading: boolean;
  signedIn(user: CurrentUser): void;
  signOut(): Promise<void>;
  /**
   * Loads the session again after the user's own roles changed (their role in a region changed or ended),
   * so that tabs and permissions follow.
   */
  refresh(): Promise<void>;
  /** The user's role in a region and what it allows; platform admins may do everything everywhere. */
  accessIn(region: string): RegionAccess | undefined;
}

const SessionContext = createContext<Session | null>(null);

/** Loads the session at start and gives it to every screen. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [isLoading, setIsLoading] = useState(true);

  const signedIn = useCallback((next: CurrentUser) => {
    rememberCsrfToken(next.csrfToken);
    setUser(next);
  }, []);

  const load = useCallback(async (): Promise<void> => {
    try {
      signedIn(await api<CurrentUser>('GET', '/session'));
    } catch (error) {
      // 401: nobody is signed in (any more); anything else is logged and leaves the session as it was.
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else console.error(error);
    }
  }, [signedIn]);

  useEffect(() => {
    void load().finally(() => setIsLoading(false));
  }, [load]);

  const session = useMemo<Session>(
    () => ({
      user,
      isLoading,
      signedIn,
      refresh: load,
      async signOut() {
        await api('DELETE', '/session').catch(() => undefined);
        rememberCsrfToken('');
        setUser(null);
      },
      accessIn(region) {
        const held = user?.roles.find((access) => access.region === region);
        if (!user?.isPlatformAdmin) return held;
        return {
          region,
          regionName: held?.regionName ?? region,
          role: 'platform-admin',
          actions: [...ACTIONS],
          translatorLanguages: [],
        };
      },
    }),
    [user, isLoading, signedIn, load],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in user and what to do with the session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
