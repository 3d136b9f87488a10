// The ECEC routes used by the daily views. The generated client types their requests; their
// responses are not declared in the route schemas yet, so the shapes below follow the handlers
// in src/registers/ecec/ (units, application queue, placements, fees, attendance, vasu).
import * as gen from '../../generated/api-client.ts';
import type { Api } from '../../api/api.ts';
import { downloadUrl } from '../../api/api.ts';

export interface EcecUnit {
  id: string;
  name: string;
  providerType: string;
  capacity: number;
  language: string;
}

export interface EcecUnitDetails extends EcecUnit {
  groups: { id: string; name: string; startDate: string; endDate: string | null }[];
}

export interface QueueItem {
  id: string;
  childId: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  type: string;
  status: string;
  priority: number;
  sentDate: string;
  preferredStartDate: string;
  dueDate: string | null;
  urgent: boolean;
  siblingBasis: boolean;
  placeGuaranteeAtRisk: boolean;
}

export interface UnitChild {
  id: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  groupId: string | null;
  type: string;
  hoursPerMonth: number;
}

export interface Placement {
  id: string;
  unitId: string;
  unitName: string;
  groupId: string | null;
  type: string;
  startDate: string;
  endDate: string | null;
  hoursPerMonth: number;
  freeHoursPerMonth: number | null;
  decisions: { id: string; decisionDate: string; language: string }[];
}

export interface FeeDecision {
  id: string;
  decisionNumber: string | number;
  status: string;
  validFrom: string;
  validTo: string | null;
  totalFee: number;
  decisionDate: string | null;
  supersededBy: string | null;
  children: { childId: string; placementId: string | null; hoursPerMonth: number; fee: number }[];
}

export interface MonthAttendance {
  month: string;
  serviceNeedHours: number | null;
  realisedHours: number;
  reservedHours: number;
  overrun: boolean;
  absencesByType: Record<string, number>;
}

export interface VasuVersion {
  id: string;
  version: number;
  sections: { id: string; title: string; content: string }[];
  visibleToGuardians: boolean;
  authoredBy: string | null;
  createdAt: string;
}

/** Actions of the ECEC register (src/registers/ecec/access.ts) that decide what the views show. */
export const ECEC = {
  unitList: 'ecec.Unit.LIST',
  queueRead: 'ecec.Unit.READ_QUEUE',
  childRead: 'ecec.Child.READ',
  feeDecisionRead: 'ecec.FeeDecision.READ',
  feeDecisionPrint: 'ecec.FeeDecision.PRINT',
  attendanceRead: 'ecec.Attendance.READ',
  vasuRead: 'ecec.Vasu.READ',
} as const;

export function ececApi(api: Api) {
  const http = api.http;
  return {
    units: async () => (await gen.getEcecUnits(http)) as { units: EcecUnit[] },
    unit: async (id: string) => (await gen.getEcecUnitsById(http, { id })) as { unit: EcecUnitDetails },
    queue: async (id: string) => (await gen.getEcecUnitsByIdQueue(http, { id })) as { queue: QueueItem[]; placeGuaranteeAtRisk: number },
    unitChildren: async (id: string, date: string) => (await gen.getEcecUnitsByIdChildren(http, { id }, { date })) as { children: UnitChild[] },
    placements: async (id: string) => (await gen.getEcecChildrenByIdPlacements(http, { id })) as { placements: Placement[] },
    feeDecisions: async (id: string) => (await gen.getEcecPersonsByIdFeeDecisions(http, { id })) as { feeDecisions: FeeDecision[] },
    attendance: async (id: string, month: string) => (await gen.getEcecChildrenByIdAttendance(http, { id }, { month })) as MonthAttendance,
    vasu: async (id: string) => (await gen.getEcecChildrenByIdVasu(http, { id })) as { versions: VasuVersion[] },
  };
}

/** The PDF of a fee decision: a plain GET with the session cookie. */
export const feeDecisionPdfUrl = (id: string) => downloadUrl(`/ecec/fee-decisions/${encodeURIComponent(id)}/pdf`);

/** Today in the browser's time zone as yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** yyyy-mm shifted by whole months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
