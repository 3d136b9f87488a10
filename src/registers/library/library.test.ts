import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { addRelationship } from '../../core/persons/person.queries.ts';
import { requestDoorAccess } from './door-access.ts';
import { library } from './index.ts';
import { LIBRARIAN } from './library-access.ts';
import { lateFee } from './loan/loan-rules.ts';

const params = { late_fee_per_day: 0.2, late_fee_max_per_item: 5, grace_days: 0 };

describe('library late fee', () => {
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
});

describeDb('library register', (ctx) => {
  const setup = async () => {
    const t = await testApp(ctx.database, { now: '2025-10-15T09:00:00+03:00' });
    const unit = await insertTestUnit(ctx.db, { name: 'Pääkirjasto', kind: 'library', registerId: 'library' });
    const librarian = await t.as([{ role: LIBRARIAN, unitId: unit }]);
    const code = Math.random().toString(36).slice(2, 10).toUpperCase();
    const item = await librarian.post('/api/v1/library/items', { unitId: unit, barcode: `B${code}`, title: 'Tuntematon sotilas', author: 'Väinö Linna', isbn: '9789510432846' });
    expect(item.status).toBe(201);
    return { t, unit, librarian, barcode: `B${code}`, card: `C${code}` };
  };

  it('registers a patron, lends, renews and lists loans, and logs who touched whose data', async () => {
    const { t, unit, librarian, barcode, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    const reg = await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    expect(reg.status).toBe(201);
    const pin = await ctx.db.selectFrom('library_patron').select('pin_hash').where('id', '=', reg.body.id).executeTakeFirstOrThrow();
    expect(pin.pin_hash).toMatch(/^\$argon2id\$/);

    const loan = await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    expect(loan.status).toBe(201);
    expect(loan.body).toMatchObject({ loanedOn: '2025-10-15', dueOn: '2025-11-12', renewals: 0 });
    const again = await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    expect(again.status).toBe(409);

    const renewed = await librarian.post(`/api/v1/library/patrons/${person}/loans/${loan.body.id}/renew`);
    expect(renewed.status).toBe(200);
    expect(renewed.body.renewals).toBe(1);

    const list = await librarian.get(`/api/v1/library/patrons/${person}/loans`);
    expect(list.body.loans.map((l: any) => l.id)).toEqual([loan.body.id]);

    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids', 'register_id']).where('actor_user_id', '=', librarian.userId).where('event', 'like', 'Library%').orderBy('seq').execute();
    expect(events.map((e) => e.event)).toEqual(['LibraryPatronCreate', 'LibraryLoanCreate', 'LibraryLoanRenew', 'LibraryLoanRead']);
    for (const e of events) expect(e).toMatchObject({ person_ids: [person], register_id: 'library' });
    await t.close();
  });

  it('charges a late fee on check-in from the parameter row of the return day', async () => {
    const { t, unit, librarian, barcode, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    const loan = await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    // Three days late on the test day 15.10. (changing the clock would end the session).
    await ctx.db.updateTable('library_loan').set({ loaned_on: '2025-09-14', due_on: '2025-10-12' }).where('id', '=', loan.body.id).execute();
    const back = await librarian.post('/api/v1/library/checkin', { barcode, unitId: unit });
    expect(back.status).toBe(200);
    expect(back.body).toEqual({ loanId: loan.body.id, returnedOn: '2025-10-15', lateFee: 0.6 });
    const fee = await ctx.db.selectFrom('library_fee').select(['amount', 'kind']).where('loan_id', '=', loan.body.id).executeTakeFirstOrThrow();
    expect(fee).toEqual({ amount: 0.6, kind: 'late_return' });
    await t.close();
  });

  it('refuses to lend to a patron whose unpaid fees reach the ban threshold', async () => {
    const { t, unit, librarian, barcode, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    const reg = await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    await ctx.db.insertInto('library_fee').values({ patron_id: reg.body.id, kind: 'late_return', amount: 10, charged_on: '2025-09-01' }).execute();
    const res = await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('patron_unpaid_fees');
    await t.close();
  });

  it('stops renewing at the municipal renewal limit', async () => {
    const { t, unit, librarian, barcode, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    const loan = await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    for (let i = 0; i < 5; i++) expect((await librarian.post(`/api/v1/library/patrons/${person}/loans/${loan.body.id}/renew`)).status).toBe(200);
    const sixth = await librarian.post(`/api/v1/library/patrons/${person}/loans/${loan.body.id}/renew`);
    expect(sixth.status).toBe(400);
    expect(sixth.body.error.code).toBe('renewal_limit');
    expect(Object.keys(sixth.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    await t.close();
  });

  it("requires a guardian's consent for a child under 15 and records the guardian", async () => {
    const { t, unit, librarian, card } = await setup();
    const child = await insertTestPerson(ctx.db, { birthDate: '2015-03-01' });
    const guardian = await insertTestPerson(ctx.db, { birthDate: '1985-03-01' });
    const stranger = await insertTestPerson(ctx.db, { birthDate: '1985-03-01' });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: guardian, relatedPersonId: child, validFrom: '2015-03-01' }));
    const without = await librarian.post('/api/v1/library/patrons', { personId: child, unitId: unit, cardNumber: card, pin: '1234' });
    expect(without.status).toBe(400);
    expect(without.body.error.code).toBe('guardian_consent_required');
    const wrong = await librarian.post('/api/v1/library/patrons', { personId: child, unitId: unit, cardNumber: card, pin: '1234', guardianConsentPersonId: stranger });
    expect(wrong.status).toBe(400);
    const ok = await librarian.post('/api/v1/library/patrons', { personId: child, unitId: unit, cardNumber: card, pin: '1234', guardianConsentPersonId: guardian });
    expect(ok.status).toBe(201);
    const records = await library.findByPerson(ctx.db, guardian as PersonId, { clock: t.clock });
    expect(records).toEqual([expect.objectContaining({ role: 'reference', datasetId: 'patrons', otherPersonIds: [child] })]);
    await t.close();
  });

  it("hides a patron from a librarian of another library and logs the denied attempt", async () => {
    const { t, unit, librarian, card } = await setup();
    const other = await insertTestUnit(ctx.db, { name: 'Sivukirjasto', kind: 'library', registerId: 'library' });
    const outsider = await t.as([{ role: LIBRARIAN, unitId: other }]);
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    expect((await librarian.get(`/api/v1/library/patrons/${person}`)).status).toBe(200);
    const res = await outsider.get(`/api/v1/library/patrons/${person}`);
    expect(res.status).toBe(404);
    const denied = await ctx.db.selectFrom('audit_event').select(['outcome', 'person_ids']).where('actor_user_id', '=', outsider.userId).where('event', '=', 'LibraryPatronRead').executeTakeFirst();
    expect(denied).toEqual({ outcome: 'denied', person_ids: [person] });
    await t.close();
  });

  it('opens the self-service door only with the right PIN and self-service terms, and records every attempt', async () => {
    const { t, unit, librarian, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    const reg = await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '4321', selfService: true });
    const clock = fixedClock('2025-10-16T20:00:00+03:00');
    const open = (pin: string, cardNumber = card) => ctx.db.transaction().execute((tx) => requestDoorAccess(tx, clock, { unitId: unit, cardNumber, pin }));
    expect(await open('0000')).toBe('wrong_pin');
    expect(await open('4321')).toBe('opened');
    expect(await open('4321', 'NOSUCHCARD')).toBe('unknown_card');
    const events = await ctx.db.selectFrom('library_door_event').select('outcome').where('patron_id', '=', reg.body.id).orderBy('occurred_at').execute();
    expect(events.map((e) => e.outcome).sort()).toEqual(['opened', 'wrong_pin']);
    const records = await library.findByPerson(ctx.db, person, { clock });
    expect(records.filter((r) => r.title.en.startsWith('Self-service')).length).toBe(2);
    expect(JSON.stringify(records)).not.toContain('argon2');
    await t.close();
  });

  it('counts loans per month and library for the statistics', async () => {
    const { t, unit, librarian, barcode, card } = await setup();
    const person = await insertTestPerson(ctx.db, { birthDate: '1980-01-01' });
    await librarian.post('/api/v1/library/patrons', { personId: person, unitId: unit, cardNumber: card, pin: '1234' });
    await librarian.post(`/api/v1/library/patrons/${person}/loans`, { barcode, unitId: unit });
    const stat = library.statistics.find((s) => s.id === 'loans-per-month')!;
    const rows = await stat.compute(ctx.db, { from: '2025-10-01', to: '2025-10-31' });
    expect(rows.find((r) => r.dims.unit === 'Pääkirjasto' && r.dims.month === '2025-10')?.values.loans).toBeGreaterThanOrEqual(1);
    await t.close();
  });
});
