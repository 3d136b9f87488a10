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
  decisions: { id: string; decisionNumber: string | number | null; decisionDate: string; language: string }[];
}

/** A child's charge for a month (kuukausimaksu), typed by the route's response schema. */
export type MonthlyFee = gen.GetEcecChildrenByChildIdMonthlyFeesResponse;

/** A month's charges for fee handlers (GET /ecec/monthly-fees, ChildMonthlyFee in monthly-fee.queries.ts). */
export interface MonthlyFeeList {
  month: string;
  totalCents: number;
  children: { childId: string; firstNames: string; lastName: string; unitId: string; unitName: string; fee: MonthlyFee }[];
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

export interface VoucherValueDecision {
  id: string;
  decisionNumber: string | number;
  childId: string;
  unitId: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  hoursPerMonth: number;
  voucherValue: number;
  coPayment: number;
  supersededBy: string | null;
}

export type ApplicationDetails = gen.GetEcecApplicationsByIdResponse;
export type Application = ApplicationDetails['application'];
export type ChildApplication = gen.GetEcecChildrenByIdApplicationsResponse['applications'][number];
export type StatusChange = gen.PostEcecApplicationsByIdStatusBody;
export type UnitDay = gen.GetEcecUnitsByIdAttendanceResponse;
export type UnitDayChild = UnitDay['children'][number];
export type AttendanceDayBody = gen.PutEcecChildrenByIdAttendanceDaysByDateBody;
export type ReservationDayBody = gen.PutEcecChildrenByIdReservationDaysByDateBody;
export type UnitMonth = gen.GetEcecUnitsByIdAttendanceMonthResponse;
export type NewVasuVersion = gen.PostEcecChildrenByIdVasuBody;

export interface MonthAttendance {
  month: string;
  serviceNeedHours: number | null;
  realisedHours: number;
  reservedHours: number;
  overrun: boolean;
  absencesByType: Record<string, number>;
}

export type VasuVersion = gen.GetEcecChildrenByIdVasuResponse['versions'][number];
export type VasuSection = VasuVersion['sections'][number];

/** Actions of the ECEC register (src/registers/ecec/access.ts) that decide what the views show. */
export const ECEC = {
  unitList: 'ecec.Unit.LIST',
  queueRead: 'ecec.Unit.READ_QUEUE',
  childRead: 'ecec.Child.READ',
  feeDecisionRead: 'ecec.FeeDecision.READ',
  feeDecisionPrint: 'ecec.FeeDecision.PRINT',
  monthlyFeeRead: 'ecec.MonthlyFee.READ',
  monthlyFeeList: 'ecec.MonthlyFee.LIST',
  placementDecisionPrint: 'ecec.PlacementDecision.PRINT',
  attendanceRead: 'ecec.Attendance.READ',
  vasuRead: 'ecec.Vasu.READ',
  vasuWrite: 'ecec.Vasu.WRITE',
  applicationRead: 'ecec.Application.READ',
  applicationUpdate: 'ecec.Application.UPDATE',
  unitAttendanceRead: 'ecec.Unit.READ_ATTENDANCE',
  unitAttendanceWrite: 'ecec.Unit.WRITE_ATTENDANCE',
  reservationWrite: 'ecec.Reservation.WRITE',
} as const;

export function ececApi(api: Api) {
  const http = api.http;
  return {
    units: async () => (await gen.getEcecUnits(http)) as { units: EcecUnit[] },
    unit: async (id: string) => (await gen.getEcecUnitsById(http, { id })) as { unit: EcecUnitDetails },
    queue: async (id: string) => (await gen.getEcecUnitsByIdQueue(http, { id })) as { queue: QueueItem[]; placeGuaranteeAtRisk: number },
    unitChildren: async (id: string, date: string) => (await gen.getEcecUnitsByIdChildren(http, { id }, { date })) as { children: UnitChild[] },
    placements: async (id: string) => (await gen.getEcecChildrenByIdPlacements(http, { id })) as { placements: Placement[] },
    feeDecisions: async (id: string) =>
      (await gen.getEcecPersonsByIdFeeDecisions(http, { id })) as { feeDecisions: FeeDecision[]; voucherValueDecisions: VoucherValueDecision[] },
    monthlyFee: (childId: string, month: string): Promise<MonthlyFee> => gen.getEcecChildrenByChildIdMonthlyFees(http, { childId }, { month }),
    monthlyFees: async (month: string, unitId: string | null) =>
      (await gen.getEcecMonthlyFees(http, { month, ...(unitId ? { unitId } : {}), format: 'json' })) as MonthlyFeeList,
    attendance: async (id: string, month: string) => (await gen.getEcecChildrenByIdAttendance(http, { id }, { month })) as MonthAttendance,
    vasu: (id: string) => gen.getEcecChildrenByIdVasu(http, { id }),
    saveVasu: (id: string, body: NewVasuVersion) => gen.postEcecChildrenByIdVasu(http, { id }, body),
    application: (id: string) => gen.getEcecApplicationsById(http, { id }),
    changeStatus: (id: string, body: StatusChange) => gen.postEcecApplicationsByIdStatus(http, { id }, body),
    urgency: (id: string, body: gen.PostEcecApplicationsByIdUrgencyBody) => gen.postEcecApplicationsByIdUrgency(http, { id }, body),
    consent: (id: string, consent: 'given' | 'refused') => gen.postEcecApplicationsByIdOtherGuardianConsent(http, { id }, { consent }),
    childApplications: (id: string) => gen.getEcecChildrenByIdApplications(http, { id }),
    unitDay: (id: string, date: string, groupId: string | null) => gen.getEcecUnitsByIdAttendance(http, { id }, { date, ...(groupId ? { groupId } : {}) }),
    unitMonth: (id: string, month: string, groupId: string | null) => gen.getEcecUnitsByIdAttendanceMonth(http, { id }, { month, ...(groupId ? { groupId } : {}) }),
    saveDay: (childId: string, date: string, body: AttendanceDayBody) => gen.putEcecChildrenByIdAttendanceDaysByDate(http, { id: childId, date }, body),
    saveReservations: (childId: string, date: string, body: ReservationDayBody) => gen.putEcecChildrenByIdReservationDaysByDate(http, { id: childId, date }, body),
  };
}

/** The PDF of a fee decision: a plain GET with the session cookie. */
export const feeDecisionPdfUrl = (id: string) => downloadUrl(`/ecec/fee-decisions/${encodeURIComponent(id)}/pdf`);
export const voucherDecisionPdfUrl = (id: string) => downloadUrl(`/ecec/voucher-value-decisions/${encodeURIComponent(id)}/pdf`);
/** A month's charges as CSV or XLSX: a plain GET with the session cookie. */
export const monthlyFeesUrl = (q: { month: string; unitId: string | null; format: 'csv' | 'xlsx'; lang: 'fi' | 'sv' | 'en' }) =>
  downloadUrl('/ecec/monthly-fees', { month: q.month, ...(q.unitId ? { unitId: q.unitId } : {}), format: q.format, lang: q.lang });
export const placementDecisionPdfUrl = (id: string) => downloadUrl(`/ecec/placement-decisions/${encodeURIComponent(id)}/pdf`);

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

/**
 * One page of a long list (a municipality's month is 35 000 children): the page asked for, kept
 * within the pages there are, its rows and their 1-based positions.
 */
export function pageOf<T>(rows: T[], pageNo: number, size: number) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(0, pageNo), pages - 1);
  const slice = rows.slice(page * size, (page + 1) * size);
  return { rows: slice, page, pages, first: page * size + 1, last: page * size + slice.length };
}

export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/** yyyy-mm-dd shifted by whole days (calendar arithmetic in UTC, no time zone involved). */
export function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A clock time of the API (HH:MM) as Finnish public services write it: 8.05, 16.30. */
export function formatTime(hhmm: string | null | undefined): string {
  if (!hhmm) return '';
  return `${Number(hhmm.slice(0, 2))}.${hhmm.slice(3, 5)}`;
}

/**
 * A clock time as the API wants it (HH:MM) from what staff type: 8.15, 08:15, 815, 0815 or 8.
 * Returns null when it is not a time of day.
 */
export function parseTime(input: string): string | null {
  const s = input.trim().replace(/[.,]/, ':');
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return null;
  let h: number;
  let min: number;
  if (m[2] === undefined && m[1]!.length <= 2) {
    h = Number(m[1]);
    min = 0;
  } else {
    h = Number(m[1]);
    min = Number(m[2]);
  }
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
