// The residents' application (kuntalainen): its own session (the citizen cookie and CSRF
// token), login, navigation and pages under /kuntalainen. Staff pages never see it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Paragraph, ServiceNavigation, ServiceNavigationItem, SkipLink } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { AppLink, match, navigate, usePath } from '../router.tsx';
import { Loading, Page } from '../components/common.tsx';
import { Header } from '../app.tsx';
import { ApiError } from '../api/client.ts';
import { CITIZEN_BASE, createCitizenApi, type CitizenApi, type CitizenMe } from './citizen-api.ts';
import { useCitizenTexts } from './i18n.ts';
import { CitizenLoginPage } from './login-page.tsx';
import { ChildPage, ChildrenPage } from './children-pages.tsx';
import { DecisionsPage } from './decisions-page.tsx';
import { AuditTrailPage, MyDataPage } from './my-data-pages.tsx';

export type CitizenNotice = 'expired' | 'loggedOut' | null;

interface CitizenSession {
  status: 'loading' | 'anonymous' | 'authenticated';
  me: CitizenMe | null;
  notice: CitizenNotice;
  api: CitizenApi;
  testLogin(hetu: string): Promise<void>;
  logout(): Promise<void>;
}

const Ctx = createContext<CitizenSession | null>(null);

export function useCitizen(): CitizenSession & { me: CitizenMe } {
  const v = useContext(Ctx);
  if (!v?.me) throw new Error('no citizen session');
  return v as CitizenSession & { me: CitizenMe };
}

export function useCitizenSession(): CitizenSession {
  const v = useContext(Ctx);
  if (!v) throw new Error('useCitizenSession outside CitizenApp');
  return v;
}

function Navigation({ path }: { path: string }) {
  const c = useCitizenTexts();
  const items = [
    { path: CITIZEN_BASE, title: c.nav.children },
    { path: `${CITIZEN_BASE}/paatokset`, title: c.nav.decisions },
    { path: `${CITIZEN_BASE}/omat-tiedot`, title: c.nav.myData },
    { path: `${CITIZEN_BASE}/lokitiedot`, title: c.nav.auditTrail },
  ];
  const current = (p: string) => (p === CITIZEN_BASE ? path === p || path.startsWith(`${CITIZEN_BASE}/lapset/`) : path === p);
  return (
    <ServiceNavigation aria-label={c.nav.label} className="v-nav">
      {items.map((i) => (
        <ServiceNavigationItem key={i.path} selected={current(i.path)}>
          <AppLink href={i.path} aria-current={current(i.path) ? 'page' : undefined}>
            {i.title}
          </AppLink>
        </ServiceNavigationItem>
      ))}
    </ServiceNavigation>
  );
}

function Routes({ path }: { path: string }) {
  const { t } = useI18n();
  let m: Record<string, string> | null;
  if (path === CITIZEN_BASE || path === `${CITIZEN_BASE}/`) return <ChildrenPage />;
  if ((m = match(`${CITIZEN_BASE}/lapset/:id`, path))) return <ChildPage key={m.id} id={m.id!} />;
  if (path === `${CITIZEN_BASE}/paatokset`) return <DecisionsPage />;
  if (path === `${CITIZEN_BASE}/omat-tiedot`) return <MyDataPage />;
  if (path === `${CITIZEN_BASE}/lokitiedot`) return <AuditTrailPage />;
  return (
    <Page title={t.notFound.title}>
      <Paragraph>{t.notFound.text}</Paragraph>
    </Page>
  );
}

export function CitizenApp() {
  const { t, lang } = useI18n();
  const c = useCitizenTexts();
  const path = usePath();
  const langRef = useRef(lang);
  langRef.current = lang;
  // The CSRF token lives in memory only; a reload fetches it again from /citizen/me.
  const csrfRef = useRef<string | null>(null);
  const [state, setState] = useState<{ status: CitizenSession['status']; me: CitizenMe | null; notice: CitizenNotice }>({ status: 'loading', me: null, notice: null });
  const api = useMemo(
    () =>
      createCitizenApi({
        lang: () => langRef.current,
        csrfToken: () => csrfRef.current,
        onSessionExpired: () => {
          csrfRef.current = null;
          setState({ status: 'anonymous', me: null, notice: 'expired' });
        },
      }),
    [],
  );
  const loadMe = useCallback(async () => {
    const me = await api.me();
    csrfRef.current = me.csrfToken;
    setState({ status: 'authenticated', me, notice: null });
  }, [api]);
  useEffect(() => {
    loadMe().catch(() => setState({ status: 'anonymous', me: null, notice: null }));
  }, [loadMe]);
  const value = useMemo<CitizenSession>(
    () => ({
      ...state,
      api,
      testLogin: async (hetu) => {
        const r = await api.testLogin(hetu);
        csrfRef.current = r.csrfToken;
        await loadMe();
      },
      logout: async () => {
        try {
          await api.logout();
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
        }
        csrfRef.current = null;
        setState({ status: 'anonymous', me: null, notice: 'loggedOut' });
        navigate(CITIZEN_BASE, { replace: true });
      },
    }),
    [state, api, loadMe],
  );

  let content;
  if (state.status === 'loading') content = <Loading />;
  else if (state.status === 'anonymous') content = <CitizenLoginPage />;
  else content = <Routes path={path} />;
  return (
    <Ctx.Provider value={value}>
      <SkipLink href="#main">{t.common.skipToContent}</SkipLink>
      <Header subtitle={c.appName}>
        {state.me && (
          <>
            <span className="v-user" data-testid="citizen-name">
              <span className="v-visually-hidden">{c.nav.loggedInAs}: </span>
              {state.me.person.callingName ?? state.me.person.firstNames.split(' ')[0]} {state.me.person.lastName}
            </span>
            <Button variant="secondary" onClick={() => void value.logout()} data-testid="citizen-logout">
              {c.nav.logout}
            </Button>
          </>
        )}
      </Header>
      {state.status === 'authenticated' ? (
        <div className="v-body">
          <div className="v-sidebar">
            <Navigation path={path} />
          </div>
          <main id="main" tabIndex={-1} className="v-main">
            {content}
          </main>
        </div>
      ) : (
        <main id="main" tabIndex={-1} className="v-main v-main-narrow">
          {content}
        </main>
      )}
    </Ctx.Provider>
  );
}
