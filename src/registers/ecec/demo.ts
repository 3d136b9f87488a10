// Demo data and benchmarks of the ECEC register.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../core/db/database.ts';
import type { BenchmarkDefinition, RegisterModule } from '../../core/module.ts';
import { addDays, ageOn, isoWeekday, monthRange } from './dates.ts';
import { insertUnit } from './units/unit.queries.ts';
import { insertApplication } from './application/application.queries.ts';
import { generateAllFeeDecisions } from './fees/fee-decision-bulk.ts';
import { FeeCalculationError } from './fees/fee-error.ts';
import { occupancyRows } from './statistics/ecec-statistics.ts';
import { getMonthlyFeeRule, getMonthlyFees } from './fees/monthly-fee.queries.ts';

/**
 * A deterministic number 0..n-1 from an id, so that demo data does not depend on Math.random.
 * `part` takes another 32 bits of the id, for a choice independent of the first.
 */
const pick = (id: string, n: number, part = 0) => {
  const hex = id.replace(/-/g, '');
  return parseInt(hex.slice(hex.length - 8 * (part + 1), hex.length - 8 * part), 16) % n;
};

export const seedDemo: NonNullable<RegisterModule['seedDemo']> = async (tx, { personIds, clock }) => {
  const today = clock.today();
  const monthStart = `${today.slice(0, 7)}-01`;
  const persons = personIds.length
    ? await tx.selectFrom('person').select(['id', 'birth_date']).where('id', 'in', personIds).orderBy('id').execute()
    : [];
  const children = persons.filter((p) => ageOn(p.birth_date, today) <= 6);
  if (children.length === 0) return;
  const provider = await tx.insertInto('ecec_provider').values({ kind: 'private', name: 'Satumetsä Oy', business_id: '1234567-1', voucher_eligible: true, registered_on: '2019-08-01', last_supervision_date: addDays(today, -200) }).returning('id').executeTakeFirstOrThrow();
  const units = [
    await insertUnit(tx, { name: 'Päiväkoti Auringonkukka', providerType: 'municipal', capacity: 60, streetAddress: 'Kukkatie 1', postalCode: '00100', postOffice: 'VARANTOLA' }),
    await insertUnit(tx, { name: 'Daghemmet Solstrålen', providerType: 'municipal', capacity: 40, language: 'sv' }),
    await insertUnit(tx, { name: 'Päiväkoti Satumetsä', providerType: 'private_voucher', providerId: provider.id, capacity: 30 }),
  ];
  const groups: string[][] = [];
  for (const u of units) {
    const ids = [];
    for (const name of ['Nuput', 'Kukat']) ids.push((await tx.insertInto('ecec_group').values({ unit_id: u, name, start_date: '2020-08-01' }).returning('id').executeTakeFirstOrThrow()).id);
    groups.push(ids);
    await tx.insertInto('ecec_staff').values({ unit_id: u, group_id: ids[0]!, first_name: 'Anna', last_name: 'Opettaja', title: 'Varhaiskasvatuksen opettaja', phone: '0401234567', start_date: '2020-08-01' }).execute();
  }
  const guardiansOf = async (c: string) =>
    (await tx.selectFrom('person_relationship').select('person_id').where('kind', '=', 'guardian').where('related_person_id', '=', c).execute()).map((r) => r.person_id);
  const adults = new Set<string>();
  for (const c of children) {
    const guardians = await guardiansOf(c.id);
    if (guardians.length === 0) continue;
    guardians.forEach((g) => adults.add(g));
    const u = pick(c.id, units.length);
    if (ageOn(c.birth_date, today) < 1) {
      // The youngest apply for a place (not before they were born, when guardianship begins).
      await insertApplication(tx, { childId: c.id, guardianId: guardians[0]!, type: 'daycare', sentDate: [addDays(today, -30 - pick(c.id, 60)), c.birth_date].sort()[1]!, preferredStartDate: addDays(today, 90), hoursPerMonth: 140, preferredUnitIds: [units[u]!, units[(u + 1) % units.length]!] });
      continue;
    }
    // Independent of the unit (also picked from the id), so that every unit has every service need.
    const hours = [80, 120, 160][pick(c.id, 3, 1)]!;
    const start = c.birth_date > addDays(monthStart, -365) ? monthStart : addDays(monthStart, -365);
    await tx
      .insertInto('ecec_placement')
      .values({ child_id: c.id, unit_id: units[u]!, group_id: groups[u]![ageOn(c.birth_date, today) < 3 ? 0 : 1]!, type: hours <= 86 ? 'daycare_part_day' : 'daycare', start_date: start, hours_per_month: hours })
      .execute();
  }
  for (const a of adults) {
    await tx.insertInto('ecec_income').values({ person_id: a, valid_from: addDays(monthStart, -365), gross_income: 1500 + pick(a, 50) * 100 }).execute();
  }
  try {
    await generateAllFeeDecisions(tx, monthStart, today);
  } catch (e) {
    if (!(e instanceof FeeCalculationError) || e.code !== 'no_fee_parameters') throw e;
    // Today's official figures are not yet entered (fees.json lacks the 2026-08 income limits):
    // the demo shows decisions of the last period whose figures are complete, never invented ones.
    const last = await tx
      .selectFrom('ecec_fee_parameters')
      .select(['effective_from', 'effective_to'])
      .where('income_limit_2', 'is not', null)
      .orderBy('effective_from', 'desc')
      .executeTakeFirst();
    if (last?.effective_to) await generateAllFeeDecisions(tx, `${last.effective_to.slice(0, 7)}-01`, today);
  }
  // An ECEC plan (vasu) made visible to guardians for every placed child.
  const planned = await tx.selectFrom('ecec_placement').select('child_id').distinct().where('unit_id', 'in', units).execute();
  if (planned.length) {
    await tx
      .insertInto('ecec_vasu_version')
      .values(
        planned.map((p) => ({
          child_id: p.child_id,
          version: 1,
          visible_to_guardians: true,
          sections: JSON.stringify([
            { id: 'strengths', title: 'Lapsen vahvuudet ja kiinnostuksen kohteet', content: 'Utelias ja leikkisä, viihtyy ulkona ja rakentelee mielellään.' },
            { id: 'goals', title: 'Tavoitteet', content: 'Harjoitellaan vuorottelua ja omien tunteiden sanoittamista leikissä.' },
            { id: 'support', title: 'Tuen tarve', content: '' },
          ]),
        })),
      )
      .execute();
  }
  // Attendance of the last ten days.
  const placed = await tx.selectFrom('ecec_placement').select(['child_id', 'unit_id']).where('unit_id', 'in', units).execute();
  for (let d = addDays(today, -10); d < today; d = addDays(d, 1)) {
    if (isoWeekday(d) > 5) continue;
    for (const p of placed) {
      if (pick(p.child_id + d, 10) === 0) {
        await tx.insertInto('ecec_absence').values({ child_id: p.child_id, date: d, type: 'sickness' }).execute();
        continue;
      }
      await tx.insertInto('ecec_reservation').values({ child_id: p.child_id, date: d, start_time: '08:00', end_time: '16:00' }).execute();
      await tx.insertInto('ecec_attendance').values({ child_id: p.child_id, unit_id: p.unit_id, date: d, arrived: '08:05', departed: '15:45' }).execute();
    }
  }
};

