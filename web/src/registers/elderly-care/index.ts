// Elderly services (ikäihmisten palvelut): the coordinator's application worklist, a care unit's
// clients, and the register's section on a person card.
import type { RegisterView } from '../index.ts';
import { ELDERLY } from './api.ts';
import { textsFor } from './i18n.ts';
import { ElderlyPersonSection } from './person-section.tsx';
import { ApplicationsPage, UnitClientsPage } from './worklist-pages.tsx';

export const elderlyCareView: RegisterView = {
  pages: [
    { pattern: '/elderly-care/applications', path: '/elderly-care/applications', navTitle: (t) => textsFor(t).navApplications, action: ELDERLY.applicationList, component: ApplicationsPage },
    { pattern: '/elderly-care/clients', path: '/elderly-care/clients', navTitle: (t) => textsFor(t).navClients, action: ELDERLY.unitClients, component: UnitClientsPage },
    { pattern: '/elderly-care/clients/:unitId', path: '/elderly-care/clients', action: ELDERLY.unitClients, component: UnitClientsPage },
  ],
  PersonSection: ElderlyPersonSection,
};
