// Demo data of the library of Varantola: a main library and a branch with a self-service
// library, a collection (Finnish classics catalogued here and real MARC21 records imported from
// the test files), patrons with loans, holds, fees, a ban and self-service entries. Loans,
// returns and holds are made through the same circulation code as at the desk, on the days
// they happened, so the demo obeys the library rules.
import { readFileSync } from 'node:fs';
import { hashPassword } from '../../core/auth/password.ts';
import { addDays } from '../../core/calendar/working-days.ts';
import { fixedClock, type Clock } from '../../core/clock.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';
import { importRecords, recordOf, upsertBiblio } from './catalogue/catalogue.ts';
import { readIso2709, readMarcXml } from './catalogue/marc.ts';
import { activePatronByCard, checkin, checkout } from './circulation/circulation.ts';
import { placeHold } from './circulation/holds.ts';

/** The PIN of every demo patron. */
export const DEMO_PATRON_PIN = '1234';
/** The secret of the demo devices (a door at the branch, a self-check machine at the main library). */
export const DEMO_DEVICE_SECRET = 'varanto-demo-device';

/** Card numbers of the demo patrons: 1000000001, 1000000002, … */
export const demoCardNumber = (i: number) => `1${String(i + 1).padStart(9, '0')}`;

const TITLES: { title: string; author: string; isbn: string | null; year: number; language: string; callNumber: string; itemType?: string; copies: number }[] = [
  { title: 'Tuntematon sotilas', author: 'Linna, Väinö', isbn: '9789510432846', year: 2017, language: 'fin', callNumber: '84.2 LIN', copies: 3 },
  { title: 'Seitsemän veljestä', author: 'Kivi, Aleksis', isbn: '9789510399101', year: 2012, language: 'fin', callNumber: '84.2 KIV', copies: 2 },
  { title: 'Muumipappa ja meri', author: 'Jansson, Tove', isbn: '9789510307069', year: 2005, language: 'fin', callNumber: '85.2 JAN', copies: 2 },
  { title: 'Puhdistus', author: 'Oksanen, Sofi', isbn: '9789510345627', year: 2008, language: 'fin', callNumber: '84.2 OKS', copies: 2 },
  { title: 'Sinuhe egyptiläinen', author: 'Waltari, Mika', isbn: '9789510388341', year: 2011, language: 'fin', callNumber: '84.2 WAL', copies: 2 },
  { title: 'Kalevala', author: 'Lönnrot, Elias', isbn: '9789510403839', year: 2013, language: 'fin', callNumber: '89.24 KAL', copies: 2 },
  { title: 'Täällä Pohjantähden alla', author: 'Linna, Väinö', isbn: '9789510379219', year: 2010, language: 'fin', callNumber: '84.2 LIN', copies: 2 },
  { title: 'Neljäntienristeys', author: 'Kinnunen, Tommi', isbn: null, year: 2014, language: 'fin', callNumber: '84.2 KIN', copies: 1 },
  { title: 'Sommarboken', author: 'Jansson, Tove', isbn: '9789100128982', year: 2010, language: 'swe', callNumber: '84.2 JAN', copies: 1 },
  { title: 'Pessi ja Illusia', author: 'Krohn, Leena', isbn: '9789513162658', year: 2013, language: 'fin', callNumber: '84.2 KRO', copies: 1 },
  { title: 'Kesäkirja (äänikirja)', author: 'Jansson, Tove', isbn: '9789510419267', year: 2016, language: 'fin', callNumber: '84.2 JAN', itemType: 'audiobook', copies: 1 },
  { title: 'Tuntematon sotilas (elokuva)', author: 'Louhimies, Aku', isbn: '9789510432846', year: 2018, language: 'fin', callNumber: '84.2 LOU', itemType: 'film', copies: 1 },
];

