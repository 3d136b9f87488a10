import type { FastifyInstance } from 'fastify';
import type { Migration } from './db/migrate.ts';
import type { Db, ReadTx, Tx } from './db/database.ts';
import type { Localized } from './i18n.ts';
import type { ActionDefinition, Rule } from './access/actions.ts';
import type { RoleDefinition } from './access/roles.ts';
import type { RouteDefinition } from './http/route.ts';
import type { PersonId, UnitId } from './ids.ts';
import type { Clock } from './clock.ts';
import type { StatisticDefinition } from './statistics/statistics.ts';

/** Retention rule of a dataset (säilytysaika), shown in the public description. */
export interface RetentionRule {
  /** e.g. "care period + 10 years" in three languages. */
  text: Localized;
  /** The decision or law it comes from (e.g. Kansallisarkisto AL/13089/07.01.01.01.01/2018). */
  basis: string;
  /** Years after the trigger; null = permanent. */
  years: number | null;
  trigger: 'case_closed' | 'death' | 'birth' | 'created' | 'permanent' | 'relationship_ended';
}

/** A dataset (tietoaineisto) of a register, as listed in the public description. */
export interface DatasetDefinition {
  id: string;
  names: Localized;
  description: Localized;
  legalBasis: string[];
  retention: RetentionRule;
  /** Special categories or otherwise stricter data (e.g. pupil welfare records). */
  sensitive?: boolean;
  /**
   * The id of the dataset this one belongs to in the public description. A part is kept as its
   * own dataset for stricter access and retention (pupil welfare records within "pedagogical
   * support and pupil welfare records") but is described under its parent, as the
   * organisation's published description lists it.
   */
  partOf?: string;
}

/** One item a register holds about a person, for information requests (tietopyyntö). */
export interface PersonRecordItem {
  id: string;
  datasetId: string;
  /** Short title in the three languages, e.g. "Placement decision 1.8.2025". */
  title: Localized;
  /** The date the record is about or was made, YYYY-MM-DD. */
  date: string | null;
  /** The record's content as plain JSON (no other person's HETU). */
  data: Record<string, unknown>;
  /** 'subject': about the person; 'reference': the person appears in it (e.g. as a guardian). */
  role: 'subject' | 'reference';
  /** Other persons whose data the item contains (for redaction of third-party data). */
  otherPersonIds?: PersonId[];
}

export interface RegisterContext {
  clock: Clock;
}

/**
 * A write to the core person register that a register may depend on (a family for fees, an
 * address for a school district). Core reports it through `onPersonsChanged` in the same
 * transaction as the write, so a register's derived records never lag behind the persons.
 */
export interface PersonsChange {
  /**
   * `person`: basic details (names, languages, date of death…); `relationship`: a guardian,
   * parent or partner relationship; `address`: a new address.
   */
  kind: 'person' | 'relationship' | 'address';
  /** The persons whose data changed (both sides of a relationship). */
  personIds: PersonId[];
  /** The first date the change affects, YYYY-MM-DD (the relationship's or address's start). */
  from: string;
}

/** What a register contributes to need-to-know access: persons who are clients of a unit. */
export interface PersonUnitLinkSource {
  /** A query with columns person_id and unit_id of current client relationships on `date`. */
  (db: ReadTx, date: string): import('kysely').SelectQueryBuilder<any, any, { person_id: string; unit_id: string }>;
}

/**
 * The contract every register implements. Core knows registers only through this object,
 * handed to it by the registry list (src/registers/index.ts).
 */
export interface RegisterModule {
  id: string;
  names: Localized;
  purpose: Localized;
  /** Information systems the organisation uses or used for this register. */
  systems: string[];
  datasets: DatasetDefinition[];
  /** Open technical interfaces for the datasets (Tiedonhallintalaki 28 § 1 mom. 5 k.). */
  openInterfaces: boolean;
  migrations: Migration[];
  roles: RoleDefinition[];
  actions: ActionDefinition[];
  /** Rules the register adds to core actions, e.g. its application handlers may search all persons. */
  coreActionRules?: { action: string; rules: Rule[] }[];
  routes: RouteDefinition<any, any, any>[];
  /** Everything the register holds about a person. */
  findByPerson(db: ReadTx, personId: PersonId, ctx: RegisterContext): Promise<PersonRecordItem[]>;
  personUnitLinks?: PersonUnitLinkSource;
  /**
   * Called by core after it writes persons, relationships or addresses (person routes, import),
   * inside the writing transaction: the register updates what it derives from them (ECEC
   * regenerates the fee decisions of the families concerned). Throwing rolls the write back, so
   * a register should refuse only what would leave its own data inconsistent.
   *
   * @example
   * onPersonsChanged: async (tx, { kind, personIds, from }) => {
   *   if (kind !== 'person') await regenerateFamilies(tx, personIds, from);
   * }
   */
  onPersonsChanged?(tx: Tx, change: PersonsChange, ctx: RegisterContext): Promise<void>;
  statistics: StatisticDefinition[];
  /** Demo data for the demo municipality, run once after the core demo persons exist. */
  seedDemo?(tx: Tx, ctx: RegisterContext & { personIds: PersonId[]; unitIds: UnitId[] }): Promise<void>;
  /**
   * Benchmarks run by `npm run bench`: each seeds what it needs at the given scale and reports
   * figures, preferably as ratios against raw SQL measured in the same run.
   */
  benchmarks?: BenchmarkDefinition[];
  /** Extra Fastify setup (plugins) the register needs, rarely used. */
  setup?(app: FastifyInstance, db: Db): Promise<void>;
}

export function defineRegister(m: RegisterModule): RegisterModule {
  for (const a of m.actions) {
    if (!a.name.startsWith(m.id + '.')) throw new Error(`Action ${a.name} of register ${m.id} must start with "${m.id}."`);
  }
  for (const r of m.roles) {
    if (!r.id.startsWith(m.id + '.')) throw new Error(`Role ${r.id} of register ${m.id} must start with "${m.id}."`);
  }
  return m;
}

export interface BenchmarkResult {
  /** What was measured, e.g. "fee decisions for 35 000 children". */
  metric: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "≤ 10 s". */
  target?: string;
  ok?: boolean;
}

export interface BenchmarkDefinition {
  id: string;
  names: Localized;
  /** `scale` 1 = the production size; smaller in quick runs. `log` shows progress. */
  run(db: Db, ctx: { scale: number; clock: Clock; log: (line: string) => void }): Promise<BenchmarkResult[]>;
}
