import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { CARE_WORKER, SERVICE_COORDINATOR } from './elderly-access.ts';
import { seedElderlyDemo } from './elderly-demo.ts';
import { elderlyBenchmarks } from './elderly-bench.ts';
import { invoiceFor, monthPeriod, runInvoicing } from './elderly-invoice.ts';
import { feeDecisionDocument, serviceDecisionDocument } from './elderly-pdf.ts';

describe('home-care invoice of a month', () => {
  it('is the monthly fee for a whole month and the share of the days in force otherwise', () => {
    expect(invoiceFor({ validFrom: '2025-01-01', validTo: null, monthlyFee: 186.4 }, '2025-10')).toEqual({ days: 31, amount: 186.4 });
    expect(invoiceFor({ validFrom: '2025-10-16', validTo: null, monthlyFee: 186 }, '2025-10')).toEqual({ days: 16, amount: 96 });
    expect(invoiceFor({ validFrom: '2025-01-01', validTo: '2025-02-10', monthlyFee: 100 }, '2025-02')).toEqual({ days: 10, amount: 35.71 });
    expect(invoiceFor({ validFrom: '2025-11-01', validTo: null, monthlyFee: 100 }, '2025-10')).toBeNull();
    expect(invoiceFor({ validFrom: '2025-01-01', validTo: '2025-09-30', monthlyFee: 100 }, '2025-10')).toBeNull();
  });
  it('knows month lengths, leap years included', () => {
    expect([monthPeriod('2024-02'), monthPeriod('2025-02'), monthPeriod('2025-12')].map((m) => [m.first, m.last, m.days])).toEqual([
      ['2024-02-01', '2024-02-29', 29],
      ['2025-02-01', '2025-02-28', 28],
      ['2025-12-01', '2025-12-31', 31],
    ]);
  });
});

