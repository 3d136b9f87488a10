// What a guardian may do in the ECEC register themselves (kuntalainen): explicit citizen
// actions, everything else denied. A child is the guardian's while a guardianship (huoltajuus)
// is in force today; a decision is the guardian's when it concerns their child or them.
import { citizenAny, citizenChild, defineCitizenAction, type Rule } from '../../../core/access/actions.ts';

type CitizenCustom = Extract<Rule, { kind: 'citizenCustom' }>;

/** Placement decisions of placements of the guardian's children. */
const placementDecisionOfMyChild: CitizenCustom = {
  kind: 'citizenCustom',
  allowed: async (db, { childIds, ids }) => {
    if (childIds.length === 0) return [];
    const rows = await db
      .selectFrom('ecec_placement_decision as d')
      .innerJoin('ecec_placement as p', 'p.id', 'd.placement_id')
      .select('d.id')
      .where('d.id', 'in', ids)
      .where('p.child_id', 'in', childIds)
      .execute();
    return rows.map((r) => r.id);
  },
};

/** Sent decisions of the table in which the resident is head of family or partner. */
const mySentDecision = (table: 'ecec_fee_decision' | 'ecec_voucher_value_decision'): CitizenCustom => ({
  kind: 'citizenCustom',
  allowed: async (db, { personId, ids }) => {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', ids)
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('head_of_family_id', '=', personId), eb('partner_id', '=', personId)]))
      .execute();
    return rows.map((r) => r.id);
  },
});
const myFeeDecision = mySentDecision('ecec_fee_decision');
const myVoucherDecision = mySentDecision('ecec_voucher_value_decision');

export const citizenActions = {
  childrenList: defineCitizenAction('ecec.Citizen.LIST_CHILDREN', 'none', citizenAny),
  childRead: defineCitizenAction('ecec.Citizen.READ_CHILD', 'person', citizenChild),
  calendarWrite: defineCitizenAction('ecec.Citizen.WRITE_CALENDAR', 'person', citizenChild),
  vasuRead: defineCitizenAction('ecec.Citizen.READ_VASU', 'person', citizenChild),
  decisionsList: defineCitizenAction('ecec.Citizen.LIST_DECISIONS', 'none', citizenAny),
  placementDecisionPrint: defineCitizenAction('ecec.Citizen.PRINT_PLACEMENT_DECISION', 'object', placementDecisionOfMyChild),
  feeDecisionPrint: defineCitizenAction('ecec.Citizen.PRINT_FEE_DECISION', 'object', myFeeDecision),
  voucherDecisionPrint: defineCitizenAction('ecec.Citizen.PRINT_VOUCHER_DECISION', 'object', myVoucherDecision),
};
