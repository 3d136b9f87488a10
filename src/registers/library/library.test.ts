import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { seedPersons } from '../../core/persons/person-seed.ts';
import { activePatronByCard } from './circulation/circulation.ts';
import { library } from './index.ts';
import { demoCardNumber } from './library-demo.ts';
import { libraryFixture } from './library-test-support.ts';
import { patronOverview } from './patron/patron.ts';

describeDb('library register', (ctx) => {
  it('seeds the demo library through the circulation rules: loans, an overdue loan, a waiting hold and real MARC records', async () => {
    const clock = fixedClock('2025-10-15T09:00:00+03:00');
    const seeded = await seedPersons(ctx.db, { persons: 600, seed: 'library-demo-test', referenceDate: clock.today(), municipalityCode: '999', actor: 'system' });
    await ctx.db.transaction().execute((tx) => library.seedDemo!(tx, { clock, personIds: seeded.personIds as PersonId[], unitIds: [] }));
    const units = await ctx.db.selectFrom('organisation_unit').select('name').where('register_id', '=', 'library').orderBy('name').execute();
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining(['Pääkirjasto', 'Rantakylän kirjasto']));
    // The browser test's patron: one loan, no ban, at the main library.
    const first = (await activePatronByCard(ctx.db, demoCardNumber(0), clock.today()))!;
    const overview = await patronOverview(ctx.db, first.id, clock.today(), 5);
    expect(overview).toMatchObject({ borrowingBan: null, patron: { homeUnitName: 'Pääkirjasto' } });
    expect(overview.loans).toHaveLength(1);
    const overdue = await ctx.db.selectFrom('library_loan').select('id').where('returned_on', 'is', null).where('due_on', '<', clock.today()).execute();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const waiting = await ctx.db.selectFrom('library_hold').select('status').where('status', '=', 'waiting').execute();
    expect(waiting).toHaveLength(1);
    const imported = await ctx.db.selectFrom('library_biblio').select('title').where('control_source', '=', 'IMchF').execute();
    expect(imported).toHaveLength(10);
    const lateFees = await ctx.db.selectFrom('library_fee').select('amount').where('kind', '=', 'late_return').execute();
    expect(lateFees.length).toBeGreaterThanOrEqual(1);
  });

  it('counts loans per month and library for the statistics', async () => {
    const f = await libraryFixture(ctx.database);
    const { card } = await f.addPatron();
    const { barcode } = await f.addItem();
    await f.librarian.post('/api/v1/library/desk/checkout', { unitId: f.unit, cardNumber: card, barcode });
    const unitName = (await ctx.db.selectFrom('organisation_unit').select('name').where('id', '=', f.unit).executeTakeFirstOrThrow()).name;
    const stat = library.statistics.find((s) => s.id === 'loans-per-month')!;
    const rows = await stat.compute(ctx.db, { from: '2025-10-01', to: '2025-10-31' });
    expect(rows.find((r) => r.dims.unit === unitName && r.dims.month === '2025-10')?.values).toEqual({ loans: 1, selfService: 0, borrowers: 1 });
    const collection = await library.statistics.find((s) => s.id === 'collection')!.compute(ctx.db, { from: '2025-10-01', to: '2025-10-31' });
    expect(collection.find((r) => r.dims.unit === unitName)).toEqual({ dims: { unit: unitName, itemType: 'Kirja' }, values: { copies: 1, titles: 1 } });
    await f.close();
  });
});
