import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../../test/fixtures.ts';
import { LIBRARIAN, LIBRARY_ADMIN } from '../library-access.ts';
import { libraryFixture } from '../library-test-support.ts';
import { dueDate, lateFee } from './loan-rules.ts';
import { noticeLevel } from './overdue-notices.ts';

const params = { late_fee_per_day: 0.2, late_fee_max_per_item: 5, grace_days: 0 };

describe('library loan rules', () => {
  it('charges nothing for an item returned on or before the due date', () => {
    expect(lateFee('2025-10-10', '2025-10-10', params)).toBe(0);
    expect(lateFee('2025-10-10', '2025-10-01', params)).toBe(0);
  });
  it('charges the daily fee for each calendar day late, in whole cents', () => {
    expect(lateFee('2025-10-10', '2025-10-13', params)).toBe(0.6);
  });
  it('caps the fee per item and skips the grace days', () => {
    expect(lateFee('2025-01-01', '2025-06-01', params)).toBe(5);
    expect(lateFee('2025-10-10', '2025-10-12', { ...params, grace_days: 2 })).toBe(0);
    expect(lateFee('2025-10-10', '2025-10-13', { ...params, grace_days: 2 })).toBe(0.2);
  });
  it('moves a due date off weekends and public holidays', () => {
    expect(dueDate('2025-10-15', 28)).toBe('2025-11-12');
    // 25–26 Dec are holidays and 27–28 Dec a weekend.
    expect(dueDate('2025-12-01', 24)).toBe('2025-12-29');
  });
  it('gives the notice level reached by the days overdue', () => {
    expect([0, 6, 7, 20, 21, 35, 90].map((d) => noticeLevel(d, [7, 21, 35]))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
});

describeDb('library circulation', (ctx) => {
  it('lends, renews and lists loans from the person card, and logs who touched whose data', async () => {
    const f = await libraryFixture(ctx.database);
    const { barcode } = await f.addItem();
    const { person } = await f.addPatron();
    const loan = await f.librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: f.unit });
    expect(loan.status).toBe(201);
    expect(loan.body.loan).toMatchObject({ loanedOn: '2025-10-15', dueOn: '2025-11-12', renewals: 0, overdue: false });
    const again = await f.librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: f.unit });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('item_on_loan');
    const renewed = await f.librarian.post(`/api/v1/library/patrons/${person}/loans/${loan.body.loan.id}/renew`);
    expect(renewed.body).toMatchObject({ lateFee: 0, loan: { renewals: 1, dueOn: '2025-11-12' } });
    const list = await f.librarian.get(`/api/v1/library/patrons/${person}/loans`);
    expect(list.body.loans.map((l: { id: string }) => l.id)).toEqual([loan.body.loan.id]);
    const events = await ctx.db
      .selectFrom('audit_event')
      .select(['event', 'person_ids', 'register_id', 'outcome'])
      .where('actor_user_id', '=', f.librarian.userId)
      .where('event', 'like', 'Library%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.event)).toEqual(['LibraryPatronCreate', 'LibraryLoanCreate', 'LibraryLoanRenew', 'LibraryLoanRead']);
    for (const e of events) expect(e).toMatchObject({ person_ids: [person], register_id: 'library', outcome: 'success' });
    await f.close();
  });

  it('gives the loan period of the item type, and a new loan rule from its effective day on', async () => {
    const f = await libraryFixture(ctx.database);
    const film = await f.addItem({ title: 'Elokuva', itemType: 'film' });
    const { card } = await f.addPatron();
    const res = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: film.barcode });
    expect(res.body.loan.dueOn).toBe('2025-10-29');
    // The administrator decides 21-day loans for games from 1.10.2025 on.
    const admin = await f.t.as([{ role: LIBRARY_ADMIN }]);
    const rule = await admin.post('/api/v1/library/loan-rules', { itemType: 'game', effectiveFrom: '2025-10-01', loanPeriodDays: 21, maxRenewals: 1, holdable: true, source: 'Kirjastolautakunta 12.9.2025 § 40' });
    expect(rule.status).toBe(201);
    const rules = await f.librarian.get('/api/v1/library/rules?date=2025-09-30');
    expect(rules.body.loanRules.find((r: { itemType: string }) => r.itemType === 'game')).toMatchObject({ loanPeriodDays: 14, maxRenewals: 2 });
    const game = await f.addItem({ title: 'Lautapeli', itemType: 'game' });
    const g = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: game.barcode });
    expect(g.body.loan.dueOn).toBe('2025-11-05');
    const overlap = await admin.post('/api/v1/library/loan-rules', { itemType: 'game', effectiveFrom: '2025-09-01', loanPeriodDays: 7, maxRenewals: 0, holdable: true, source: 'x' });
    expect(overlap.body.error.code).toBe('rule_overlaps');
    await f.close();
  });

  it("renews up to the item type's limit, and not at all while someone waits for the title", async () => {
    const f = await libraryFixture(ctx.database);
    const book = await f.addItem();
    const { card, person } = await f.addPatron();
    const loan = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: book.barcode });
    for (let i = 0; i < 5; i++) expect((await f.librarian.post('/api/v1/library/desk/renew', { unitId: f.unit, cardNumber: card, loanId: loan.body.loan.id })).status).toBe(200);
    const sixth = await f.librarian.post(`/api/v1/library/patrons/${person}/loans/${loan.body.loan.id}/renew`);
    expect(sixth.status).toBe(400);
    expect(sixth.body.error).toMatchObject({ code: 'renewal_limit', message: { fi: 'Lainan voi uusia enintään 5 kertaa.', sv: 'Lånet kan förnyas högst 5 gånger.' } });

    const other = await f.addItem();
    const loan2 = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: other.barcode });
    const waiting = await f.addPatron();
    const hold = await f.librarian.post(`/api/v1/library/patrons/${waiting.person}/holds`, { biblioId: other.biblioId, pickupUnitId: f.unit });
    expect(hold.status).toBe(201);
    const refused = await f.librarian.post('/api/v1/library/desk/renew', { unitId: f.unit, cardNumber: card, loanId: loan2.body.loan.id });
    expect(refused.body.error.code).toBe('renewal_on_hold');
    await f.close();
  });

  it('charges the late fee on return, and on renewal of an overdue loan', async () => {
    const f = await libraryFixture(ctx.database);
    const a = await f.addItem();
    const b = await f.addItem();
    const { card, patronId } = await f.addPatron();
    const l1 = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: a.barcode });
    const l2 = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: b.barcode });
    // Three days late on the test day 15.10.
    await ctx.db.updateTable('library_loan').set({ loaned_on: '2025-09-14', due_on: '2025-10-12' }).where('id', 'in', [l1.body.loan.id, l2.body.loan.id]).execute();
    const back = await f.librarian.post('/api/v1/library/checkin', { barcode: a.barcode, unitId: f.unit });
    expect(back.body).toMatchObject({ barcode: a.barcode, returnedOn: '2025-10-15', loan: { id: l1.body.loan.id, lateFee: 0.6 }, hold: null });
    const renewed = await f.librarian.post('/api/v1/library/desk/renew', { unitId: f.unit, cardNumber: card, loanId: l2.body.loan.id });
    expect(renewed.body).toMatchObject({ lateFee: 0.6, loan: { dueOn: '2025-11-12' } });
    const fees = await ctx.db.selectFrom('library_fee').select(['amount', 'kind']).where('patron_id', '=', patronId).execute();
    expect(fees).toEqual([
      { amount: 0.6, kind: 'late_return' },
      { amount: 0.6, kind: 'late_return' },
    ]);
    const again = await f.librarian.post('/api/v1/library/checkin', { barcode: a.barcode, unitId: f.unit });
    expect(again.body.error.code).toBe('not_on_loan');
    await f.close();
  });

  it('bans borrowing at the unpaid-fee threshold until the fees are paid, and by a block until it is lifted', async () => {
    const f = await libraryFixture(ctx.database);
    const { barcode } = await f.addItem();
    const { person, patronId, card } = await f.addPatron();
    const fee = await ctx.db.insertInto('library_fee').values({ patron_id: patronId, kind: 'late_return', amount: 10, charged_on: '2025-09-01' }).returning('id').executeTakeFirstOrThrow();
    const refused = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode });
    expect(refused.body.error.code).toBe('patron_unpaid_fees');
    const lookup = await f.librarian.post('/api/v1/library/desk/lookup', { unitId: f.unit, cardNumber: card });
    expect(lookup.body).toMatchObject({ borrowingBan: 'unpaid_fees', unpaidTotal: 10 });
    expect((await f.librarian.post(`/api/v1/library/patrons/${person}/fees/${fee.id}/pay`)).status).toBe(200);
    expect((await f.librarian.post(`/api/v1/library/patrons/${person}/fees/${fee.id}/pay`)).status).toBe(404);

    const block = await f.librarian.post(`/api/v1/library/patrons/${person}/blocks`, { reason: 'lost_card' });
    expect(block.status).toBe(201);
    const blocked = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode });
    expect(blocked.body.error).toMatchObject({ code: 'patron_blocked', message: { en: 'The patron has a borrowing ban.' } });
    await f.librarian.post(`/api/v1/library/patrons/${person}/blocks/${block.body.id}/lift`);
    const ok = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode });
    expect(ok.status).toBe(201);
    await f.close();
  });

  it('refuses loans over the municipal limit', async () => {
    const f = await libraryFixture(ctx.database);
    const { card } = await f.addPatron();
    const items = [await f.addItem(), await f.addItem(), await f.addItem()];
    const p = await ctx.db.selectFrom('library_parameter').select(['id', 'max_loans']).executeTakeFirstOrThrow();
    await ctx.db.updateTable('library_parameter').set({ max_loans: 2 }).where('id', '=', p.id).execute();
    try {
      for (const i of items.slice(0, 2)) expect((await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: i.barcode })).status).toBe(201);
      const third = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode: items[2]!.barcode });
      expect(third.body.error).toMatchObject({ code: 'loan_limit', message: { fi: 'Asiakkaalla voi olla enintään 2 lainaa.' } });
    } finally {
      await ctx.db.updateTable('library_parameter').set({ max_loans: p.max_loans }).where('id', '=', p.id).execute();
    }
    await f.close();
  });

  it('traps a returned copy for the first hold, keeps it from others, and lends it to the patron who waits', async () => {
    const f = await libraryFixture(ctx.database);
    const book = await f.addItem();
    const borrower = await f.addPatron();
    const first = await f.addPatron();
    const second = await f.addPatron();
    await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: borrower.card, barcode: book.barcode });
    expect((await f.librarian.post(`/api/v1/library/patrons/${first.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit })).status).toBe(201);
    await f.librarian.post(`/api/v1/library/patrons/${second.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit });
    const dup = await f.librarian.post(`/api/v1/library/patrons/${second.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit });
    expect(dup.body.error.code).toBe('hold_exists');
    const own = await f.librarian.post(`/api/v1/library/patrons/${borrower.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit });
    expect(own.body.error.code).toBe('hold_on_own_loan');
    const queue = await f.librarian.get(`/api/v1/library/patrons/${second.person}`);
    expect(queue.body.holds[0]).toMatchObject({ status: 'pending', queuePosition: 2 });

    const back = await f.librarian.post('/api/v1/library/checkin', { barcode: book.barcode, unitId: f.unit });
    expect(back.body.hold).toMatchObject({ status: 'waiting', personId: first.person, cardNumber: first.card, pickupBy: '2025-10-22' });
    const shelf = await f.librarian.get(`/api/v1/library/units/${f.unit}/hold-shelf`);
    expect(shelf.body.waiting.map((w: { barcode: string }) => w.barcode)).toEqual([book.barcode]);
    const taken = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: second.card, barcode: book.barcode });
    expect(taken.body.error.code).toBe('item_held_for_other');
    const picked = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: first.card, barcode: book.barcode });
    expect(picked.body.fulfilledHoldId).toBe(back.body.hold.holdId);
    const after = await f.librarian.get(`/api/v1/library/patrons/${second.person}`);
    expect(after.body.holds[0]).toMatchObject({ status: 'pending', queuePosition: 1 });
    // The checkin told the librarian whose hold it was: logged as a read of that patron.
    const ev = await ctx.db.selectFrom('audit_event').select('person_ids').where('event', '=', 'LibraryLoanReturn').where('actor_user_id', '=', f.librarian.userId).executeTakeFirstOrThrow();
    expect(ev.person_ids.sort()).toEqual([borrower.person, first.person].sort());
    await f.close();
  });

  it('sends a copy in transit to the pickup library, and expires a hold not picked up with the unclaimed-hold fee', async () => {
    const f = await libraryFixture(ctx.database);
    const branch = await insertTestUnit(ctx.db, { name: 'Sivukirjasto', kind: 'library', registerId: 'library' });
    const branchLibrarian = await f.t.as([{ role: LIBRARIAN, unitId: branch }]);
    const book = await f.addItem();
    const waiter = await f.addPatron();
    await f.librarian.post(`/api/v1/library/patrons/${waiter.person}/holds`, { biblioId: book.biblioId, pickupUnitId: branch });
    // The copy is on the shelf of the main library: scanning it traps it for the branch.
    const pulled = await f.librarian.post('/api/v1/library/checkin', { barcode: book.barcode, unitId: f.unit });
    expect(pulled.body).toMatchObject({ loan: null, hold: { status: 'in_transit', pickupUnitId: branch, pickupBy: null } });
    const arrived = await branchLibrarian.post('/api/v1/library/checkin', { barcode: book.barcode, unitId: branch });
    expect(arrived.body.hold).toMatchObject({ status: 'waiting', pickupBy: '2025-10-22' });
    // The branch librarian serves the patron through the hold to pick up there.
    expect((await branchLibrarian.get(`/api/v1/library/patrons/${waiter.person}`)).status).toBe(200);

    await ctx.db.updateTable('library_hold').set({ waiting_from: '2025-10-01', pickup_by: '2025-10-08' }).where('id', '=', arrived.body.hold.holdId).execute();
    const run = await branchLibrarian.post(`/api/v1/library/units/${branch}/daily-run`);
    expect(run.body.expiredHolds).toEqual([{ holdId: arrived.body.hold.holdId, itemBarcode: book.barcode, fee: 1 }]);
    const fee = await ctx.db.selectFrom('library_fee').select(['kind', 'amount']).where('patron_id', '=', waiter.patronId).executeTakeFirstOrThrow();
    expect(fee).toEqual({ kind: 'unclaimed_reservation', amount: 1 });
    const lent = await branchLibrarian.post('/api/v1/library/desk/checkout', { unitId: branch, cardNumber: (await f.addPatron()).card, barcode: book.barcode });
    expect(lent.status).toBe(201);
    await f.close();
  });

  it('gives a copy left on the hold shelf past its pickup day to the next patron when it is scanned, skipping holds no longer needed', async () => {
    const f = await libraryFixture(ctx.database);
    const book = await f.addItem();
    const [late, gone, next] = [await f.addPatron(), await f.addPatron(), await f.addPatron()];
    await f.librarian.post(`/api/v1/library/patrons/${late.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit });
    await f.librarian.post(`/api/v1/library/patrons/${gone.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit, notNeededAfter: '2025-10-16' });
    await f.librarian.post(`/api/v1/library/patrons/${next.person}/holds`, { biblioId: book.biblioId, pickupUnitId: f.unit });
    const first = await f.librarian.post('/api/v1/library/checkin', { barcode: book.barcode, unitId: f.unit });
    expect(first.body.hold.personId).toBe(late.person);
    await ctx.db.updateTable('library_hold').set({ waiting_from: '2025-10-01', pickup_by: '2025-10-08' }).where('id', '=', first.body.hold.holdId).execute();
    await ctx.db.updateTable('library_hold').set({ not_needed_after: '2025-10-14' }).where('patron_id', '=', gone.patronId).execute();
    const again = await f.librarian.post('/api/v1/library/checkin', { barcode: book.barcode, unitId: f.unit });
    expect(again.body.hold).toMatchObject({ status: 'waiting', personId: next.person });
    const fees = await ctx.db.selectFrom('library_fee').select(['patron_id', 'kind']).where('patron_id', 'in', [late.patronId, gone.patronId, next.patronId]).execute();
    expect(fees).toEqual([{ patron_id: late.patronId, kind: 'unclaimed_reservation' }]);
    const statuses = await ctx.db.selectFrom('library_hold').select(['patron_id', 'status']).where('biblio_id', '=', book.biblioId).execute();
    expect(new Map(statuses.map((h) => [h.patron_id, h.status]))).toEqual(
      new Map([
        [late.patronId, 'expired'],
        [gone.patronId, 'expired'],
        [next.patronId, 'waiting'],
      ]),
    );
    await f.close();
  });

  it('sends overdue notices by level once each, by email or as a printed letter', async () => {
    const f = await libraryFixture(ctx.database);
    const a = await f.addItem({ title: 'Myöhässä' });
    const b = await f.addItem({ title: 'Vielä myöhemmin' });
    const letterPatron = await f.addPatron();
    const emailPerson = await insertTestPerson(ctx.db, { birthDate: '1970-01-01', email: 'lainaaja@example.fi' });
    await f.librarian.post('/api/v1/library/patrons', { personId: emailPerson, unitId: f.unit, cardNumber: `E${Date.now()}`.slice(0, 20), pin: '1234' });
    const emailCard = (await ctx.db.selectFrom('library_patron').select('card_number').where('person_id', '=', emailPerson).executeTakeFirstOrThrow()).card_number;
    const l1 = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: letterPatron.card, barcode: a.barcode });
    const l2 = await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: emailCard, barcode: b.barcode });
    await ctx.db.updateTable('library_loan').set({ loaned_on: '2025-08-01', due_on: '2025-10-05' }).where('id', '=', l1.body.loan.id).execute(); // 10 days: 1st
    await ctx.db.updateTable('library_loan').set({ loaned_on: '2025-08-01', due_on: '2025-09-20' }).where('id', '=', l2.body.loan.id).execute(); // 25 days: 2nd
    const run = await f.librarian.post(`/api/v1/library/units/${f.unit}/daily-run`);
    expect(run.body.notices.map((n: { title: string; level: number; channel: string }) => [n.title, n.level, n.channel]).sort()).toEqual([
      ['Myöhässä', 1, 'letter'],
      ['Vielä myöhemmin', 2, 'email'],
    ]);
    const second = await f.librarian.post(`/api/v1/library/units/${f.unit}/daily-run`);
    expect(second.body.notices).toEqual([]);
    const pdf = await f.librarian.get(`/api/v1/library/units/${f.unit}/overdue-notices/letters?date=2025-10-15`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.slice(0, 5)).toBe('%PDF-');
    const read = await ctx.db.selectFrom('audit_event').select('person_ids').where('event', '=', 'LibraryOverdueNoticePrint').where('actor_user_id', '=', f.librarian.userId).executeTakeFirstOrThrow();
    expect(read.person_ids).toEqual([letterPatron.person]);
    await f.close();
  });

  it("lets another library's desk serve a patron by card, and then the patron's card through the loan made there", async () => {
    const f = await libraryFixture(ctx.database);
    const branch = await insertTestUnit(ctx.db, { name: 'Kirjastoauto', kind: 'library', registerId: 'library' });
    const branchLibrarian = await f.t.as([{ role: LIBRARIAN, unitId: branch }]);
    const { person, card } = await f.addPatron();
    const book = await f.addItem({ unitId: branch, client: branchLibrarian });
    expect((await branchLibrarian.get(`/api/v1/library/patrons/${person}`)).status).toBe(404);
    // The card presented at the desk.
    const lookup = await branchLibrarian.post('/api/v1/library/desk/lookup', { unitId: branch, cardNumber: card });
    expect(lookup.status).toBe(200);
    expect(lookup.body.person.id).toBe(person);
    const ev = await ctx.db.selectFrom('audit_event').select(['person_ids', 'purpose']).where('event', '=', 'LibraryPatronRead').where('actor_user_id', '=', branchLibrarian.userId).where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(ev).toEqual({ person_ids: [person], purpose: 'circulation' });
    // Not at a desk of a library the user does not work at.
    expect((await branchLibrarian.post('/api/v1/library/desk/lookup', { unitId: f.unit, cardNumber: card })).status).toBe(404);
    const unknown = await branchLibrarian.post('/api/v1/library/desk/lookup', { unitId: branch, cardNumber: 'NOSUCHCARD1' });
    expect(unknown.body.error).toMatchObject({ code: 'patron_not_found', message: { sv: 'Bibliotekskortet hittas inte eller är inte giltigt.' } });
    await branchLibrarian.post('/api/v1/library/desk/checkout', { unitId: branch, cardNumber: card, barcode: book.barcode });
    const now = await branchLibrarian.get(`/api/v1/library/patrons/${person}`);
    expect(now.status).toBe(200);
    expect(now.body.loans.map((l: { barcode: string }) => l.barcode)).toEqual([book.barcode]);
    await f.close();
  });
});
