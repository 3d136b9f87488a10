import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { fixedClock } from '../clock.ts';
import { addRelationship } from './person.queries.ts';
import { personRegister } from './person-register.ts';

describeDb('the person register in information requests', (ctx) => {
  it('gives the subject their own address under turvakielto, and of relatives only the name', async () => {
    const mother = await insertTestPerson(ctx.db, {
      firstNames: 'Salla',
      lastName: 'Suojattu',
      nonDisclosure: true,
      address: { streetAddress: 'Salainen tie 1', postalCode: '99100', postOffice: 'VARANTOLA', validFrom: '2020-01-01' },
    });
    const child = await insertTestPerson(ctx.db, { firstNames: 'Lapsi', lastName: 'Suojattu', birthDate: '2019-01-01', address: { streetAddress: 'Salainen tie 1', validFrom: '2020-01-01' } });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: mother, relatedPersonId: child, validFrom: '2019-01-01' }));
    const items = await personRegister.findByPerson(ctx.db, mother, { clock: fixedClock('2025-10-15T09:00:00+03:00') });
    const identity = items.find((i) => i.datasetId === 'identity')!;
    expect((identity.data.addresses as { streetAddress: string }[])[0]?.streetAddress).toBe('Salainen tie 1');
    const rel = items.find((i) => i.datasetId === 'relationships')!;
    expect(rel.data).toEqual({ kind: 'child_in_custody', name: 'Lapsi Suojattu', validFrom: '2019-01-01', validTo: null });
    expect(rel.otherPersonIds).toEqual([child]);
    expect(JSON.stringify(rel)).not.toContain('Salainen tie');
  });
});
