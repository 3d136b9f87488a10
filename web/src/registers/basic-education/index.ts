import type { RegisterView } from '../index.ts';
import { BasicEducationSection } from './pupil-section.tsx';
import { GroupPage } from './management/group-page.tsx';
import { BE } from './management/management-api.ts';
import { ParametersPage } from './management/parameters-page.tsx';
import { SchoolPage } from './management/school-page.tsx';
import { SchoolsPage } from './management/schools-page.tsx';

/**
 * Basic education (perusopetus): the pupil's section on the person card, with grade entry, and
 * the management views: schools, their classes, staff and teacher assignments, and parameters.
 */
export const basicEducationView: RegisterView = {
  pages: [
    { pattern: '/basic-education/schools', path: '/basic-education/schools', navTitle: (t) => t.basicEducation.management.navSchools, action: BE.schoolRead, component: SchoolsPage },
    { pattern: '/basic-education/schools/:schoolId', path: '/basic-education/schools', action: BE.schoolRead, component: SchoolPage },
    { pattern: '/basic-education/groups/:groupId', path: '/basic-education/groups', action: BE.groupRead, component: GroupPage },
    { pattern: '/basic-education/parameters', path: '/basic-education/parameters', navTitle: (t) => t.basicEducation.management.navParameters, action: BE.parameterRead, component: ParametersPage },
  ],
  PersonSection: BasicEducationSection,
};
