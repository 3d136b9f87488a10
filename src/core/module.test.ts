import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeDb } from '../../test/db.ts';
import { insertTestPerson, insertTestUnit } from '../../test/fixtures.ts';
import { testApp } from '../../test/http.ts';
import { exampleRegister } from '../../test/example-register/index.ts';
import { defineRegister } from './module.ts';
import { defineAction, globalRole } from './access/actions.ts';
import { fixedClock } from './clock.ts';
import { seedDemo } from '../app/demo.ts';
import { importPersons, parsePersonFile } from './persons/person-import.ts';
import { personsChangedNotifier } from './persons/person-changes.ts';

const registers = [exampleRegister];

it('refuses a register whose actions or roles are not prefixed with its id', () => {
  expect(() => defineRegister({ ...exampleRegister, actions: [defineAction('Visit.READ', 'none', globalRole('admin'))] })).toThrow(/must start with "example."/);
});

describeDb(
  'the register module contract',
  (ctx) => {
    it('gives unit staff need-to-know access to their own unit’s clients through personUnitLinks, and to no one else', async () => {
      const t = await testApp(ctx.database, { registers });
      const unitA = await insertTestUnit(ctx.db, { name: 'A', registerId: 'example' });
      const unitB = await insertTestUnit(ctx.db, { name: 'B', registerId: 'example' });
      const client = await insertTestPerson(ctx.db, { firstNames: 'Asiakas', lastName: 'Esimerkki' });
      const workerA = await t.as([{ role: 'example.worker', unitId: unitA }]);
      const workerB = await t.as([{ role: 'example.worker', unitId: unitB }]);
      expect((await workerA.get(`/api/v1/persons/${client}`)).status).toBe(404);
      expect((await workerA.post(`/api/v1/example/units/${unitB}/enrolments`, { personId: client, startDate: '2025-01-01' })).status).toBe(404);
      expect((await workerA.post(`/api/v1/example/units/${unitA}/enrolments`, { personId: client, startDate: '2025-01-01' })).status).toBe(201);
      expect((await workerA.get(`/api/v1/persons/${client}`)).status).toBe(200);
      expect((await workerB.get(`/api/v1/persons/${client}`)).status).toBe(404);
      // A register's rule added to a core action: workers may search everyone.
      const me = await workerA.get('/api/v1/auth/me');
      expect(me.body.permissions).toContain('Person.SEARCH_ALL');
      expect(me.body.registers).toEqual(['example']);

      expect((await workerA.post(`/api/v1/example/persons/${client}/visits`, { visitedOn: '2025-10-01', note: 'Kotikäynti' })).status).toBe(201);
      const future = await workerA.post(`/api/v1/example/persons/${client}/visits`, { visitedOn: '2030-01-01', note: 'x' });
      expect(future.status).toBe(400);
      expect(future.body.error.message.sv).toBe('Besöket kan inte vara i framtiden.');
      const visits = await workerA.get(`/api/v1/example/persons/${client}/visits`);
      expect(visits.body.visits).toHaveLength(1);
      const events = await ctx.db.selectFrom('audit_event').select(['event', 'register_id', 'dataset_id', 'person_ids', 'outcome']).where('actor_user_id', '=', workerA.userId).orderBy('chain_no').execute();
      expect(events.filter((e) => e.register_id === 'example').map((e) => [e.event, e.dataset_id, e.outcome])).toEqual([
        ['ExampleEnrolmentCreate', 'clients', 'denied'],
        ['ExampleEnrolmentCreate', 'clients', 'success'],
        ['ExampleVisitCreate', 'visits', 'success'],
        ['ExampleVisitRead', 'visits', 'success'],
      ]);
      expect(events.find((e) => e.event === 'ExampleVisitRead')?.person_ids).toEqual([client]);

      const items = await exampleRegister.findByPerson(ctx.db, client, { clock: t.clock });
      expect(items.map((i) => i.datasetId).sort()).toEqual(['clients', 'visits']);
      await t.close();
    });

    it('serves statistics as JSON, CSV and XLSX to staff, and suppresses small counts in public', async () => {
      const t = await testApp(ctx.database, { registers });
      const unit = await insertTestUnit(ctx.db, { name: 'Tilastoyksikkö', registerId: 'example' });
      for (let i = 0; i < 3; i++) {
        const p = await insertTestPerson(ctx.db);
        await ctx.db.insertInto('example_enrolment' as any).values({ person_id: p, unit_id: unit, start_date: '2025-01-01' }).execute();
      }
      const worker = await t.as([{ role: 'example.worker', unitId: unit }]);
      const url = '/api/v1/statistics/example/visits-per-unit?from=2025-01-01&to=2025-12-31';
      const json = await worker.get(url);
      expect(json.status).toBe(200);
      expect(json.body.rows.find((r: any) => r.dims.unit === 'Tilastoyksikkö').values.clients).toBe(3);
      const csv = await worker.get(url + '&format=csv&lang=sv');
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.raw).toContain('Enhet;Klienter;Besök');
      const xlsx = await t.app.fastify.inject({ method: 'GET', url: url + '&format=xlsx', headers: { cookie: '' } });
      expect(xlsx.statusCode).toBe(401);
      const wb = new ExcelJS.Workbook();
      const file = await t.app.fastify.inject({ method: 'GET', url: url + '&format=xlsx', headers: { cookie: worker.cookie } });
      await wb.xlsx.load(file.rawPayload as any);
      expect(wb.worksheets[0]!.getRow(1).getCell(2).value).toBe('Asiakkaita');
      const pub = await t.anonymous.get('/api/v1/public/statistics/example/visits-per-unit?from=2025-01-01&to=2025-12-31');
      expect(pub.body.rows.find((r: any) => r.dims.unit === 'Tilastoyksikkö').values.clients).toBeNull();
      const outsider = await t.as([{ role: 'admin' }]);
      expect((await outsider.get(url)).status).toBe(403);
      await t.close();
    });

    it('tells the registers of person, relationship and address writes in the same transaction (onPersonsChanged)', async () => {
      const t = await testApp(ctx.database, { registers });
      const officer = await t.as([{ role: 'registry_officer' }]);
      const changes = async (ids: string[]) =>
        (await ctx.db.selectFrom('example_person_change' as any).select(['kind', 'person_ids', 'from_date']).orderBy('created_at').execute())
          .map((r: any) => [r.kind, [...r.person_ids].sort(), r.from_date])
          .filter((r: any) => r[1].some((id: string) => ids.includes(id)));
      const created = await officer.post('/api/v1/persons', { firstNames: 'Uusi', lastName: 'Huoltaja', birthDate: '1990-01-01', address: { streetAddress: 'Kuja 1', validFrom: '2024-01-01' } });
      expect(created.status).toBe(201);
      const guardian = created.body.id as string;
      const child = await insertTestPerson(ctx.db, { firstNames: 'Lapsi', lastName: 'Huoltaja', birthDate: '2022-01-01' });
      expect((await officer.post(`/api/v1/persons/${guardian}/relationships`, { kind: 'guardian', relatedPersonId: child, validFrom: '2022-01-01' })).status).toBe(201);
      // The same relationship again writes nothing, so nothing is reported.
      expect((await officer.post(`/api/v1/persons/${guardian}/relationships`, { kind: 'guardian', relatedPersonId: child, validFrom: '2022-01-01' })).status).toBe(201);
      expect((await officer.post(`/api/v1/persons/${child}/addresses`, { streetAddress: 'Kuja 2', validFrom: '2025-03-01' })).status).toBe(201);
      expect((await officer.request('PATCH', `/api/v1/persons/${guardian}`, { phone: '0401234567' })).status).toBe(200);
      expect(await changes([guardian, child])).toEqual([
        ['person', [guardian], '2024-01-01'],
        ['relationship', [guardian, child].sort(), '2022-01-01'],
        ['address', [child], '2025-03-01'],
        ['person', [guardian], t.clock.today()],
      ]);

      // A register's refusal rolls the person write back with the register's 400.
      const refused = await officer.post(`/api/v1/persons/${child}/addresses`, { streetAddress: 'Kuja 3', validFrom: '1899-12-31' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('example_address_too_early');
      const addresses = await ctx.db.selectFrom('person_address').select('street_address').where('person_id', '=', child).execute();
      expect(addresses.map((a) => a.street_address)).toEqual(['Kuja 2']);

      // The import path reports the persons it added or changed and each new address.
      const notify = personsChangedNotifier(registers, { clock: t.clock });
      const file = 'first_names;last_name;birth_date;external_key;street_address;address_valid_from\nTuotu;Henkilö;1980-05-05;hook-1;Tie 5;2023-06-01\n';
      await importPersons(ctx.db, parsePersonFile(file, 'csv'), undefined, { notify, today: t.clock.today() });
      const imported = (await ctx.db.selectFrom('person').select('id').where('external_key', '=', 'hook-1').executeTakeFirstOrThrow()).id;
      expect(await changes([imported])).toEqual([
        ['person', [imported], t.clock.today()],
        ['address', [imported], '2023-06-01'],
      ]);
      // Re-importing the same file changes nothing and reports nothing.
      await importPersons(ctx.db, parsePersonFile(file, 'csv'), undefined, { notify, today: t.clock.today() });
      expect(await changes([imported])).toHaveLength(2);
      await t.close();
    });

    it('seeds demo data and a demo user holding the register’s roles in its first unit', async () => {
      const clock = fixedClock('2025-10-15T09:00:00+03:00');
      const users = await seedDemo(ctx.db, registers, clock, { persons: 60 });
      const demoUser = users?.find((u) => u.username === 'example');
      expect(demoUser?.roles).toEqual(['example.worker']);
      const enrolled = await ctx.db.selectFrom('example_enrolment' as any).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number((enrolled as any).n)).toBeGreaterThanOrEqual(3);
      expect(await seedDemo(ctx.db, registers, clock)).toBeNull();
      const [bench] = await exampleRegister.benchmarks![0]!.run(ctx.db, { scale: 0.01, clock, log: () => {} });
      expect(bench?.unit).toBe('ms');
    });
  },
  registers,
);

