// The ECEC (varhaiskasvatus) daily views: the unit's application queue and an application's
// processing, the unit's children, the unit's attendance of a day and month, and the ECEC
// section of a person card (placements, applications, attendance, fee and voucher decisions, vasu);
// for fee handlers, a month's charges of every child (kuukausimaksut).
import type { RegisterView } from '../index.ts';
import { ECEC } from './ecec-api.ts';
import { QueuePage, UnitChildrenPage } from './unit-pages.tsx';
import { ApplicationPage } from './application-page.tsx';
import { AttendancePage } from './attendance-page.tsx';
import { EcecPersonSection } from './person-section.tsx';
import { FEE_PARAMETERS, FeeParametersPage } from './fee-parameters-page.tsx';
import { MonthlyFeesPage } from './monthly-fees-page.tsx';

export const ececView: RegisterView = {
  pages: [
    { pattern: '/ecec/queue', path: '/ecec/queue', navTitle: (t) => t.ecec.navQueue, action: ECEC.queueRead, component: QueuePage },
    { pattern: '/ecec/queue/:unitId', path: '/ecec/queue', action: ECEC.queueRead, component: QueuePage },
    { pattern: '/ecec/children', path: '/ecec/children', navTitle: (t) => t.ecec.navChildren, action: ECEC.unitList, component: UnitChildrenPage },
    { pattern: '/ecec/children/:unitId', path: '/ecec/children', action: ECEC.unitList, component: UnitChildrenPage },
    { pattern: '/ecec/applications/:id', path: '/ecec/queue', action: ECEC.applicationRead, component: ApplicationPage },
    { pattern: '/ecec/attendance', path: '/ecec/attendance', navTitle: (t) => t.ecec.navAttendance, action: ECEC.unitAttendanceRead, component: AttendancePage },
    { pattern: '/ecec/attendance/:unitId', path: '/ecec/attendance', action: ECEC.unitAttendanceRead, component: AttendancePage },
    { pattern: '/ecec/monthly-fees', path: '/ecec/monthly-fees', navTitle: (t) => t.ecec.navMonthlyFees, action: ECEC.monthlyFeeList, component: MonthlyFeesPage },
    { pattern: '/ecec/fee-parameters', path: '/ecec/fee-parameters', navTitle: (t) => t.ececFees.nav, action: FEE_PARAMETERS.read, component: FeeParametersPage },
  ],
  PersonSection: EcecPersonSection,
};
