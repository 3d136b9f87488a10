// Benchmarks of a city library at scale 1 (about the size of a large Finnish city library:
// 200 000 titles, 400 000 copies, 60 000 patrons, 120 000 loans out): catalogue search by word
// prefixes (target ≤ 300 ms), a checkout and its checkin with every rule applied (≤ 100 ms
// together), and the daily run of the main library with its overdue notices (≤ 10 s).
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../core/auth/password.ts';
import { fixedClock } from '../../core/clock.ts';
import type { Db } from '../../core/db/database.ts';
import type { BenchmarkDefinition } from '../../core/module.ts';
import { searchCatalogue } from './catalogue/catalogue.ts';
import { activePatronByCard, checkin, checkout } from './circulation/circulation.ts';
import { expireHolds } from './circulation/holds.ts';
import { runOverdueNotices } from './circulation/overdue-notices.ts';
import { requireParameters } from './circulation/parameters.ts';

const TODAY = '2025-10-15';
const WORDS = ['kirja', 'meri', 'talvi', 'kesä', 'sota', 'rakkaus', 'koti', 'metsä', 'kaupunki', 'musiikki', 'historia', 'lapset', 'matka', 'tarina', 'pohjoinen', 'valo', 'yö', 'aika', 'kieli', 'taide'];
const AUTHORS = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'];

async function seedLibraryCity(db: Db, scale: number, log: (s: string) => void) {
  const titles = Math.max(1000, Math.round(200_000 * scale));
  const patrons = Math.max(200, Math.round(60_000 * scale));
  const loans = Math.max(400, Math.round(120_000 * scale));
  const tag = `bench-${Date.now().toString(36)}`;
  const pin = await hashPassword('1234');
  log(`  seeding ${titles} titles, ${titles * 2} copies, ${patrons} patrons, ${loans} loans…`);
  await db.transaction().execute(async (tx) => {
    await sql`create temporary table bench_lib on commit drop as
      with u as (insert into organisation_unit (name, kind, register_id)
        select ${tag} || ' kirjasto ' || i, 'library', 'library' from generate_series(1, 10) i returning id, name)
      select id, name from u`.execute(tx);
    // Constant word lists of this file, inlined as array literals (no user input).
    const words = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);
    const authors = sql.raw(`array[${AUTHORS.map((w) => `'${w}'`).join(',')}]`);
    // Titles of a common word and a rarer one (4 096 syllable words), as in a real catalogue
    // where most query words are far rarer than "ja".
    const syllables = sql.raw(`array[${['ka', 'ke', 'ki', 'ko', 'ku', 'la', 'le', 'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'mu', 'na'].map((w) => `'${w}'`).join(',')}]`);
    await sql`create temporary table bench_biblio on commit drop as
      with b as (insert into library_biblio (title, author, publication_year, language, search_text)
        select t.title, t.author, 1950 + n % 75, 'fin', lower(t.title || ' ' || t.author)
        from generate_series(1, ${titles}::int) n,
          lateral (select initcap((${words})[1 + n % 20]) || ' ja ' ||
              (${syllables})[1 + (n / 20) % 16] || (${syllables})[1 + (n / 320) % 16] || (${syllables})[1 + (n / 5120) % 16] || ' ' || n as title,
            (${authors})[1 + (n / 400) % 10] || ', ' || chr(65 + n % 26) as author) t
        returning id)
      select id, row_number() over () as k from b`.execute(tx);
    // Two copies of each title, at two of the ten libraries.
    await sql`insert into library_item (unit_id, biblio_id, barcode, item_type)
      select (select array_agg(id order by name) from bench_lib)[1 + (b.k + c) % 10], b.id, ${tag} || '-' || b.k || '-' || c, 'book'
      from bench_biblio b, generate_series(1, 2) c`.execute(tx);
    await sql`create temporary table bench_patron on commit drop as
      with p as (insert into person (first_names, last_name, birth_date, native_language, external_key)
        select 'Lainaaja', 'Bench' || n, make_date(1950 + n % 55, 1 + n % 12, 1 + n % 28), 'fi', ${tag} || ':' || n
        from generate_series(1, ${patrons}::int) n returning id, external_key)
      select p.id as person_id, split_part(p.external_key, ':', 2)::int as n from p`.execute(tx);
    await sql`insert into library_patron (person_id, home_unit_id, card_number, pin_hash, registered_on)
      select bp.person_id, (select id from bench_lib order by name offset (bp.n % 10) limit 1), 'B' || ${tag.slice(-6)} || bp.n, ${pin}, '2020-01-01'
      from bench_patron bp`.execute(tx);
    // Loans out, a tenth of them past their due date (the daily run's notices).
    await sql`insert into library_loan (patron_id, item_id, unit_id, loaned_on, due_on)
      select p.id, i.id, i.unit_id, l.loaned_on, l.loaned_on + 28
      from (select id, unit_id, row_number() over (order by id) k from library_item where barcode like ${tag + '-%'}) i
      join (select id, row_number() over (order by id) k from library_patron where card_number like ${'B' + tag.slice(-6) + '%'}) p on p.k = 1 + (i.k % ${patrons}::int)
      cross join lateral (select ${TODAY}::date - (case when i.k % 10 = 0 then 40 else 5 + i.k % 20 end)::int as loaned_on) l
      where i.k <= ${loans}::int`.execute(tx);
  });
  await sql`analyze`.execute(db);
  const main = await db.selectFrom('organisation_unit').select('id').where('name', '=', `${tag} kirjasto 1`).executeTakeFirstOrThrow();
  const free = await db
    .selectFrom('library_item as i')
    .select('i.barcode')
    .where('i.barcode', 'like', `${tag}-%`)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('library_loan as l').select('l.id').whereRef('l.item_id', '=', 'i.id').where('l.returned_on', 'is', null))))
    .limit(50)
    .execute();
  const cards = await db.selectFrom('library_patron').select('card_number').where('card_number', 'like', `B${tag.slice(-6)}%`).limit(50).execute();
  return { mainId: main.id, barcodes: free.map((f) => f.barcode), cards: cards.map((c) => c.card_number), titles, loans };
}

