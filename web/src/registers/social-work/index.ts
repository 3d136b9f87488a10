// Family and adult social work (perhetyö ja aikuissosiaalityö): the social worker's worklist of
// incoming notifications and applications, and the register's section on a person card.
import type { RegisterView } from '../index.ts';
import { SOCIAL } from './api.ts';
import { textsFor } from './i18n.ts';
import { SocialPersonSection } from './person-section.tsx';
import { WorklistPage } from './worklist-page.tsx';

export const socialWorkView: RegisterView = {
  pages: [
    { pattern: '/social-work/worklist', path: '/social-work/worklist', navTitle: (t) => textsFor(t).navWorklist, action: SOCIAL.worklistRead, component: WorklistPage },
    { pattern: '/social-work/worklist/:unitId', path: '/social-work/worklist', action: SOCIAL.worklistRead, component: WorklistPage },
  ],
  PersonSection: SocialPersonSection,
};
