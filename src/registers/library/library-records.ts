import type { ReadTx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { PersonRecordItem, PersonUnitLinkSource } from '../../core/module.ts';

/** Everything the library holds about a person: patron card, blocks, loans, fees, door events. */
export async function findLibraryRecords(db: ReadTx, personId: PersonId): Promise<PersonRecordItem[]> {
  const items: PersonRecordItem[] = [];
  const patrons = await db.selectFrom('library_patron').selectAll().where('person_id', '=', personId).execute();
  for (const p of patrons) {
    items.push({
      id: p.id,
      datasetId: 'patrons',
      title: { fi: `Kirjastokortti ${p.card_number}`, sv: `Bibliotekskort ${p.card_number}`, en: `Library card ${p.card_number}` },
      date: p.registered_on,
      // The PIN hash is a credential, not information about the person: left out.
      data: {
        cardNumber: p.card_number,
        homeUnitId: p.home_unit_id,
        registeredOn: p.registered_on,
        closedOn: p.closed_on,
        selfServiceFrom: p.self_service_from,
        guardianConsentOn: p.guardian_consent_on,
      },
      role: 'subject',
      ...(p.guardian_consent_person_id ? { otherPersonIds: [p.guardian_consent_person_id as PersonId] } : {}),
    });
  }
  // The person as the consenting guardian of a minor's card.
  const consents = await db.selectFrom('library_patron').select(['id', 'person_id', 'guardian_consent_on']).where('guardian_consent_person_id', '=', personId).execute();
  for (const c of consents) {
    items.push({
      id: `${c.id}:consent`,
      datasetId: 'patrons',
      title: { fi: 'Huoltajan suostumus kirjastokorttiin', sv: 'Vårdnadshavarens samtycke till bibliotekskort', en: "Guardian's consent to a library card" },
      date: c.guardian_consent_on,
      data: { consentOn: c.guardian_consent_on },
      role: 'reference',
      otherPersonIds: [c.person_id as PersonId],
    });
  }
  const patronIds = patrons.map((p) => p.id);
  if (patronIds.length === 0) return items;
  const blocks = await db.selectFrom('library_patron_block').selectAll().where('patron_id', 'in', patronIds).execute();
  for (const b of blocks) {
    items.push({
      id: b.id,
      datasetId: 'patrons',
      title: { fi: 'Lainauskielto', sv: 'Lånespärr', en: 'Borrowing ban' },
      date: b.blocked_from,
      data: { reason: b.reason, from: b.blocked_from, to: b.blocked_to, liftedOn: b.lifted_on },
      role: 'subject',
    });
  }
  const loans = await db
    .selectFrom('library_loan as l')
    .innerJoin('library_item as i', 'i.id', 'l.item_id')
    .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
    .select(['l.id', 'l.loaned_on', 'l.due_on', 'l.returned_on', 'l.renewals', 'b.title', 'b.author', 'i.barcode'])
    .where('l.patron_id', 'in', patronIds)
    .orderBy('l.loaned_on')
    .execute();
  for (const l of loans) {
    items.push({
      id: l.id,
      datasetId: 'loans',
      title: { fi: `Laina ${l.loaned_on}`, sv: `Lån ${l.loaned_on}`, en: `Loan ${l.loaned_on}` },
      date: l.loaned_on,
      data: { title: l.title, author: l.author, barcode: l.barcode, loanedOn: l.loaned_on, dueOn: l.due_on, returnedOn: l.returned_on, renewals: l.renewals },
      role: 'subject',
    });
  }
  const holds = await db
    .selectFrom('library_hold as h')
    .innerJoin('library_biblio as b', 'b.id', 'h.biblio_id')
    .select(['h.id', 'h.placed_on', 'h.status', 'h.pickup_by', 'h.closed_on', 'b.title'])
    .where('h.patron_id', 'in', patronIds)
    .orderBy('h.placed_on')
    .execute();
  for (const h of holds) {
    items.push({
      id: h.id,
      datasetId: 'loans',
      title: { fi: `Varaus ${h.placed_on}`, sv: `Reservation ${h.placed_on}`, en: `Hold ${h.placed_on}` },
      date: h.placed_on,
      data: { title: h.title, placedOn: h.placed_on, status: h.status, pickupBy: h.pickup_by, closedOn: h.closed_on },
      role: 'subject',
    });
  }
  const notices = await db
    .selectFrom('library_overdue_notice as n')
    .innerJoin('library_loan as l', 'l.id', 'n.loan_id')
    .select(['n.id', 'n.loan_id', 'n.level', 'n.sent_on', 'n.channel'])
    .where('l.patron_id', 'in', patronIds)
    .orderBy('n.sent_on')
    .execute();
  for (const n of notices) {
    items.push({
      id: n.id,
      datasetId: 'loans',
      title: { fi: `Palautuskehotus ${n.sent_on}`, sv: `Påminnelse om återlämning ${n.sent_on}`, en: `Overdue notice ${n.sent_on}` },
      date: n.sent_on,
      data: { loanId: n.loan_id, level: n.level, sentOn: n.sent_on, channel: n.channel },
      role: 'subject',
    });
  }
  const fees = await db.selectFrom('library_fee').selectAll().where('patron_id', 'in', patronIds).execute();
  for (const f of fees) {
    items.push({
      id: f.id,
      datasetId: 'loans',
      title: { fi: `Kirjastomaksu ${f.charged_on}`, sv: `Biblioteksavgift ${f.charged_on}`, en: `Library fee ${f.charged_on}` },
      date: f.charged_on,
      data: { kind: f.kind, amount: f.amount, chargedOn: f.charged_on, paidOn: f.paid_on, cancelledOn: f.cancelled_on, loanId: f.loan_id },
      role: 'subject',
    });
  }
  const doors = await db.selectFrom('library_door_event').selectAll().where('patron_id', 'in', patronIds).orderBy('occurred_at').execute();
  for (const d of doors) {
    const date = d.occurred_at.toISOString().slice(0, 10);
    items.push({
      id: d.id,
      datasetId: 'patrons',
      title: { fi: `Omatoimikirjaston kulku ${date}`, sv: `Passage till meröppet bibliotek ${date}`, en: `Self-service library entry ${date}` },
      date,
      data: { unitId: d.unit_id, deviceId: d.device_id, occurredAt: d.occurred_at.toISOString(), outcome: d.outcome },
      role: 'subject',
    });
  }
  return items;
}

/**
 * Patrons are clients of their home library while the card is valid, and of the libraries
 * where they have a loan out or a hold to pick up: the staff there serve them.
 */
export const libraryPersonUnitLinks: PersonUnitLinkSource = (db, date) =>
  db
    .selectFrom('library_patron')
    .select(['library_patron.person_id', 'library_patron.home_unit_id as unit_id'])
    .where('registered_on', '<=', date)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', date)]))
    .union(
      db
        .selectFrom('library_loan as l')
        .innerJoin('library_patron as p', 'p.id', 'l.patron_id')
        .select(['p.person_id', 'l.unit_id'])
        .where('l.returned_on', 'is', null),
    )
    .union(
      db
        .selectFrom('library_hold as h')
        .innerJoin('library_patron as p', 'p.id', 'h.patron_id')
        .select(['p.person_id', 'h.pickup_unit_id as unit_id'])
        .where('h.status', 'in', ['pending', 'in_transit', 'waiting']),
    );
