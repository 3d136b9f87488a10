import { sql } from 'kysely';
import type { ReadTx } from '../db/database.ts';
import type { PersonUnitLinkSource } from '../module.ts';
import type { ActionDefinition, Rule } from './actions.ts';
import type { Grant } from './roles.ts';

export interface Actor {
  userId: string;
  grants: Grant[];
}

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
    for (const x of extraRules) this.action(x.action).rules.push(...x.rules);
  }

  action(name: string): ActionDefinition {
    const a = this.actions.get(name);
    if (!a) throw new Error(`Unknown action ${name}`);
    return a;
  }

  /** May the actor perform an action that has no target (or on at least something)? */
  hasPermission(actor: Actor, actionName: string): boolean {
    const a = this.action(actionName);
    return a.rules.some((r) => (r.kind === 'global' ? globalHit(actor.grants, r.roles) : unitIds(actor.grants, r.roles).length > 0 || globalHit(actor.grants, r.roles)));
  }

  /** The subset of `ids` on which the actor may perform the action. */
  async allowed(db: ReadTx, actor: Actor, actionName: string, ids: string[], date: string): Promise<Set<string>> {
    const a = this.action(actionName);
    const result = new Set<string>();
    if (ids.length === 0) return result;
    for (const rule of a.rules) {
      const pending = ids.filter((id) => !result.has(id));
      if (pending.length === 0) break;
      for (const id of await this.applyRule(db, actor, rule, pending, date)) result.add(id);
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
    }
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
