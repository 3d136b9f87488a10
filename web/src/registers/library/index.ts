// The library (kirjasto) daily views: the circulation desk, catalogue search with MARC21 import,
// the day's work (daily run, notices, hold shelf), the library rules (käyttösäännöt) and the
// library section of a person card.
import type { RegisterView } from '../index.ts';
import { CataloguePage } from './catalogue-page.tsx';
import { DailyPage } from './daily-page.tsx';
import { DeskPage } from './desk-page.tsx';
import { libraryTextsFor } from './i18n.ts';
import { LIBRARY } from './library-api.ts';
import { LibraryPersonSection } from './person-section.tsx';
import { RULES, RulesPage } from './management/rules-page.tsx';

export const libraryView: RegisterView = {
  pages: [
    { pattern: '/library/desk', path: '/library/desk', navTitle: (t) => libraryTextsFor(t).navDesk, action: LIBRARY.deskUse, component: DeskPage },
    { pattern: '/library/catalogue', path: '/library/catalogue', navTitle: (t) => libraryTextsFor(t).navCatalogue, action: LIBRARY.catalogueRead, component: CataloguePage },
    { pattern: '/library/daily', path: '/library/daily', navTitle: (t) => libraryTextsFor(t).navDaily, action: LIBRARY.unitWork, component: DailyPage },
    { pattern: '/library/rules', path: '/library/rules', navTitle: (t) => libraryTextsFor(t).rules.nav, action: RULES.read, component: RulesPage },
  ],
  PersonSection: LibraryPersonSection,
};