/** Real MARC21 records of the test files: the collection also has imported titles. */
function importedRecords() {
  const dir = new URL('./catalogue/test-data/', import.meta.url);
  return [...readIso2709(readFileSync(new URL('pymarc-test.dat', dir))), ...readMarcXml(readFileSync(new URL('natlibfi-marcxml-2RecordsFrom1.xml', dir), 'utf8'))];
}

const at = (date: string): Clock => fixedClock(`${date}T12:00:00+02:00`);

export async function seedLibraryDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const [main, branch] = await tx
    .insertInto('organisation_unit')
    .values([
      { name: 'Pääkirjasto', kind: 'library', register_id: 'library', street_address: 'Kirjastokatu 1', postal_code: '99900', post_office: 'VARANTOLA' },
      { name: 'Rantakylän kirjasto', kind: 'library', register_id: 'library', street_address: 'Rantatie 5', postal_code: '99910', post_office: 'VARANTOLA' },
    ])
    .returning('id')
    .execute();
  const mainId = main!.id;
  const branchId = branch!.id;

  // The collection: copies at the main library, one of each at the branch.
  let n = 0;
  const barcode = () => `VAR${String(++n).padStart(6, '0')}`;
  const biblios: string[] = [];
  for (const t of TITLES) {
    const b = await upsertBiblio(tx, recordOf({ title: t.title, author: t.author, isbn: t.itemType ? null : t.isbn, publicationYear: t.year, language: t.language }), ctx.clock.now());
    biblios.push(b.id);
    const rows = Array.from({ length: t.copies }, () => ({ unit_id: mainId, biblio_id: b.id, barcode: barcode(), item_type: t.itemType ?? 'book', call_number: t.callNumber }));
    rows.push({ unit_id: branchId, biblio_id: b.id, barcode: barcode(), item_type: t.itemType ?? 'book', call_number: t.callNumber });
    await tx.insertInto('library_item').values(rows).execute();
  }
  const imported = await importRecords(tx, importedRecords(), { unitId: mainId, defaultItemType: 'book', now: ctx.clock.now() });
  for (const id of imported.biblioIds) {
    await tx.insertInto('library_item').values({ unit_id: mainId, biblio_id: id, barcode: barcode(), item_type: 'book', call_number: null }).execute();
  }

  // Patrons: adults of the demo population, and children with a guardian's consent.
  const ids = ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'];
  const adults = await tx
    .selectFrom('person')
    .select(['id'])
    .where('id', 'in', ids)
    .where('birth_date', '<=', addDays(today, -20 * 366))
    .where('birth_date', '>', addDays(today, -80 * 366))
    .where('date_of_death', 'is', null)
    .where('non_disclosure', '=', false)
    .orderBy('id')
    .limit(24)
    .execute();
  const children = await tx
    .selectFrom('person as c')
    .innerJoin('person_relationship as r', (j) => j.onRef('r.related_person_id', '=', 'c.id').on('r.kind', '=', 'guardian').on('r.valid_to', 'is', null))
    .select(['c.id', 'r.person_id as guardian_id'])
    .distinctOn('c.id')
    .where('c.id', 'in', ids)
    .where('c.birth_date', '<=', addDays(today, -8 * 366))
    .where('c.birth_date', '>', addDays(today, -14 * 366))
    .where('c.date_of_death', 'is', null)
    .orderBy('c.id')
    .limit(3)
    .execute();
  const pinHash = await hashPassword(DEMO_PATRON_PIN);
  const registeredOn = addDays(today, -400);
  const patrons: { id: string; card: string }[] = [];
  for (const [i, a] of adults.entries()) {
    const card = demoCardNumber(i);
    const row = await tx
      .insertInto('library_patron')
      .values({
        person_id: a.id,
        // A quarter of the patrons use the branch; the first ones are the main library's.
        home_unit_id: i % 4 === 3 ? branchId : mainId,
        card_number: card,
        pin_hash: pinHash,
        registered_on: registeredOn,
        self_service_from: i % 2 === 0 ? addDays(today, -300) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    patrons.push({ id: row.id, card });
  }
  for (const [i, c] of children.entries()) {
    const card = demoCardNumber(100 + i);
    const row = await tx
      .insertInto('library_patron')
      .values({ person_id: c.id, home_unit_id: mainId, card_number: card, pin_hash: pinHash, registered_on: registeredOn, guardian_consent_person_id: c.guardian_id, guardian_consent_on: registeredOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    patrons.push({ id: row.id, card });
  }

  const copies = await tx.selectFrom('library_item').select(['barcode', 'biblio_id', 'unit_id']).where('unit_id', '=', mainId).orderBy('barcode').execute();
  const firstCopy = (biblioId: string) => copies.find((c) => c.biblio_id === biblioId)!.barcode;
  const lend = async (patronIndex: number, code: string, on: string, unitId = mainId) => {
    const clock = at(on);
    const patron = (await activePatronByCard(tx, patrons[patronIndex]!.card, on))!;
    return checkout(tx, clock, { patron, barcode: code, unitId });
  };

  // History: loans made and returned over the past months, one of them late (a late fee).
  for (let k = 0; k < 6 && k + 1 < patrons.length; k++) {
    const code = copies[(k * 3 + 1) % copies.length]!.barcode;
    await lend(k + 1, code, addDays(today, -120 + k * 7));
    await checkin(tx, at(addDays(today, -100 + k * 7 + (k === 2 ? 20 : 0))), { barcode: code, unitId: mainId });
  }
  // Current loans. Patron 0 (card 1000000001) has one loan and everything else free for the
  // browser test; patron 2 is overdue and gets notices; patron 5 has a ban.
  if (patrons.length >= 8) {
    await lend(0, firstCopy(biblios[3]!), addDays(today, -10));
    await lend(1, firstCopy(biblios[4]!), addDays(today, -20));
    await lend(2, firstCopy(biblios[5]!), addDays(today, -60));
    await lend(3, copies.find((c) => c.biblio_id === biblios[0] && c.unit_id === mainId)!.barcode, addDays(today, -5));
    await lend(4, firstCopy(biblios[6]!), addDays(today, -3));
    // Holds: on the title patron 3 has out, and one waiting on the hold shelf.
    await placeHold(tx, at(addDays(today, -2)), { patronId: patrons[6]!.id, biblioId: biblios[5]!, pickupUnitId: mainId });
    await placeHold(tx, at(addDays(today, -4)), { patronId: patrons[7]!.id, biblioId: biblios[2]!, pickupUnitId: mainId });
    await checkin(tx, at(addDays(today, -1)), { barcode: firstCopy(biblios[2]!), unitId: mainId });
    await tx.insertInto('library_patron_block').values({ patron_id: patrons[5]!.id, reason: 'lost_card', blocked_from: addDays(today, -30) }).execute();
  }

  // Self-service: a door at the branch and a self-check machine at the main library.
  const secret = await hashPassword(DEMO_DEVICE_SECRET);
  const [door] = await tx
    .insertInto('library_device')
    .values([
      { unit_id: branchId, kind: 'door', name: 'Rantakylän ovi', login: 'ovi-rantakyla', secret_hash: secret },
      { unit_id: mainId, kind: 'sip2', name: 'Pääkirjaston lainausautomaatti', login: 'sip-paakirjasto', secret_hash: secret },
    ])
    .returning('id')
    .execute();
  const events = patrons
    .slice(0, 8)
    .filter((_, i) => i % 2 === 0)
    .flatMap((p, i) => [1, 8, 15].map((d) => ({ unit_id: branchId, device_id: door!.id, patron_id: p.id, occurred_at: new Date(`${addDays(today, -d - i)}T18:${String(10 + i).padStart(2, '0')}:00+02:00`), outcome: 'opened' })));
  if (events.length) await tx.insertInto('library_door_event').values(events).execute();
}
