// Everything the register holds about a person, for information requests (tietopyyntö), and
// the persons who are clients of a school (pupils and their guardians) for need-to-know access.
import { sql } from 'kysely';
import type { ReadTx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { PersonRecordItem, PersonUnitLinkSource } from '../../core/module.ts';
import { DS } from './datasets.ts';

const L = (fi: string, sv: string, en: string) => ({ fi, sv, en });

export async function findByPerson(db: ReadTx, personId: PersonId): Promise<PersonRecordItem[]> {
  const items: PersonRecordItem[] = [];
  const push = (i: PersonRecordItem) => items.push(i);

  for (const s of await db.selectFrom('be_staff').selectAll().where('person_id', '=', personId).execute()) {
    push({ id: s.id, datasetId: DS.contacts, title: L('Henkilökuntatieto', 'Personaluppgift', 'Staff record'), date: s.valid_from, data: { ...s }, role: 'subject' });
  }
  for (const e of await db.selectFrom('be_enrolment').selectAll().where('pupil_id', '=', personId).orderBy('start_date').execute()) {
    push({ id: e.id, datasetId: DS.attendance, title: L(`Oppilaspaikka, vuosiluokka ${e.grade}`, `Elevplats, årskurs ${e.grade}`, `Enrolment, grade ${e.grade}`), date: e.start_date, data: { ...e }, role: 'subject' });
  }
  for (const m of await db.selectFrom('be_group_member as m').innerJoin('be_group as g', 'g.id', 'm.group_id').select(['m.id', 'g.name', 'g.kind', 'g.school_year', 'm.valid_from', 'm.valid_to']).where('m.pupil_id', '=', personId).execute()) {
    push({ id: m.id, datasetId: DS.attendance, title: L(`Ryhmä ${m.name}`, `Grupp ${m.name}`, `Group ${m.name}`), date: m.valid_from, data: { ...m }, role: 'subject' });
  }
  for (const c of await db.selectFrom('be_subject_choice').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: c.id, datasetId: DS.studies, title: L(`Ainevalinta ${c.subject_code}`, `Ämnesval ${c.subject_code}`, `Subject choice ${c.subject_code}`), date: `${c.school_year}-08-01`, data: { ...c }, role: 'subject' });
  }
  for (const a of await db.selectFrom('be_assessment').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: a.id, datasetId: DS.studies, title: L(`Arviointi ${a.subject_code}`, `Bedömning ${a.subject_code}`, `Assessment ${a.subject_code}`), date: a.assessed_on, data: { ...a }, role: 'subject' });
  }
  const decisions = await db.selectFrom('be_decision').selectAll().where((eb) => eb.or([eb('pupil_id', '=', personId), eb('applicant_guardian_id', '=', personId)])).execute();
  for (const d of decisions) {
    const subject = d.pupil_id === personId;
    push({
      id: d.id,
      datasetId: DS.studies,
      title: L(`Päätös (${d.kind})`, `Beslut (${d.kind})`, `Decision (${d.kind})`),
      date: d.decided_on,
      data: { ...d },
      role: subject ? 'subject' : 'reference',
      ...(subject ? (d.applicant_guardian_id ? { otherPersonIds: [d.applicant_guardian_id as PersonId] } : {}) : { otherPersonIds: [d.pupil_id as PersonId] }),
    });
  }
  const absences = await db
    .selectFrom('be_absence as a')
    .innerJoin('be_lesson as l', 'l.id', 'a.lesson_id')
    .select(['a.id', 'a.kind', 'a.reason', 'l.lesson_date', 'l.period', 'l.subject_code'])
    .where('a.pupil_id', '=', personId)
    .orderBy('l.lesson_date')
    .execute();
  for (const a of absences) {
    push({ id: a.id, datasetId: DS.attendance, title: L('Poissaolo', 'Frånvaro', 'Absence'), date: a.lesson_date, data: { ...a }, role: 'subject' });
  }
  for (const a of await db.selectFrom('be_absence_alert').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: a.id, datasetId: DS.attendance, title: L('Poissaolohälytys', 'Frånvarolarm', 'Absence alert'), date: a.created_at.toISOString().slice(0, 10), data: { ...a }, role: 'subject' });
  }
  const support = await db.selectFrom('be_support_record').selectAll().where((eb) => eb.or([eb('pupil_id', '=', personId), sql<boolean>`${personId}::uuid = any(heard_person_ids)`])).execute();
  for (const s of support) {
    const subject = s.pupil_id === personId;
    push({
      id: s.id,
      datasetId: DS.support,
      title: L(`Tuki: ${s.kind}`, `Stöd: ${s.kind}`, `Support: ${s.kind}`),
      date: s.record_date,
      data: { ...s },
      role: subject ? 'subject' : 'reference',
      otherPersonIds: (subject ? s.heard_person_ids.filter((p) => p !== personId) : [s.pupil_id]) as PersonId[],
    });
  }
  // Welfare records belong to the sensitive dataset: the registry officer runs the request and
  // decides what may be disclosed (Oppilas- ja opiskelijahuoltolaki 20 §, JulkL 24 §).
  for (const w of await db.selectFrom('be_welfare_record').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: w.id, datasetId: DS.welfare, title: L('Oppilashuoltokertomus', 'Elevvårdsjournal', 'Pupil welfare record'), date: w.recorded_on, data: { ...w }, role: 'subject' });
  }
  for (const t of await db.selectFrom('be_school_trip').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: t.id, datasetId: DS.other, title: L('Koulumatka', 'Skolväg', 'School trip'), date: t.measured_on, data: { ...t }, role: 'subject' });
  }
  for (const t of await db.selectFrom('be_transport_decision').selectAll().where('pupil_id', '=', personId).execute()) {
    push({ id: t.id, datasetId: DS.other, title: L('Kuljetuspäätös', 'Skjutsbeslut', 'Transport decision'), date: t.decided_on, data: { ...t }, role: 'subject' });
  }
  const activity = await db.selectFrom('be_activity_enrolment').selectAll().where((eb) => eb.or([eb('pupil_id', '=', personId), eb('payer_id', '=', personId)])).execute();
  for (const e of activity) {
    const subject = e.pupil_id === personId;
    const days = await db.selectFrom('be_activity_attendance').select(['attendance_date', 'present']).where('enrolment_id', '=', e.id).orderBy('attendance_date').execute();
    push({
      id: e.id,
      datasetId: DS.other,
      title: L('Aamu- ja iltapäivätoiminta', 'Morgon- och eftermiddagsverksamhet', 'Morning and afternoon activity'),
      date: e.valid_from,
      data: { ...e, attendance: subject ? days : undefined },
      role: subject ? 'subject' : 'reference',
      otherPersonIds: (subject ? (e.payer_id ? [e.payer_id] : []) : [e.pupil_id]) as PersonId[],
    });
  }
  return items;
}

/** Pupils enrolled in a school on the date, and their guardians, are clients of the school. */
export const personUnitLinks: PersonUnitLinkSource = (db, date) =>
  db
    .selectFrom('be_enrolment as e')
    .select([sql<string>`e.pupil_id`.as('person_id'), sql<string>`e.school_id`.as('unit_id')])
    .where('e.start_date', '<=', date)
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', date)]))
    .unionAll(
      db
        .selectFrom('be_enrolment as e')
        .innerJoin('person_relationship as r', (j) => j.onRef('r.related_person_id', '=', 'e.pupil_id').on('r.kind', '=', 'guardian'))
        .select([sql<string>`r.person_id`.as('person_id'), sql<string>`e.school_id`.as('unit_id')])
        .where('e.start_date', '<=', date)
        .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', date)]))
        .where('r.valid_from', '<=', date)
        .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>=', date)])),
    );
