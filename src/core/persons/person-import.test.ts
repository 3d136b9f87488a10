import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { importPersons, ImportError, parsePersonFile } from './person-import.ts';
import { formatHetu } from '../hetu/hetu.ts';

const h1 = formatHetu({ birthDate: '1980-01-02', individualNumber: 911 });
const h2 = formatHetu({ birthDate: '2015-03-04', individualNumber: 912 });

const csv = `hetu;first_names;calling_name;last_name;street_address;postal_code;post_office;address_valid_from
${h1};Matti Juhani;Matti;Mäkinen;Kuusitie 1;99100;VARANTOLA;2020-01-01
${h2};Åsa;;Öhman;Kuusitie 1;99100;VARANTOLA;2020-01-01
`;

describeDb('person import', (ctx) => {
  it('imports a CSV file and changes nothing when the same file is imported again', async () => {
    const first = await importPersons(ctx.db, parsePersonFile(csv, 'csv'));
    expect(first).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const again = await importPersons(ctx.db, parsePersonFile(csv, 'csv'));
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    const n = await ctx.db.selectFrom('person_address').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('aborts the whole file at a bad line, names the line and writes nothing', async () => {
    const before = await ctx.db.selectFrom('person').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const bad = [
      JSON.stringify({ first_names: 'Ok', last_name: 'Person', birth_date: '1990-01-01', external_key: 'x-1' }),
      JSON.stringify({ first_names: 'Bad', last_name: 'Code', hetu: '010190-999K' }),
    ].join('\n');
    let err: unknown;
    try {
      await importPersons(ctx.db, parsePersonFile(bad, 'jsonl'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).line).toBe(2);
    expect((err as ImportError).message).not.toContain('010190');
    const after = await ctx.db.selectFrom('person').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('reports the CSV line of a malformed value', () => {
    const text = 'first_names,last_name,birth_date,external_key,postal_code\nA,B,1990-01-01,k1,99100\nC,D,1990-01-01,k2,ABC\n';
    expect(() => parsePersonFile(text, 'csv')).toThrow(/line 3: postal_code/);
  });
});
