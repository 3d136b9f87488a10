import type { ReadTx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { PersonRecordItem, PersonUnitLinkSource } from '../../core/module.ts';
import { clientRelationshipItems, contactOfItems, entryItem, withCorrections } from '../../core/records/client-records.ts';

const L = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/**
 * Everything the register holds about a person. A protected notifier's identity is never
 * part of the notified person's items (Julkisuuslaki 24 § 1 mom. 25 k.); the notifier gets
 * their own notification back as a reference item.
 */
export async function findSocialRecords(db: ReadTx, personId: PersonId): Promise<PersonRecordItem[]> {
  const items: PersonRecordItem[] = [];
  const clients = await db.selectFrom('social_client').selectAll().where('person_id', '=', personId).execute();
  const contacts = clients.length ? await db.selectFrom('social_contact').selectAll().where('client_id', 'in', clients.map((c) => c.id)).execute() : [];
  items.push(...clientRelationshipItems('contacts', clients, contacts, (c) => ({ serviceArea: c.service_area })));
  const asContact = await db
    .selectFrom('social_contact as x')
    .innerJoin('social_client as c', 'c.id', 'x.client_id')
    .select(['x.id', 'x.relation', 'x.phone', 'c.person_id as client_person_id', 'c.start_date'])
    .where('x.person_id', '=', personId)
    .execute();
  items.push(...contactOfItems('contacts', asContact));
  const deadlines = await db.selectFrom('social_deadline').selectAll().where('person_id', '=', personId).execute();
  for (const a of await db.selectFrom('social_application').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: a.id,
      datasetId: 'applications',
      title: L(`Hakemus ${a.received_on}`, `Ansökan ${a.received_on}`, `Application ${a.received_on}`),
      date: a.received_on,
      data: {
        kind: a.kind,
        receivedOn: a.received_on,
        status: a.status,
        unitId: a.unit_id,
        summary: a.summary,
        deadlines: deadlines.filter((d) => d.application_id === a.id).map((d) => ({ kind: d.kind, dueOn: d.due_on, metOn: d.met_on })),
      },
      role: 'subject',
    });
  }
  const notifications = await db
    .selectFrom('social_notification as n')
    .leftJoin('social_notifier as r', 'r.notification_id', 'n.id')
    .select(['n.id', 'n.kind', 'n.received_on', 'n.summary', 'n.urgent', 'n.unit_id', 'r.person_id as notifier_person_id', 'r.name as notifier_name', 'r.notifier_role', 'r.identity_protected'])
    .where('n.person_id', '=', personId)
    .execute();
  for (const n of notifications) {
    const hidden = n.identity_protected !== false;
    items.push({
      id: n.id,
      datasetId: 'notifications',
      title: L(`Ilmoitus ${n.received_on}`, `Anmälan ${n.received_on}`, `Notification ${n.received_on}`),
      date: n.received_on,
      data: {
        kind: n.kind,
        receivedOn: n.received_on,
        summary: n.summary,
        urgent: n.urgent,
        notifier: hidden ? { identityProtected: true } : { role: n.notifier_role, name: n.notifier_name, identityProtected: false },
        deadlines: deadlines.filter((d) => d.notification_id === n.id).map((d) => ({ kind: d.kind, dueOn: d.due_on, metOn: d.met_on })),
      },
      role: 'subject',
      ...(!hidden && n.notifier_person_id ? { otherPersonIds: [n.notifier_person_id as PersonId] } : {}),
    });
  }
  const made = await db
    .selectFrom('social_notifier as r')
    .innerJoin('social_notification as n', 'n.id', 'r.notification_id')
    .select(['r.id', 'r.notifier_role', 'n.kind', 'n.received_on', 'n.person_id'])
    .where('r.person_id', '=', personId)
    .execute();
  for (const m of made) {
    items.push({
      id: m.id,
      datasetId: 'notifications',
      title: L(`Tekemäsi ilmoitus ${m.received_on}`, `Anmälan du gjort ${m.received_on}`, `Notification you made ${m.received_on}`),
      date: m.received_on,
      data: { kind: m.kind, receivedOn: m.received_on, notifierRole: m.notifier_role },
      role: 'reference',
      otherPersonIds: [m.person_id as PersonId],
    });
  }
  for (const p of await db.selectFrom('social_client_plan').selectAll().where('person_id', '=', personId).orderBy('version').execute()) {
    items.push({
      id: p.id,
      datasetId: 'client_plans',
      title: L(`Asiakassuunnitelma, versio ${p.version}`, `Klientplan, version ${p.version}`, `Client plan, version ${p.version}`),
      date: p.valid_from,
      data: { version: p.version, validFrom: p.valid_from, goals: p.goals, measures: p.measures, clientParticipated: p.client_participated },
      role: 'subject',
    });
  }
  for (const d of await db.selectFrom('social_decision').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: d.id,
      datasetId: 'decisions',
      title: L(`Päätös ${d.decided_on}`, `Beslut ${d.decided_on}`, `Decision ${d.decided_on}`),
      date: d.decided_on,
      data: { kind: d.kind, decidedOn: d.decided_on, text: d.text },
      role: 'subject',
    });
  }
  const narrative = await db.selectFrom('social_narrative_entry').selectAll().where('person_id', '=', personId).orderBy('recorded_at').execute();
  for (const e of withCorrections(narrative)) {
    items.push(entryItem('narrative', e, (d) => L(`Asiakaskertomus ${d}`, `Klientberättelse ${d}`, `Client narrative ${d}`), { text: e.text, unitId: e.unit_id }, e.correctedById));
  }
  for (const s of await db.selectFrom('social_situation').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: s.id,
      datasetId: 'situation',
      title: L(`Tilannetieto ${s.recorded_on}`, `Situationsuppgift ${s.recorded_on}`, `Situation data ${s.recorded_on}`),
      date: s.recorded_on,
      data: { area: s.area, recordedOn: s.recorded_on, text: s.text },
      role: 'subject',
    });
  }
  return items;
}

/** Clients belong to the unit responsible for their matter while it is open. */
export const socialPersonUnitLinks: PersonUnitLinkSource = (db, date) =>
  db
    .selectFrom('social_client')
    .select(['social_client.person_id', 'social_client.unit_id'])
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]));