/**
 * Families of two partners living together with one or two children placed in units of 100
 * children (every tenth unit a private voucher unit), with incomes. Ids are md5 hashes of the
 * row's key, so that every table is filled by one INSERT … SELECT without look-up joins.
 */
async function seedBenchmarkPopulation(db: Db, children: number, date: string, log: (s: string) => void) {
  const families = Math.ceil(children / 1.5);
  const tag = `bench${randomUUID().slice(0, 8)}`;
  const units = Math.max(1, Math.ceil(children / 100));
  log(`seeding ${children} children in ${families} families and ${units} units`);
  const id = (kind: string, ...parts: string[]) => sql.raw(`md5('${tag}:${kind}:' || ${parts.join(" || ':' || ")})::uuid`);
  // Children: one in every family, a second one in every other family.
  const kids = sql`(select g, k from generate_series(1, ${families}) g, generate_series(1, 2) k where k = 1 or g % 2 = 0) kids`;
  await db.transaction().execute(async (tx: Tx) => {
    const provider = await tx.insertInto('ecec_provider').values({ kind: 'private', name: `${tag} Oy`, voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    await sql`insert into organisation_unit (id, name, kind, register_id) select ${id('u', 'g')}, ${tag} || '-u' || g, 'ecec_unit', 'ecec' from generate_series(1, ${units}) g`.execute(tx);
    await sql`insert into ecec_unit (unit_id, provider_type, provider_id, capacity)
      select ${id('u', 'g')}, case when g % 10 = 0 then 'private_voucher' else 'municipal' end, case when g % 10 = 0 then ${provider.id}::uuid end, 150
      from generate_series(1, ${units}) g`.execute(tx);
    await sql`insert into person (id, first_names, last_name, birth_date, external_key)
      select ${id('a', 'g', 'k')}, 'Aikuinen', 'Vertailu', date '1985-01-01' + (g % 3000), ${tag} || '-a' || g || '-' || k
      from generate_series(1, ${families}) g, generate_series(1, 2) k`.execute(tx);
    await sql`insert into person (id, first_names, last_name, birth_date, external_key)
      select ${id('c', 'g', 'k')}, 'Lapsi', 'Vertailu', ${date}::date - 400 - (g * 7 + k * 500) % 1800, ${tag} || '-c' || g || '-' || k from ${kids}`.execute(tx);
    await sql`insert into person_address (person_id, street_address, postal_code, valid_from)
      select ${id('a', 'g', 'k')}, 'Vertailutie ' || g, '00100', date '2010-01-01' from generate_series(1, ${families}) g, generate_series(1, 2) k
      union all select ${id('c', 'g', 'k')}, 'Vertailutie ' || g, '00100', ${date}::date - 2200 from ${kids}`.execute(tx);
    await sql`insert into person_relationship (kind, person_id, related_person_id, valid_from)
      select 'partner', ${id('a', 'g', "'1'")}, ${id('a', 'g', "'2'")}, date '2010-01-01' from generate_series(1, ${families}) g`.execute(tx);
    await sql`insert into person_relationship (kind, person_id, related_person_id, valid_from)
      select 'guardian', ${id('a', 'g', 'j')}, ${id('c', 'g', 'k')}, ${date}::date - 2200 from ${kids}, generate_series(1, 2) j`.execute(tx);
    await sql`insert into ecec_placement (child_id, unit_id, type, start_date, hours_per_month)
      select ${id('c', 'g', 'k')}, ${id('u', `(1 + (g * 7 + k) % ${units})`)}, 'daycare', ${date}::date - 30, (array[80, 120, 160])[1 + (g + k) % 3] from ${kids}`.execute(tx);
    await sql`insert into ecec_income (person_id, valid_from, gross_income)
      select ${id('a', 'g', 'k')}, date '2020-01-01', 1000 + abs(hashtext(${tag} || g || ':' || k)) % 6000 from generate_series(1, ${families}) g, generate_series(1, 2) k`.execute(tx);
  });
  await sql`analyze`.execute(db);
  return tag;
}

/** The month to compute fees for: this month, or the last one whose official figures are complete. */
async function lastCompleteFeeMonth(db: Db, month: string): Promise<string> {
  const row = await db
    .selectFrom('ecec_fee_parameters')
    .select(['effective_from', 'effective_to', 'income_limit_2'])
    .where('effective_from', '<=', month)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  if (!row || row.income_limit_2 !== null) return month;
  const prev = await db
    .selectFrom('ecec_fee_parameters')
    .select('effective_to')
    .where('income_limit_2', 'is not', null)
    .where('effective_from', '<', row.effective_from)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  return prev?.effective_to ? `${prev.effective_to.slice(0, 7)}-01` : month;
}

/**
 * Wall time in seconds, and this process's CPU time: on the embedded database that is all the
 * work, and unlike the wall time it does not grow when other programs load the machine.
 */
const time = async <T>(f: () => Promise<T>): Promise<[T, number, number]> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await f();
  const c = process.cpuUsage(c0);
  return [r, (performance.now() - t0) / 1000, (c.user + c.system) / 1e6];
};

export const benchmarks: BenchmarkDefinition[] = [
  {
    id: 'ecec-fee-decisions',
    names: { fi: 'Maksupäätösten muodostus', sv: 'Generering av avgiftsbeslut', en: 'Fee decision generation' },
    run: async (db, { scale, clock, log }) => {
      const n = Math.max(10, Math.round(35_000 * scale));
      const date = await lastCompleteFeeMonth(db, `${clock.today().slice(0, 7)}-01`);
      await seedBenchmarkPopulation(db, n, date, log);
      const [r, secs, cpu] = await time(() => db.transaction().execute((tx) => generateAllFeeDecisions(tx, date, clock.today(), { log })));
      // Raw SQL reading the same rows and computing the base fee, without writing decisions.
      const [, rawSecs] = await time(() =>
        sql`select p.child_id, least(fp.max_fee, round(greatest(0, i.gross_income - fp.income_limit_2) * fp.fee_percent / 100)) as fee
            from ecec_placement p join person_relationship r on r.related_person_id = p.child_id and r.kind = 'guardian'
            join ecec_income i on i.person_id = r.person_id and i.valid_from <= ${date}::date and (i.valid_to is null or i.valid_to >= ${date}::date)
            join ecec_fee_parameters fp on fp.effective_from <= ${date}::date and (fp.effective_to is null or fp.effective_to >= ${date}::date)
            where p.start_date <= ${date}::date and (p.end_date is null or p.end_date >= ${date}::date)`.execute(db),
      );
      log(`${r.decisions} fee and ${r.voucherDecisions} voucher value decisions for ${r.children} children in ${secs.toFixed(2)} s, this process's CPU ${cpu.toFixed(2)} s (raw SQL read ${rawSecs.toFixed(2)} s)`);
      const target = 10 * Math.max(scale, 0.01);
      return [
        { metric: `fee decisions for ${r.children} children`, value: Math.round(secs * 100) / 100, unit: 's', target: `≤ ${target.toFixed(1)} s (10 s at 35 000)`, ok: secs <= target },
        { metric: 'fee decision generation / raw SQL read', value: Math.round((secs / Math.max(rawSecs, 0.001)) * 10) / 10, unit: '×' },
      ];
    },
  },
  {
    id: 'ecec-occupancy',
    names: { fi: 'Täyttöasteraportti kuukaudelle', sv: 'Beläggningsrapport för en månad', en: 'Occupancy report for a month' },
    run: async (db, { scale, clock, log }) => {
      const { from, to } = monthRange(clock.today().slice(0, 7));
      // Run alone, it seeds its own children; after the fee benchmark it uses that one's.
      const n = Math.max(10, Math.round(35_000 * scale));
      const placed = await sql<{ n: number }>`select count(*)::int as n from ecec_placement where start_date <= ${to}::date and (end_date is null or end_date >= ${from}::date)`.execute(db);
      if (placed.rows[0]!.n < n * 0.9) await seedBenchmarkPopulation(db, n, addDays(from, -30), log);
      // Realised attendance on nine weekdays out of ten, for the utilisation half of the report.
      const [att, attSecs] = await time(() =>
        sql`insert into ecec_attendance (child_id, unit_id, date, arrived, departed)
          select p.child_id, p.unit_id, d::date, '08:00', '16:00'
          from generate_series(${from}::date, ${to}::date, interval '1 day') d
          join ecec_placement p on p.start_date <= d and (p.end_date is null or p.end_date >= d) and p.type <> 'club'
          where extract(isodow from d) < 6 and abs(hashtext(p.child_id::text || d::date)) % 10 <> 0
          on conflict do nothing`.execute(db),
      );
      log(`${att.numAffectedRows ?? 0} attendance records seeded in ${attSecs.toFixed(1)} s`);
      await sql`analyze ecec_attendance`.execute(db);
      const [rows, secs, cpu] = await time(() => occupancyRows(db, { from, to }));
      const [, rawSecs] = await time(() =>
        sql`select p.unit_id, d::date, count(*) from generate_series(${from}::date, ${to}::date, interval '1 day') d
            join ecec_placement p on p.start_date <= d and (p.end_date is null or p.end_date >= d) group by 1, 2`.execute(db),
      );
      log(`${rows.length} unit-days in ${secs.toFixed(2)} s, this process's CPU ${cpu.toFixed(2)} s (raw count ${rawSecs.toFixed(2)} s)`);
      return [
        { metric: `occupancy report, ${rows.length} unit-days`, value: Math.round(secs * 100) / 100, unit: 's', target: '≤ 2 s', ok: secs <= 2 },
        { metric: 'occupancy report / raw SQL count', value: Math.round((secs / Math.max(rawSecs, 0.001)) * 10) / 10, unit: '×' },
      ];
    },
  },
  {
    id: 'ecec-monthly-fees',
    names: { fi: 'Kuukausimaksut koko kunnalle', sv: 'Månadsavgifter för hela kommunen', en: "A month's charges for the whole municipality" },
    run: async (db, { scale, clock, log }) => {
      const n = Math.max(10, Math.round(35_000 * scale));
      const first = await lastCompleteFeeMonth(db, `${clock.today().slice(0, 7)}-01`);
      const month = first.slice(0, 7);
      const { from, to } = monthRange(month);
      // Run alone, it seeds its own children and decisions; after the fee benchmark it uses those.
      const decided = await sql<{ n: number }>`select count(distinct c.child_id)::int as n from ecec_fee_decision_child c join ecec_fee_decision d on d.id = c.fee_decision_id
        where d.status = 'sent' and d.valid_from <= ${to}::date and (d.valid_to is null or d.valid_to >= ${from}::date)`.execute(db);
      if (decided.rows[0]!.n < n * 0.9) {
        await seedBenchmarkPopulation(db, n, first, log);
        await db.transaction().execute((tx) => generateAllFeeDecisions(tx, first, clock.today(), { log }));
      }
      // Absences of one child in four: sick on every other operating day, some for the whole month.
      const [abs, absSecs] = await time(() =>
        sql`insert into ecec_absence (child_id, date, type)
          select p.child_id, d::date, case when abs(hashtext(p.child_id::text)) % 8 = 0 or extract(day from d)::int % 2 = 0 then 'sickness' else 'other' end
          from generate_series(${from}::date, ${to}::date, interval '1 day') d
          join ecec_placement p on p.start_date <= d and (p.end_date is null or p.end_date >= d)
          where extract(isodow from d) < 6 and abs(hashtext(p.child_id::text)) % 4 = 0
          on conflict do nothing`.execute(db),
      );
      log(`${abs.numAffectedRows ?? 0} absences seeded in ${absSecs.toFixed(1)} s`);
      await sql`analyze ecec_absence`.execute(db);
      const rule = await getMonthlyFeeRule(db, month);
      if (!rule) throw new Error(`no monthly fee rule for ${month}`);
      const [rows, secs, cpu] = await time(() => getMonthlyFees(db, month, rule, {}));
      const reduced = rows.filter((r) => r.fee.chargeCents < r.fee.grossCents).length;
      log(`${rows.length} children's charges for ${month} in ${secs.toFixed(2)} s, this process's CPU ${cpu.toFixed(2)} s; ${reduced} reduced by absences`);
      return [{ metric: `monthly charges of ${rows.length} children`, value: Math.round(secs * 100) / 100, unit: 's', target: '≤ 5 s at 35 000', ok: secs <= 5 * Math.max(scale, 0.01) || secs <= 1 }];
    },
  },
];
