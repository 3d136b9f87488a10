import type { ReadTx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { PersonRecordItem, PersonUnitLinkSource } from '../../core/module.ts';
import { clientRelationshipItems, contactOfItems, entryItem, withCorrections } from '../../core/records/client-records.ts';

const L = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** Everything the elderly services hold about a person, as client or as a contact person. */
export async function findElderlyRecords(db: ReadTx, personId: PersonId): Promise<PersonRecordItem[]> {
  const items: PersonRecordItem[] = [];
  const clients = await db.selectFrom('elderly_client').selectAll().where('person_id', '=', personId).execute();
  const contacts = clients.length
    ? await db.selectFrom('elderly_contact_person').selectAll().where('client_id', 'in', clients.map((c) => c.id)).execute()
    : [];
  items.push(...clientRelationshipItems('contacts', clients, contacts));
  // The person as somebody's contact person: only the fact and their own details.
  const asContact = await db
    .selectFrom('elderly_contact_person as x')
    .innerJoin('elderly_client as c', 'c.id', 'x.client_id')
    .select(['x.id', 'x.relation', 'x.phone', 'c.person_id as client_person_id', 'c.start_date'])
    .where('x.person_id', '=', personId)
    .execute();
  items.push(...contactOfItems('contacts', asContact));
  for (const a of await db.selectFrom('elderly_application').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: a.id,
      datasetId: 'applications',
      title: L(`Hakemus ${a.received_on}`, `Ansökan ${a.received_on}`, `Application ${a.received_on}`),
      date: a.received_on,
      data: {
        kind: a.kind,
        receivedOn: a.received_on,
        status: a.status,
        assessmentStartDue: a.assessment_start_due,
        assessmentStartedOn: a.assessment_started_on,
        assessmentCompletedOn: a.assessment_completed_on,
        processingDue: a.processing_due,
      },
      role: 'subject',
    });
  }
  for (const p of await db.selectFrom('elderly_service_plan').selectAll().where('person_id', '=', personId).orderBy('version').execute()) {
    items.push({
      id: p.id,
      datasetId: 'care_plans',
      title: L(`Hoito- ja palvelusuunnitelma, versio ${p.version}`, `Vård- och serviceplan, version ${p.version}`, `Care and service plan, version ${p.version}`),
      date: p.valid_from,
      data: { version: p.version, validFrom: p.valid_from, goals: p.goals, services: p.services, clientParticipated: p.client_participated },
      role: 'subject',
    });
  }
  const records = await db.selectFrom('elderly_care_record').selectAll().where('person_id', '=', personId).orderBy('recorded_at').execute();
  for (const r of withCorrections(records)) {
    items.push(
      entryItem('care_records', r, (d) => L(`Hoitokirjaus ${d}`, `Vårdanteckning ${d}`, `Care record ${d}`), { kind: r.kind, text: r.text, unitId: r.unit_id }, r.correctedById),
    );
  }
  for (const d of await db.selectFrom('elderly_service_decision').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: d.id,
      datasetId: 'decisions',
      title: L(`Palvelupäätös ${d.decided_on}`, `Servicebeslut ${d.decided_on}`, `Service decision ${d.decided_on}`),
      date: d.decided_on,
      data: {
        serviceType: d.service_type,
        outcome: d.outcome,
        decidedOn: d.decided_on,
        arrangeBy: d.arrange_by,
        startsOn: d.starts_on,
        hoursPerMonth: d.hours_per_month,
        reasoning: d.reasoning,
        providerId: d.provider_id,
      },
      role: 'subject',
    });
  }
  for (const f of await db.selectFrom('elderly_fee_decision').selectAll().where('person_id', '=', personId).execute()) {
    items.push({
      id: f.id,
      datasetId: 'decisions',
      title: L(`Maksupäätös ${f.valid_from}`, `Avgiftsbeslut ${f.valid_from}`, `Fee decision ${f.valid_from}`),
      date: f.valid_from,
      data: {
        validFrom: f.valid_from,
        validTo: f.valid_to,
        grossIncome: f.gross_income,
        householdSize: f.household_size,
        serviceHours: f.service_hours,
        incomeLimit: f.income_limit,
        percent: f.percent,
        monthlyFee: f.monthly_fee,
        parametersUnverified: f.parameters_unverified,
      },
      role: 'subject',
    });
  }
  for (const i of await db.selectFrom('elderly_invoice').selectAll().where('person_id', '=', personId).orderBy('month').execute()) {
    const month = i.month.slice(0, 7);
    items.push({
      id: i.id,
      datasetId: 'invoices',
      title: L(`Lasku ${month}`, `Faktura ${month}`, `Invoice ${month}`),
      date: i.invoice_date,
      data: { month, days: i.days, amount: Number(i.amount), invoiceDate: i.invoice_date, feeDecisionId: i.fee_decision_id },
      role: 'subject',
    });
  }
  return items;
}

/** Clients belong to their care unit while the client relationship lasts. */
export const elderlyPersonUnitLinks: PersonUnitLinkSource = (db, date) =>
  db
    .selectFrom('elderly_client')
    .select(['elderly_client.person_id', 'elderly_client.unit_id'])
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]));
