// The ECEC (varhaiskasvatus) daily views: the unit's application queue, the unit's children and
// the ECEC section of a person card.
import type { RegisterView } from '../index.ts';
import { ECEC } from './ecec-api.ts';
import { QueuePage, UnitChildrenPage } from './unit-pages.tsx';
import { EcecPersonSection } from './person-section.tsx';

export const ececView: RegisterView = {
  pages: [
    { pattern: '/ecec/queue', path: '/ecec/queue', navTitle: (t) => t.ecec.navQueue, action: ECEC.queueRead, component: QueuePage },
    { pattern: '/ecec/queue/:unitId', path: '/ecec/queue', action: ECEC.queueRead, component: QueuePage },
    { pattern: '/ecec/children', path: '/ecec/children', navTitle: (t) => t.ecec.navChildren, action: ECEC.unitList, component: UnitChildrenPage },
    { pattern: '/ecec/children/:unitId', path: '/ecec/children', action: ECEC.unitList, component: UnitChildrenPage },
  ],
  PersonSection: EcecPersonSection,
};