let seeded: ReturnType<typeof seedLibraryCity> | null = null;
let seededDb: Db | null = null;
const city = (db: Db, scale: number, log: (s: string) => void) => {
  if (!seeded || seededDb !== db) {
    seededDb = db;
    seeded = seedLibraryCity(db, scale, log);
  }
  return seeded;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export const libraryBenchmarks: BenchmarkDefinition[] = [
  {
    id: 'catalogue-search',
    names: { fi: 'Kokoelmahaku sanojen alkuosilla', sv: 'Sökning i samlingen med ordbörjan', en: 'Catalogue search by word prefixes' },
    async run(db, { scale, log }) {
      const c = await city(db, scale, log);
      // Mostly two-word queries with a rarer word, and two broad ones (a common surname, a common word).
      const queries = ['talvi kalem', 'meri kolu', 'musiik mimo', 'kaupunki 1234', 'pohjoi lalo', 'matka kumu', 'virtanen', 'lapset'];
      const times: number[] = [];
      let hits = 0;
      for (let round = 0; round < 3; round++) {
        for (const q of queries) {
          const t0 = performance.now();
          const r = await searchCatalogue(db, q, 20, 0);
          times.push(performance.now() - t0);
          hits += r.results.length;
        }
      }
      if (hits === 0) throw new Error('catalogue search found nothing');
      const ms = median(times);
      return [{ metric: `catalogue search over ${c.titles} titles (median of ${times.length})`, value: round(ms), unit: 'ms', target: '≤ 300 ms', ok: ms <= 300 }];
    },
  },
  {
    id: 'checkout-checkin',
    names: { fi: 'Lainaus ja palautus', sv: 'Utlåning och återlämning', en: 'Checkout and checkin' },
    async run(db, { scale, log }) {
      const c = await city(db, scale, log);
      const clock = fixedClock(`${TODAY}T12:00:00+03:00`);
      const times: number[] = [];
      for (let i = 0; i < Math.min(20, c.barcodes.length, c.cards.length); i++) {
        const t0 = performance.now();
        await db.transaction().execute(async (tx) => {
          const patron = (await activePatronByCard(tx, c.cards[i]!, TODAY))!;
          await checkout(tx, clock, { patron, barcode: c.barcodes[i]!, unitId: c.mainId });
        });
        await db.transaction().execute((tx) => checkin(tx, clock, { barcode: c.barcodes[i]!, unitId: c.mainId }));
        times.push(performance.now() - t0);
      }
      // One indexed look-up in a transaction of its own, measured alongside: the ratio says how
      // many such round trips a checkout with its checkin costs, whatever the machine's load.
      const lookups: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await db.transaction().execute((tx) => tx.selectFrom('library_patron').select('id').where('card_number', '=', c.cards[i % c.cards.length]!).executeTakeFirst());
        lookups.push(performance.now() - t0);
      }
      const ms = median(times);
      const base = median(lookups);
      return [
        { metric: `checkout + checkin with ${c.loans} loans out (median of ${times.length})`, value: round(ms), unit: 'ms', target: '≤ 100 ms', ok: ms <= 100 },
        { metric: 'checkout + checkin / one indexed look-up in a transaction', value: round(ms / base), unit: '×' },
      ];
    },
  },
  {
    id: 'daily-run',
    names: { fi: 'Kirjaston päivän ajo', sv: 'Bibliotekets dagliga körning', en: "A library's daily run" },
    async run(db, { scale, log }) {
      const c = await city(db, scale, log);
      const t0 = performance.now();
      const notices = await db.transaction().execute(async (tx) => {
        const p = await requireParameters(tx, TODAY);
        await expireHolds(tx, TODAY, { unitId: c.mainId });
        return runOverdueNotices(tx, c.mainId, TODAY, p);
      });
      const s = (performance.now() - t0) / 1000;
      return [{ metric: `daily run of one of 10 libraries: ${notices.length} overdue notices`, value: round(s, 2), unit: 's', target: '≤ 10 s', ok: s <= 10 }];
    },
  },
];