describeDb('elderly-care decisions, documents and invoices', (ctx) => {
  const setup = async () => {
    const t = await testApp(ctx.database);
    const unit = await insertTestUnit(ctx.db, { registerId: 'elderly-care' });
    const other = await insertTestUnit(ctx.db, { registerId: 'elderly-care' });
    const client = await insertTestPerson(ctx.db, { birthDate: '1938-06-06', firstNames: 'Saimi', lastName: 'Sundström' });
    await ctx.db.insertInto('elderly_client').values({ person_id: client, unit_id: unit, start_date: '2025-01-01' }).execute();
    const coordinator = await t.as([{ role: SERVICE_COORDINATOR }]);
    const worker = await t.as([{ role: CARE_WORKER, unitId: unit }]);
    const outsider = await t.as([{ role: CARE_WORKER, unitId: other }]);
    return { t, unit, client, coordinator, worker, outsider };
  };

  it('prints a service decision in Finnish and Swedish with its reasoning and appeal instructions', async () => {
    const { t, client, coordinator, worker, outsider } = await setup();
    const d = await coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, {
      serviceType: 'home_care', outcome: 'granted', decidedOn: '2025-10-15', startsOn: '2025-10-20', hoursPerMonth: 12.5, reasoning: 'Apua tarvitaan aamutoimissa.',
    });
    expect(d.status).toBe(201);
    const fi = await serviceDecisionDocument(ctx.db, d.body.id, 'fi', 'Varantolan kunta');
    const fields = Object.fromEntries((fi!.spec.blocks[0] as { fields: [string, string][] }).fields);
    expect(fields).toMatchObject({ Asiakas: 'Saimi Sundström', Palvelu: 'Kotihoito', Ratkaisu: 'Myönnetty', 'Palvelun määrä': '12,5 tuntia kuukaudessa', 'Palvelu alkaa': '20.10.2025', 'Järjestettävä viimeistään': '15.1.2026' });
    const fiText = JSON.stringify(fi!.spec.blocks);
    expect(fiText).toContain('Apua tarvitaan aamutoimissa.');
    expect(fiText).toContain('30 päivän kuluessa');
    const sv = await serviceDecisionDocument(ctx.db, d.body.id, 'sv', 'Varantola kommun');
    expect(sv!.spec.title).toBe('Beslut om socialservice');
    expect(JSON.stringify(sv!.spec.blocks)).toContain('begära omprövning');

    for (const [who, lang] of [[coordinator, 'fi'], [worker, 'sv']] as const) {
      const pdf = await who.get(`/api/v1/elderly-care/decisions/${d.body.id}/pdf?lang=${lang}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.raw.startsWith('%PDF')).toBe(true);
    }
    expect((await outsider.get(`/api/v1/elderly-care/decisions/${d.body.id}/pdf`)).status).toBe(404);
    expect((await coordinator.get(`/api/v1/elderly-care/decisions/${d.body.id}/pdf?lang=en`)).status).toBe(400);
    const ev = await ctx.db.selectFrom('audit_event').select(['person_ids', 'outcome']).where('event', '=', 'ElderlyDecisionPrint').where('actor_user_id', '=', worker.userId).executeTakeFirstOrThrow();
    expect(ev).toEqual({ person_ids: [client], outcome: 'success' });
    await t.close();
  });

  it('prints the fee decision for the coordinator only, and ends the previous fee when a new one is made', async () => {
    const { t, client, coordinator, worker } = await setup();
    const decide = (decidedOn: string, grossIncome: number) =>
      coordinator.post(`/api/v1/elderly-care/clients/${client}/decisions`, { serviceType: 'home_care', outcome: 'granted', decidedOn, hoursPerMonth: 12, grossIncome, householdSize: 1 });
    const first = await decide('2025-09-01', 1653);
    const second = await decide('2025-10-10', 1953);
    expect(second.status, second.raw).toBe(201);
    expect((await decide('2025-10-01', 1000)).body.error.code).toBe('fee_decision_exists_later');
    const fees = await ctx.db.selectFrom('elderly_fee_decision').select(['id', 'valid_from', 'valid_to', 'monthly_fee']).where('person_id', '=', client).orderBy('valid_from').execute();
    expect(fees.map((f) => [f.valid_from, f.valid_to, Number(f.monthly_fee)])).toEqual([
      ['2025-09-01', '2025-10-09', 200],
      ['2025-10-10', null, 260],
    ]);
    const doc = await feeDecisionDocument(ctx.db, first.body.fee.id, 'fi', 'Varantolan kunta');
    expect(JSON.stringify(doc!.spec.blocks)).toContain('9.10.2025');
    expect(JSON.stringify(doc!.spec.blocks)).toContain('734/1992 15 §');
    expect((await coordinator.get(`/api/v1/elderly-care/fee-decisions/${first.body.fee.id}/pdf?lang=sv`)).headers['content-type']).toBe('application/pdf');
    expect((await worker.get(`/api/v1/elderly-care/fee-decisions/${first.body.fee.id}/pdf`)).status).toBe(404);

    // October: 9 days of the first fee and 22 of the second; a second run adds nothing.
    const run = await coordinator.post('/api/v1/elderly-care/invoices', { month: '2025-10' });
    expect(run.status).toBe(201);
    expect(run.body.created).toBeGreaterThanOrEqual(2);
    const mine = await ctx.db.selectFrom('elderly_invoice').select(['days', 'amount']).where('person_id', '=', client).orderBy('days').execute();
    expect(mine.map((i) => [i.days, Number(i.amount)])).toEqual([
      [9, 58.06],
      [22, 184.52],
    ]);
    expect((await coordinator.post('/api/v1/elderly-care/invoices', { month: '2025-10' })).body.created).toBe(0);
    expect((await coordinator.post('/api/v1/elderly-care/invoices', { month: '2025-11' })).body.error.code).toBe('month_in_future');
    const list = await coordinator.get('/api/v1/elderly-care/invoices?month=2025-10');
    expect(list.body.invoices.filter((i: any) => i.personId === client)).toHaveLength(2);
    expect((await worker.post('/api/v1/elderly-care/invoices', { month: '2025-10' })).status).toBe(403);
    const card = await coordinator.get(`/api/v1/elderly-care/clients/${client}`);
    expect(card.body.fees.invoices.map((i: any) => i.month)).toEqual(['2025-10', '2025-10']);
    await t.close();
  });

  it('invoices more fee decisions than one statement can carry parameters for', async () => {
    const tag = `inv-${Date.now()}`;
    await sql`with p as (insert into person (first_names, last_name, birth_date, external_key)
        select 'Laskutettava', 'Testi', '1940-01-01', ${tag} || n from generate_series(1, 1100) n returning id),
      d as (insert into elderly_service_decision (person_id, service_type, outcome, decided_on) select id, 'home_care', 'granted', '2025-01-01' from p returning id, person_id)
      insert into elderly_fee_decision (person_id, service_decision_id, valid_from, gross_income, household_size, service_hours, income_limit, percent, monthly_fee, parameter_id, parameters_unverified)
      select person_id, id, '2025-01-01', 1653, 1, 12, 653, 20, 200, (select id from elderly_home_care_fee_parameter where effective_from = '2024-01-01'), true from d`.execute(ctx.db);
    const r = await ctx.db.transaction().execute((tx) => runInvoicing(tx, '2025-08', '2025-10-15', null));
    const mine = await ctx.db
      .selectFrom('elderly_invoice as i')
      .innerJoin('person as p', 'p.id', 'i.person_id')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.sum<string>('i.amount').as('total')])
      .where('p.external_key', 'like', `${tag}%`)
      .executeTakeFirstOrThrow();
    expect([Number(mine.n), Number(mine.total)]).toEqual([1100, 220_000]);
    expect(r.created).toBeGreaterThanOrEqual(1100);
  });

  it('seeds a demo municipality with clients, records, fees, invoices and open applications on the worklist', async () => {
    const t = await testApp(ctx.database);
    const ids: PersonId[] = [];
    for (let i = 0; i < 8; i++) ids.push(await insertTestPerson(ctx.db, { birthDate: `193${i}-03-0${i + 1}` }));
    const clock = fixedClock('2025-10-15T09:00:00+03:00');
    await ctx.db.transaction().execute((tx) => seedElderlyDemo(tx, { clock, personIds: ids }));
    const coordinator = await t.as([{ role: SERVICE_COORDINATOR }]);
    const list = await coordinator.get('/api/v1/elderly-care/applications');
    const demo = list.body.applications.filter((a: any) => ids.includes(a.personId));
    expect(demo.length).toBe(4);
    expect(demo.some((a: any) => a.isClient)).toBe(true);
    expect(demo.some((a: any) => !a.isClient)).toBe(true);
    const invoiced = await ctx.db.selectFrom('elderly_invoice').select('person_id').where('person_id', 'in', ids).where('month', '=', '2025-09-01').execute();
    expect(invoiced).toHaveLength(2);
    const records = await ctx.db.selectFrom('elderly_care_record').select('id').where('person_id', 'in', ids).execute();
    expect(records).toHaveLength(12);
    await t.close();
  });

  it('runs the benchmarks at a small scale and reports their targets', async () => {
    const results = [];
    for (const b of elderlyBenchmarks) results.push(...(await b.run(ctx.db, { scale: 0.005, clock: fixedClock('2025-10-15T09:00:00+03:00'), log: () => {} })));
    expect(results.map((r) => r.target).filter(Boolean)).toEqual(['≤ 0.5 s', '≤ 0.2 s', '≤ 1 s', '≤ 10 s']);
    expect(results.find((r) => r.metric.startsWith('unit client list'))?.metric).toMatch(/^unit client list, 100 clients/);
    expect(Number(results.find((r) => r.metric.startsWith('invoicing'))?.metric.match(/(\d+) invoices/)?.[1])).toBeGreaterThanOrEqual(50);
    expect(results.every((r) => Number.isFinite(r.value) && r.value > 0)).toBe(true);
  }, 120_000);
});
