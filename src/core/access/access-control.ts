import { sql } from 'kysely';
import type { ReadTx } from '../db/database.ts';
import type { PersonUnitLinkSource } from '../module.ts';
import type { ActionDefinition, Rule } from './actions.ts';
import type { Grant } from './roles.ts';

export interface Actor {
  userId: string;
  grants: Grant[];
  /** Set only for a resident's session (kuntalainen): the person acting. Residents hold no grants. */
  citizenPersonId?: string;
}

/**
 * Children of whom the person is guardian (huoltaja) on the date, by the person register: the
 * relationship is in force and the child is under 18.
 */
export async function guardedChildren(db: ReadTx, personId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as c', 'c.id', 'r.related_person_id')
    .select('r.related_person_id as id')
    .distinct()
    .where('r.kind', '=', 'guardian')
    .where('r.person_id', '=', personId)
    .where('r.valid_from', '<=', date)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>=', date)]))
    .where(sql<boolean>`c.birth_date > ${date}::date - interval '18 years'`)
    .where((eb) => eb.or([eb('c.date_of_death', 'is', null), eb('c.date_of_death', '>', date)]))
    .execute();
  return rows.map((r) => r.id);
}

const isCitizenRule = (r: Rule) => r.kind === 'citizen' || r.kind === 'citizenCustom';

const roleMatches = (rule: string[], role: string) => rule.includes('*') || rule.includes(role);
const globalHit = (grants: Grant[], roles: string[]) => grants.some((g) => g.unitId === null && roleMatches(roles, g.role));
const unitIds = (grants: Grant[], roles: string[]) => [
  ...new Set(grants.filter((g) => g.unitId !== null && roleMatches(roles, g.role)).map((g) => g.unitId as string)),
];

/**
 * Decides actions. Denied by default: an action with no matching rule allows nothing, an
 * unknown action throws. Checks of many ids are one query per rule, never one per id.
 */
export class AccessControl {
  readonly actions = new Map<string, ActionDefinition>();
  constructor(
    actions: ActionDefinition[],
    private readonly linkSources: PersonUnitLinkSource[],
    extraRules: { action: string; rules: Rule[] }[] = [],
  ) {
    for (const a of actions) {
      if (this.actions.has(a.name)) throw new Error(`Action ${a.name} defined twice`);
      this.actions.set(a.name, { ...a, rules: [...a.rules] });
    }
    for (const x of extraRules) {
      const a = this.action(x.action);
      if (x.rules.some((r) => isCitizenRule(r) !== (a.principal === 'citizen'))) throw new Error(`Action ${a.name}: citizen and staff rules do not mix`);
      a.rules.push(...x.rules);
    }
  }

  action(name: string): ActionDefinition {
    const a = this.actions.get(name);
    if (!a) throw new Error(`Unknown action ${name}`);
    return a;
  }

  /** May the actor perform an action that has no target (or on at least something)? */
  hasPermission(actor: Actor, actionName: string): boolean {
    const a = this.action(actionName);
    // A resident matches only citizen rules, staff only staff rules.
    if (actor.citizenPersonId) return a.rules.some(isCitizenRule);
    return a.rules.some((r) => (isCitizenRule(r) ? false : r.kind === 'global' ? globalHit(actor.grants, r.roles) : unitIds(actor.grants, r.roles).length > 0 || globalHit(actor.grants, r.roles)));
  }

  /** The subset of `ids` on which the actor may perform the action. */
  async allowed(db: ReadTx, actor: Actor, actionName: string, ids: string[], date: string): Promise<Set<string>> {
    const a = this.action(actionName);
    const result = new Set<string>();
    if (ids.length === 0) return result;
    if (actor.citizenPersonId) return this.allowedForCitizen(db, actor.citizenPersonId, a, ids, date);
    for (const rule of a.rules) {
      const pending = ids.filter((id) => !result.has(id));
      if (pending.length === 0) break;
      for (const id of await this.applyRule(db, actor, rule, pending, date)) result.add(id);
    }
    return result;
  }

  private async allowedForCitizen(db: ReadTx, personId: string, a: ActionDefinition, ids: string[], date: string): Promise<Set<string>> {
    const result = new Set<string>();
    let children: string[] | null = null;
    const kids = async () => (children ??= await guardedChildren(db, personId, date));
    for (const rule of a.rules) {
      const pending = ids.filter((id) => !result.has(id));
      if (pending.length === 0) break;
      if (rule.kind === 'citizen') {
        const mine = new Set<string>();
        if (rule.relation === 'any') pending.forEach((id) => mine.add(id));
        if (rule.relation === 'self' || rule.relation === 'selfOrChild') mine.add(personId);
        if (rule.relation === 'child' || rule.relation === 'selfOrChild') (await kids()).forEach((id) => mine.add(id));
        for (const id of pending) if (mine.has(id)) result.add(id);
      } else if (rule.kind === 'citizenCustom') {
        for (const id of await rule.allowed(db, { personId, childIds: await kids(), ids: pending, date })) result.add(id);
      }
    }
    return result;
  }

  private async applyRule(db: ReadTx, actor: Actor, rule: Rule, ids: string[], date: string): Promise<Iterable<string>> {
    switch (rule.kind) {
      case 'global':
        return globalHit(actor.grants, rule.roles) ? ids : [];
      case 'anyUnit':
        return unitIds(actor.grants, rule.roles).length > 0 ? ids : [];
      case 'unit': {
        const units = new Set(unitIds(actor.grants, rule.roles));
        return ids.filter((id) => units.has(id));
      }
      case 'personInUnit': {
        const units = unitIds(actor.grants, rule.roles);
        if (units.length === 0 || this.linkSources.length === 0) return [];
        return (await this.personsInUnits(db, ids, units, date)).map((r) => r.person_id);
      }
      case 'custom': {
        const units = unitIds(actor.grants, rule.roles);
        if (units.length === 0 && !globalHit(actor.grants, rule.roles)) return [];
        return rule.allowed(db, { userId: actor.userId, unitIds: units, ids, date });
      }
      case 'citizen':
      case 'citizenCustom':
        return [];
    }
  }

  /** Persons who are clients of some unit on the date (every register's link source), as a subquery; null without sources. */
  clientsOn(db: ReadTx, date: string): any {
    const [first, ...rest] = this.linkSources.map((s) => s(db, date));
    if (!first) return null;
    let union: any = first;
    for (const q of rest) union = union.unionAll(q);
    return db.selectFrom(union.as('l')).select(sql.ref('l.person_id').as('person_id'));
  }

  /** Client relationships of the persons to the units, from every register's link source. */
  async personsInUnits(db: ReadTx, personIds: string[], units: string[], date: string) {
    const [first, ...rest] = this.linkSources.map((s) => s(db, date));
    if (!first) return [];
    let union: any = first;
    for (const q of rest) union = union.unionAll(q);
    const rows = await db
      .selectFrom(union.as('l'))
      .select(['l.person_id', 'l.unit_id'])
      .where(sql.ref('l.person_id'), 'in', personIds)
      .where(sql.ref('l.unit_id'), 'in', units)
      .execute();
    return rows as { person_id: string; unit_id: string }[];
  }
}
