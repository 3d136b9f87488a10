import { PersonCreatePage } from './pages/person-create-page.tsx';
import { Button, ServiceNavigation, ServiceNavigationItem, SkipLink } from 'suomifi-ui-components';
import { languages, translations, useI18n } from './i18n/i18n.tsx';
import { useAuthenticated, useSession } from './session.tsx';
import { AppLink, match, usePath } from './router.tsx';
import { Loading, Page } from './components/common.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { PersonSearchPage } from './pages/person-search-page.tsx';
import { PersonCardPage } from './pages/person-card-page.tsx';
import { AuditTrailPage } from './pages/audit-trail-page.tsx';
import { StatisticsPage } from './pages/statistics-page.tsx';
import { registerViews } from './registers/index.ts';
import { InformationRequestsPage } from './pages/information-requests-page.tsx';
import { InformationRequestPage } from './pages/information-request-page.tsx';
import { Paragraph } from 'suomifi-ui-components';
import type { ReactNode } from 'react';
import { CitizenApp } from './citizen/citizen-app.tsx';
import { CITIZEN_BASE } from './citizen/citizen-api.ts';

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div role="group" aria-label={t.language.choose} className="v-lang">
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          className={l === lang ? 'v-lang-btn v-lang-current' : 'v-lang-btn'}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {translations[l].languageName}
        </button>
      ))}
    </div>
  );
}

/** The page header with the language switch; the residents' pages use it with their own subtitle. */
export function Header({ children, subtitle }: { children?: ReactNode; subtitle?: string }) {
  const { t } = useI18n();
  return (
    <header className="v-header">
      <div className="v-header-inner">
        <div className="v-brand">
          <span className="v-brand-name">{t.common.appName}</span>
          <span className="v-brand-sub">{subtitle ?? t.common.appSubtitle}</span>
        </div>
        <div className="v-header-tools">
          {children}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

const IR_MANAGE = 'InformationRequest.MANAGE';

interface NavItem {
  path: string;
  title: string;
}

function useNavItems(): NavItem[] {
  const { t } = useI18n();
  const { me, can } = useAuthenticated();
  const items: NavItem[] = [{ path: '/', title: t.nav.home }];
  if (can('Person.SEARCH')) items.push({ path: '/persons', title: t.nav.persons });
  for (const rid of me.registers) {
    for (const p of registerViews[rid]?.pages ?? []) {
      if (p.navTitle && (!p.action || can(p.action))) items.push({ path: p.path, title: p.navTitle(t) });
    }
  }
  if (can(IR_MANAGE)) items.push({ path: '/information-requests', title: t.ir.nav });
  if (me.registers.length > 0) items.push({ path: '/statistics', title: t.nav.statistics });
  return items;
}

function Navigation({ path }: { path: string }) {
  const { t } = useI18n();
  const items = useNavItems();
  const isCurrent = (p: string) => (p === '/' ? path === '/' : path === p || path.startsWith(p + '/'));
  return (
    <ServiceNavigation aria-label={t.nav.label} className="v-nav">
      {items.map((i) => (
        <ServiceNavigationItem key={i.path} selected={isCurrent(i.path)}>
          <AppLink href={i.path} aria-current={isCurrent(i.path) ? 'page' : undefined}>
            {i.title}
          </AppLink>
        </ServiceNavigationItem>
      ))}
    </ServiceNavigation>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t.notFound.title}>
      <Paragraph>{t.notFound.text}</Paragraph>
    </Page>
  );
}

function Routes({ path }: { path: string }) {
  const { can, me } = useAuthenticated();
  let m: Record<string, string> | null;
  if (path === '/') return <HomePage />;
  if (path === '/persons' && can('Person.SEARCH')) return <PersonSearchPage />;
  if (path === '/persons/new' && can('Person.CREATE')) return <PersonCreatePage />;
  if ((m = match('/persons/:id/audit-trail', path))) return <AuditTrailPage id={m.id!} />;
  if ((m = match('/persons/:id', path))) return <PersonCardPage key={m.id} id={m.id!} />;
  if (path === '/statistics') return <StatisticsPage />;
  if (path === '/information-requests' && can(IR_MANAGE)) return <InformationRequestsPage />;
  if ((m = match('/information-requests/:id', path)) && can(IR_MANAGE)) return <InformationRequestPage key={m.id} id={m.id!} />;
  for (const rid of me.registers) {
    for (const p of registerViews[rid]?.pages ?? []) {
      if ((m = match(p.pattern, path)) && (!p.action || can(p.action))) {
        const C = p.component;
        return <C params={m} />;
      }
    }
  }
  return <NotFound />;
}

function AuthenticatedApp() {
  const { t } = useI18n();
  const { me, logout } = useAuthenticated();
  const path = usePath();
  return (
    <>
      <SkipLink href="#main">{t.common.skipToContent}</SkipLink>
      <Header>
        <span className="v-user" data-testid="user-name">
          <span className="v-visually-hidden">{t.nav.loggedInAs}: </span>
          {me.user.displayName}
        </span>
        <Button variant="secondary" onClick={() => void logout()} data-testid="logout">
          {t.nav.logout}
        </Button>
      </Header>
      <div className="v-body">
        <div className="v-sidebar">
          <Navigation path={path} />
        </div>
        <main id="main" tabIndex={-1} className="v-main">
          <Routes path={path} />
        </main>
      </div>
    </>
  );
}

export function App() {
  const { status } = useSession();
  const { t } = useI18n();
  const path = usePath();
  // Residents (kuntalainen) have their own session and pages.
  if (path === CITIZEN_BASE || path.startsWith(CITIZEN_BASE + '/')) return <CitizenApp />;
  if (status === 'loading') {
    return (
      <main id="main" className="v-main">
        <Loading />
      </main>
    );
  }
  if (status === 'anonymous') {
    return (
      <>
        <SkipLink href="#main">{t.common.skipToContent}</SkipLink>
        <Header />
        <main id="main" tabIndex={-1} className="v-main v-main-narrow">
          <LoginPage />
        </main>
      </>
    );
  }
  return <AuthenticatedApp />;
}
