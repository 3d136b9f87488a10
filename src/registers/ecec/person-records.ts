// What the ECEC register holds about a person (information requests) and who are clients of a unit.
import { sql } from 'kysely';
import type { ReadTx } from '../../core/db/database.ts';
import type { PersonRecordItem, PersonUnitLinkSource } from '../../core/module.ts';
import type { PersonId } from '../../core/ids.ts';
import { DATASET } from './datasets.ts';
import { getPersonFeeDecisions } from './fees/fee-decision.routes.ts';
import { getVasuVersions } from './vasu/vasu.routes.ts';

const fmt = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;
const t = (fi: string, sv: string, en: string, d: string | null) => ({ fi: `${fi}${d ? ' ' + fmt(d) : ''}`, sv: `${sv}${d ? ' ' + fmt(d) : ''}`, en: `${en}${d ? ' ' + fmt(d) : ''}` });

export async function findByPerson(db: ReadTx, personId: PersonId): Promise<PersonRecordItem[]> {
  const items: PersonRecordItem[] = [];
  const apps = await db
    .selectFrom('ecec_application')
    .selectAll()
    .where((eb) => eb.or([eb('child_id', '=', personId), eb('guardian_id', '=', personId), eb('other_guardian_id', '=', personId), eb('sibling_id', '=', personId)]))
    .execute();
  for (const a of apps) {
    const { created_at: _c, updated_at: _u, ...data } = a;
    items.push({
      id: a.id,
      datasetId: DATASET.applications,
      title: t('Varhaiskasvatushakemus', 'Ansökan om småbarnspedagogik', 'ECEC application', a.sent_date),
      date: a.sent_date,
      data,
      role: a.child_id === personId ? 'subject' : 'reference',
      otherPersonIds: [a.child_id, a.guardian_id, a.other_guardian_id, a.sibling_id].filter((x): x is string => !!x && x !== personId) as PersonId[],
    });
  }
  const placements = await db.selectFrom('ecec_placement').selectAll().where('child_id', '=', personId).execute();
  for (const p of placements) {
    const { created_at: _c, ...data } = p;
    items.push({ id: p.id, datasetId: DATASET.placementsAndFees, title: t('Sijoitus', 'Placering', 'Placement', p.start_date), date: p.start_date, data, role: 'subject' });
  }
  if (placements.length) {
    const decisions = await db.selectFrom('ecec_placement_decision').selectAll().where('placement_id', 'in', placements.map((p) => p.id)).execute();
    for (const d of decisions) {
      const { created_at: _c, ...data } = d;
      items.push({ id: d.id, datasetId: DATASET.placementsAndFees, title: t('Sijoituspäätös', 'Placeringsbeslut', 'Placement decision', d.decision_date), date: d.decision_date, data, role: 'subject' });
    }
  }
  const fees = await getPersonFeeDecisions(db, personId);
  for (const d of fees.feeDecisions) {
    const others = [d.headOfFamilyId, d.partnerId, ...d.children.map((c) => c.childId)].filter((x): x is string => !!x && x !== personId);
    items.push({
      id: d.id,
      datasetId: DATASET.placementsAndFees,
      title: t('Maksupäätös', 'Avgiftsbeslut', 'Fee decision', d.validFrom),
      date: d.decisionDate,
      data: d as unknown as Record<string, unknown>,
      role: d.headOfFamilyId === personId || d.partnerId === personId ? 'subject' : 'reference',
      otherPersonIds: others as PersonId[],
    });
  }
  for (const v of fees.voucherValueDecisions) {
    items.push({
      id: v.id,
      datasetId: DATASET.placementsAndFees,
      title: t('Palvelusetelipäätös', 'Servicesedelbeslut', 'Voucher value decision', v.validFrom),
      date: v.validFrom,
      data: v as unknown as Record<string, unknown>,
      // Addressed to the head of family and partner, about the child: the subject of each.
      role: 'subject',
      otherPersonIds: [v.headOfFamilyId, v.partnerId, v.childId].filter((x): x is string => !!x && x !== personId) as PersonId[],
    });
  }
  const incomes = await db.selectFrom('ecec_income').selectAll().where('person_id', '=', personId).execute();
  for (const i of incomes) {
    const { created_at: _c, ...data } = i;
    items.push({ id: i.id, datasetId: DATASET.placementsAndFees, title: t('Tulotieto', 'Inkomstuppgift', 'Income', i.valid_from), date: i.valid_from, data, role: 'subject' });
  }
  const months = await sql<{ month: string; kind: string; n: number }>`
    select to_char(date, 'YYYY-MM') as month, 'attendance' as kind, count(*)::int as n from ecec_attendance where child_id = ${personId} group by 1
    union all select to_char(date, 'YYYY-MM'), 'reservation', count(*)::int from ecec_reservation where child_id = ${personId} group by 1
    union all select to_char(date, 'YYYY-MM'), 'absence', count(*)::int from ecec_absence where child_id = ${personId} group by 1
    order by 1`.execute(db);
  if (months.rows.length) {
    const attendance = await db.selectFrom('ecec_attendance').select(['date', 'arrived', 'departed']).where('child_id', '=', personId).orderBy('date').execute();
    const reservations = await db.selectFrom('ecec_reservation').select(['date', 'start_time', 'end_time']).where('child_id', '=', personId).orderBy('date').execute();
    const absences = await db.selectFrom('ecec_absence').select(['date', 'type']).where('child_id', '=', personId).orderBy('date').execute();
    items.push({
      id: `attendance:${personId}`,
      datasetId: DATASET.attendance,
      title: t('Hoitotapahtumat', 'Vårdhändelser', 'Attendance records', null),
      date: null,
      data: { attendance, reservations, absences },
      role: 'subject',
    });
  }
  for (const v of await getVasuVersions(db, personId)) {
    items.push({
      id: v.id,
      datasetId: DATASET.vasu,
      title: { fi: `Varhaiskasvatussuunnitelma, versio ${v.version}`, sv: `Plan för småbarnspedagogik, version ${v.version}`, en: `ECEC plan, version ${v.version}` },
      date: null,
      data: { version: v.version, sections: v.sections, visibleToGuardians: v.visibleToGuardians, createdAt: v.createdAt },
      role: 'subject',
    });
  }
  const providers = await db.selectFrom('ecec_provider').selectAll().where('person_id', '=', personId).execute();
  for (const p of providers) {
    const { created_at: _c, ...data } = p;
    items.push({ id: p.id, datasetId: DATASET.providers, title: t('Perhepäivähoitaja', 'Familjedagvårdare', 'Family day-care provider', null), date: p.registered_on, data, role: 'subject' });
  }
  return items;
}

/** Children placed in a unit on the date, and their guardians: unit staff's need-to-know clients. */
export const personUnitLinks: PersonUnitLinkSource = (db, date) =>
  db
    .selectFrom('ecec_placement as p')
    .select([sql<string>`p.child_id`.as('person_id'), sql<string>`p.unit_id`.as('unit_id')])
    .where(sql<boolean>`p.start_date <= ${date}::date and (p.end_date is null or p.end_date >= ${date}::date)`)
    .unionAll(
      db
        .selectFrom('ecec_placement as p')
        .innerJoin('person_relationship as r', (j) => j.onRef('r.related_person_id', '=', 'p.child_id').on('r.kind', '=', 'guardian'))
        .select([sql<string>`r.person_id`.as('person_id'), sql<string>`p.unit_id`.as('unit_id')])
        .where(sql<boolean>`p.start_date <= ${date}::date and (p.end_date is null or p.end_date >= ${date}::date)`)
        .where(sql<boolean>`r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)`),
    ) as any;
