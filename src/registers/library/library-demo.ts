import { hashPassword } from '../../core/auth/password.ts';
import { addDays } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';

const BOOKS: [string, string, string][] = [
  ['Tuntematon sotilas', 'Väinö Linna', '9789510432846'],
  ['Seitsemän veljestä', 'Aleksis Kivi', '9789510399101'],
  ['Muumipappa ja meri', 'Tove Jansson', '9789510307069'],
  ['Puhdistus', 'Sofi Oksanen', '9789510345627'],
  ['Sinuhe egyptiläinen', 'Mika Waltari', '9789510388341'],
  ['Kalevala', 'Elias Lönnrot', '9789510403839'],
];

/** A main library, a small collection and a few adult patrons with loans. */
export async function seedLibraryDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const unit = await tx
    .insertInto('organisation_unit')
    .values({ name: 'Pääkirjasto', kind: 'library', register_id: 'library', street_address: 'Kirjastokatu 1' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items = await tx
    .insertInto('library_item')
    .values(BOOKS.map(([title, author, isbn], i) => ({ unit_id: unit.id, barcode: `DEMO${String(i + 1).padStart(6, '0')}`, title, author, isbn })))
    .returning('id')
    .execute();
  const adults = await tx
    .selectFrom('person')
    .select(['id'])
    .where('id', 'in', ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'])
    .where('birth_date', '<=', addDays(today, -18 * 366))
    .where('date_of_death', 'is', null)
    .orderBy('id')
    .limit(5)
    .execute();
  const pinHash = await hashPassword('1234');
  for (const [i, a] of adults.entries()) {
    const patron = await tx
      .insertInto('library_patron')
      .values({ person_id: a.id, home_unit_id: unit.id, card_number: `DEMO${1000 + i}`, pin_hash: pinHash, registered_on: addDays(today, -400), self_service_from: i % 2 ? null : addDays(today, -300) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = items[i % items.length]!;
    await tx.insertInto('library_loan').values({ patron_id: patron.id, item_id: item.id, unit_id: unit.id, loaned_on: addDays(today, -20), due_on: addDays(today, 8) }).execute();
  }
}
