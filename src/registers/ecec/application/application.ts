// ECEC applications: types, statuses and the due date of Varhaiskasvatuslaki 17 §.
import { addDays, addMonths, maxDate } from '../dates.ts';

export const APPLICATION_TYPES = ['daycare', 'preschool', 'preschool_daycare', 'club', 'transfer'] as const;
export type ApplicationType = (typeof APPLICATION_TYPES)[number];
export const APPLICATION_STATUSES = ['sent', 'processing', 'placement_proposal', 'accepted', 'rejected', 'cancelled'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Allowed status changes: sent → processing → placement proposal → accepted/rejected; cancel before a decision. */
export const STATUS_FLOW: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  sent: ['processing', 'cancelled'],
  processing: ['placement_proposal', 'rejected', 'cancelled'],
  placement_proposal: ['accepted', 'rejected', 'processing', 'cancelled'],
  accepted: [],
  rejected: [],
  cancelled: [],
};

export interface DueDateInput {
  type: ApplicationType;
  sentDate: string;
  urgent: boolean;
  /** The first attachment (work or study certificate) received, if any. */
  attachmentReceivedDate: string | null;
  preferredStartDate: string;
  /**
   * Municipal setting of eVaka (`preferredStartRelativeApplicationDueDate`): the due date is
   * not before the preferred start. Espoo has it off; Tampere, Oulu and Turku on.
   */
  preferredStartRelative?: boolean;
}

/**
 * The date by which the municipality must offer a place (Varhaiskasvatuslaki 17 §), computed
 * as eVaka's ApplicationStateService.calculateDueDate does: 4 months from sending (Java
 * plusMonths, clamped to the end of a shorter month), 2 weeks from the later of sending and
 * the first attachment when urgent because of work or studies, no due date for an urgent
 * application without attachments nor for a transfer, the sent date for preschool.
 *
 * @example
 * calculateDueDate({ type: 'daycare', sentDate: '2025-10-31', urgent: false, attachmentReceivedDate: null, preferredStartDate: '2026-03-01' })
 * // '2026-02-28'
 */
export function calculateDueDate(a: DueDateInput): string | null {
  if (a.type === 'transfer') return null;
  if (a.type === 'preschool') return a.sentDate;
  if (a.urgent) {
    if (a.attachmentReceivedDate === null) return null;
    return addDays(maxDate(a.sentDate, a.attachmentReceivedDate), 14);
  }
  const fourMonths = addMonths(a.sentDate, 4);
  return a.preferredStartRelative ? maxDate(fourMonths, a.preferredStartDate) : fourMonths;
}

/** Days before the due date when an open application without a placement proposal is flagged. */
export const PLACE_GUARANTEE_WARNING_DAYS = 14;

/** The place guarantee is at risk when the due date is near or past and no place has been proposed. */
export function placeGuaranteeAtRisk(a: { status: ApplicationStatus; dueDate: string | null }, today: string): boolean {
  if (a.dueDate === null || (a.status !== 'sent' && a.status !== 'processing')) return false;
  return a.dueDate <= addDays(today, PLACE_GUARANTEE_WARNING_DAYS);
}
