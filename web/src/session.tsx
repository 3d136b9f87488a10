import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createApi, type Api } from './api/api.ts';
import { ApiError, createTransport } from './api/client.ts';
import type { Me } from './api/types.ts';
import { useI18n } from './i18n/i18n.tsx';
import { navigate } from './router.tsx';
import { clearSearchCache } from './pages/search-cache.ts';

export type LoginNotice = 'expired' | 'loggedOut' | null;

interface SessionValue {
  status: 'loading' | 'anonymous' | 'authenticated';
  me: Me | null;
  notice: LoginNotice;
  api: Api;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  can(action: string): boolean;
  hasRegister(id: string): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const langRef = useRef(lang);
  langRef.current = lang;
  // The CSRF token lives in memory only; a reload fetches it again from /auth/me.
  const csrfRef = useRef<string | null>(null);
  const [state, setState] = useState<{ status: SessionValue['status']; me: Me | null; notice: LoginNotice }>({
    status: 'loading',
    me: null,
    notice: null,
  });

  const api = useMemo(
    () =>
      createApi(
        createTransport({
          lang: () => langRef.current,
          csrfToken: () => csrfRef.current,
          onSessionExpired: () => {
            csrfRef.current = null;
            clearSearchCache();
            setState({ status: 'anonymous', me: null, notice: 'expired' });
          },
        }),
      ),
    [],
  );

  useEffect(() => {
    api.me().then(
      (me) => {
        csrfRef.current = me.csrfToken;
        setState({ status: 'authenticated', me, notice: null });
      },
      () => setState({ status: 'anonymous', me: null, notice: null }),
    );
  }, [api]);

  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.login(username, password);
      csrfRef.current = me.csrfToken;
      setState({ status: 'authenticated', me, notice: null });
    },
    [api],
  );

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    csrfRef.current = null;
    clearSearchCache();
    setState({ status: 'anonymous', me: null, notice: 'loggedOut' });
    navigate('/', { replace: true });
  }, [api]);

  const value = useMemo<SessionValue>(
    () => ({
      ...state,
      api,
      login,
      logout,
      can: (action) => state.me?.permissions.includes(action) ?? false,
      hasRegister: (id) => state.me?.registers.includes(id) ?? false,
    }),
    [state, api, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The logged-in session; only for components rendered behind the login. */
export function useAuthenticated(): SessionValue & { me: Me } {
  const s = useSession();
  if (!s.me) throw new Error('not logged in');
  return s as SessionValue & { me: Me };
}
