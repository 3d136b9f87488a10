import type { ReadTx } from '../db/database.ts';
import type { Grant } from './roles.ts';

/**
 * A rule that allows an action. Rules are closed and declarative so that they can become SQL
 * (eVaka ActionRule): a list is filtered in the database, and a set of ids is checked in one
 * query.
 */
export type Rule =
  /** The user holds one of the roles organisation-wide. */
  | { kind: 'global'; roles: string[] }
  /** The user holds one of the roles in any unit: for actions without a target. */
  | { kind: 'anyUnit'; roles: string[] }
  /** The target person is a client (or a client's guardian) of a unit where the user holds one of the roles. */
  | { kind: 'personInUnit'; roles: string[] }
  /** The target unit is one where the user holds one of the roles. */
  | { kind: 'unit'; roles: string[] }
  /** A register-specific relationship, as a query returning the allowed subset of ids. */
  | {
      kind: 'custom';
      roles: string[];
      allowed: (db: ReadTx, args: { userId: string; unitIds: string[]; ids: string[]; date: string }) => Promise<Iterable<string>>;
    }
  /**
   * Citizen rules (kuntalainen): only a resident's session matches them, and staff rules never
   * match a resident (who holds no grants). `self`: the target is the resident; `child`: the
   * target is a child of whom the resident is guardian (huoltaja) today; `any`: any resident,
   * for actions without a target.
   */
  | { kind: 'citizen'; relation: 'self' | 'child' | 'selfOrChild' | 'any' }
  /**
   * A register object of the resident or of their child (a reservation, a vasu version): the
   * query gets the resident and their children under guardianship today.
   */
  | {
      kind: 'citizenCustom';
      allowed: (db: ReadTx, args: { personId: string; childIds: string[]; ids: string[]; date: string }) => Promise<Iterable<string>>;
    };

export type TargetKind = 'none' | 'person' | 'unit' | 'object';

export interface ActionDefinition {
  /** `Entity.VERB`, prefixed by the register id for register actions: `ecec.Placement.READ`. */
  name: string;
  target: TargetKind;
  rules: Rule[];
  /**
   * Who performs it: staff (the default) or a resident. A citizen action has only citizen rules
   * and is used only by routes under `/citizen/`; a staff action never has a citizen rule.
   */
  principal?: 'staff' | 'citizen';
}

export const globalRole = (...roles: string[]): Rule => ({ kind: 'global', roles });
export const anyUnitRole = (...roles: string[]): Rule => ({ kind: 'anyUnit', roles });
export const personInUnitRole = (...roles: string[]): Rule => ({ kind: 'personInUnit', roles });
export const unitRole = (...roles: string[]): Rule => ({ kind: 'unit', roles });

export function defineAction(name: string, target: TargetKind, ...rules: Rule[]): ActionDefinition {
  if (rules.some((r) => r.kind === 'citizen' || r.kind === 'citizenCustom')) throw new Error(`Staff action ${name} has a citizen rule: use defineCitizenAction`);
  return { name, target, rules };
}

type CitizenRule = Extract<Rule, { kind: 'citizen' | 'citizenCustom' }>;
export const citizenSelf: CitizenRule = { kind: 'citizen', relation: 'self' };
export const citizenChild: CitizenRule = { kind: 'citizen', relation: 'child' };
export const citizenSelfOrChild: CitizenRule = { kind: 'citizen', relation: 'selfOrChild' };
export const citizenAny: CitizenRule = { kind: 'citizen', relation: 'any' };

/** An action a resident may perform, explicitly: every rule is a citizen rule. */
export function defineCitizenAction(name: string, target: TargetKind, ...rules: CitizenRule[]): ActionDefinition {
  if (rules.length === 0) throw new Error(`Citizen action ${name} has no rule`);
  return { name, target, rules, principal: 'citizen' };
}

export const hasGlobal = (grants: Grant[], roles: string[]) =>
  grants.some((g) => g.unitId === null && roles.includes(g.role));
export const unitsWith = (grants: Grant[], roles: string[]) =>
  [...new Set(grants.filter((g) => g.unitId !== null && roles.includes(g.role)).map((g) => g.unitId as string))];

/** Core actions. Registers add their own through the module contract. */
export const coreActions = {
  personSearch: defineAction('Person.SEARCH', 'none', globalRole('registry_officer', 'admin'), anyUnitRole('*')),
  // Search results outside the user's own clients: registry officers, and register roles that
  // take in new clients (application handlers) through coreActionRules.
  personSearchAll: defineAction('Person.SEARCH_ALL', 'none', globalRole('registry_officer')),
  personRead: defineAction('Person.READ', 'person', globalRole('registry_officer'), personInUnitRole('*')),
  personCreate: defineAction('Person.CREATE', 'none', globalRole('registry_officer', 'admin'), anyUnitRole('*')),
  personUpdate: defineAction('Person.UPDATE', 'person', globalRole('registry_officer'), personInUnitRole('*')),
  personReadNonDisclosedAddress: defineAction('Person.READ_NON_DISCLOSED_ADDRESS', 'person', globalRole('non_disclosure_reader')),
  personReadAuditTrail: defineAction('Person.READ_AUDIT_TRAIL', 'person', globalRole('registry_officer')),
  auditVerify: defineAction('AuditLog.VERIFY', 'none', globalRole('admin', 'registry_officer')),
  userRead: defineAction('User.READ', 'none', globalRole('admin')),
  userManage: defineAction('User.MANAGE', 'none', globalRole('admin')),
  unitRead: defineAction('Unit.READ', 'none', globalRole('admin', 'registry_officer'), anyUnitRole('*')),
  unitManage: defineAction('Unit.MANAGE', 'none', globalRole('admin')),
  settingsManage: defineAction('Settings.MANAGE', 'none', globalRole('admin')),
  // Tietopyynnöt: the registry office records, searches, reviews and delivers them.
  informationRequestManage: defineAction('InformationRequest.MANAGE', 'none', globalRole('registry_officer')),
  // Kuntalainen: a resident's own session and data.
  citizenSession: defineCitizenAction('Citizen.SESSION', 'none', citizenAny),
  citizenReadSelf: defineCitizenAction('Citizen.READ_SELF', 'none', citizenAny),
  citizenReadOwnAuditTrail: defineCitizenAction('Citizen.READ_OWN_AUDIT_TRAIL', 'none', citizenAny),
} satisfies Record<string, ActionDefinition>;
