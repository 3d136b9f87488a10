import { parse } from 'csv-parse/sync';
import type { Db } from '../db/database.ts';
import { ApiError } from '../http/errors.ts';
import { appendAudit } from '../audit/audit.ts';
import type { NewPerson } from './person.ts';
import { normalizeNewPerson, personRow } from './person.queries.ts';
import type { PersonsChangedNotifier } from './person-changes.ts';
import type { PersonId } from '../ids.ts';

/** A problem in an import file, with the line where it is (1 = the first line of the file). */
export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const FIELDS = [
  'hetu', 'first_names', 'calling_name', 'last_name', 'birth_date', 'sex', 'date_of_death', 'native_language',
  'contact_language', 'municipality_code', 'phone', 'email', 'non_disclosure', 'street_address', 'postal_code',
  'post_office', 'address_valid_from', 'external_key',
] as const;

type Raw = Partial<Record<(typeof FIELDS)[number], string | boolean | null>>;

const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v).trim());
const bool = (v: unknown) => v === true || v === 'true' || v === '1' || v === 'yes' || v === 'kyllä';

function toNewPerson(r: Raw, line: number): NewPerson {
  const unknown = Object.keys(r).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length) throw new ImportError(line, `unknown column(s): ${unknown.join(', ')}`);
  const sex = str(r.sex);
  if (sex && sex !== 'male' && sex !== 'female') throw new ImportError(line, 'sex must be male or female');
  const lang = str(r.contact_language) ?? 'fi';
  if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') throw new ImportError(line, 'contact_language must be fi, sv or en');
  const street = str(r.street_address);
  if (str(r.postal_code) && !/^\d{5}$/.test(str(r.postal_code)!)) throw new ImportError(line, 'postal_code must be five digits');
  return {
    hetu: str(r.hetu),
    firstNames: str(r.first_names) ?? '',
    callingName: str(r.calling_name),
    lastName: str(r.last_name) ?? '',
    birthDate: str(r.birth_date),
    sex: sex as NewPerson['sex'],
    dateOfDeath: str(r.date_of_death),
    nativeLanguage: str(r.native_language),
    contactLanguage: lang,
    municipalityCode: str(r.municipality_code),
    phone: str(r.phone),
    email: str(r.email),
    nonDisclosure: bool(r.non_disclosure),
    externalKey: str(r.external_key),
    address: street ? { streetAddress: street, postalCode: str(r.postal_code), postOffice: str(r.post_office), validFrom: str(r.address_valid_from) ?? '1900-01-01' } : null,
  };
}

/** Parses CSV (header row; `,` or `;`) or JSON lines into persons, with their line numbers. */
export function parsePersonFile(text: string, format: 'csv' | 'jsonl'): { line: number; person: NewPerson }[] {
  const out: { line: number; person: NewPerson }[] = [];
  if (format === 'jsonl') {
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      let r: Raw;
      try {
        r = JSON.parse(l);
      } catch {
        throw new ImportError(i + 1, 'not valid JSON');
      }
      out.push({ line: i + 1, person: toNewPerson(r, i + 1) });
    });
    return out;
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: Raw; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, delimiter, skip_empty_lines: true, info: true, trim: true, relax_column_count: false });
  } catch (e: any) {
    throw new ImportError(e.lines ?? 0, `CSV syntax: ${String(e.code ?? 'invalid')}`);
  }
  for (const { record, info } of records) out.push({ line: info.lines, person: toNewPerson(record, info.lines) });
  return out;
}

/**
 * Imports persons in ONE transaction: the first bad line aborts the whole import with its line
 * number and nothing is written. A person already present (same henkilötunnus or external key)
 * is updated to the file's values, so re-running the same file changes nothing. With `changes`,
 * the registers hear of the persons and addresses that changed, inside the same transaction.
 */
export async function importPersons(
  db: Db,
  rows: { line: number; person: NewPerson }[],
  onProgress?: (done: number) => void,
  changes?: { notify: PersonsChangedNotifier; today: string },
) {
  const seen = new Map<string, number>();
  const checked = rows.map(({ line, person }) => {
    let p;
    try {
      p = normalizeNewPerson(person);
    } catch (e) {
      throw new ImportError(line, e instanceof ApiError ? e.messages.en : 'invalid person');
    }
    const key = p.hetu ? `h:${p.hetu}` : p.externalKey ? `k:${p.externalKey}` : null;
    if (!key) throw new ImportError(line, 'a person without a henkilötunnus needs an external_key so that re-imports recognise them');
    if (seen.has(key)) throw new ImportError(line, `same person as on line ${seen.get(key)}`);
    seen.set(key, line);
    return { line, p };
  });
  let inserted = 0;
  let updated = 0;
  await db.transaction().execute(async (tx) => {
    const ids: string[] = [];
    const changedPersons: PersonId[] = [];
    const newAddresses = new Map<string, PersonId[]>();
    for (const [i, { p }] of checked.entries()) {
      const existing = await tx
        .selectFrom('person')
        .select('id')
        .where((eb) => (p.hetu ? eb('hetu', '=', p.hetu) : eb('external_key', '=', p.externalKey!)))
        .executeTakeFirst();
      const values = personRow(p);
      let id: string;
      if (existing) {
        id = existing.id;
        const changed = await tx
          .updateTable('person')
          .set(values)
          .where('id', '=', id)
          .where((eb) =>
            eb.or(Object.entries(values).map(([k, v]) => eb(eb.ref(k as any), 'is distinct from', v as any))),
          )
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) > 0) {
          updated++;
          changedPersons.push(id as PersonId);
        }
      } else {
        id = (await tx.insertInto('person').values(values).returning('id').executeTakeFirstOrThrow()).id;
        inserted++;
        changedPersons.push(id as PersonId);
      }
      if (p.address) {
        const a = p.address;
        const has = await tx
          .selectFrom('person_address')
          .select('id')
          .where('person_id', '=', id)
          .where('street_address', '=', a.streetAddress)
          .where('valid_from', '=', a.validFrom)
          .executeTakeFirst();
        if (!has) {
          await tx
            .updateTable('person_address')
            .set({ valid_to: a.validFrom })
            .where('person_id', '=', id)
            .where('valid_to', 'is', null)
            .where('valid_from', '<', a.validFrom)
            .execute();
          await tx
            .insertInto('person_address')
            .values({ person_id: id, street_address: a.streetAddress, postal_code: a.postalCode ?? null, post_office: a.postOffice ?? null, valid_from: a.validFrom })
            .execute();
          newAddresses.set(a.validFrom, [...(newAddresses.get(a.validFrom) ?? []), id as PersonId]);
        }
      }
      ids.push(id);
      onProgress?.(i + 1);
    }
    if (changes) {
      await changes.notify(tx, { kind: 'person', personIds: changedPersons, from: changes.today });
      for (const [from, personIds] of newAddresses) await changes.notify(tx, { kind: 'address', personIds, from });
    }
    await appendAudit(tx, [{ event: 'PersonImport', actorUserId: null, actorKind: 'cli', purpose: 'import', personIds: ids }]);
  });
  return { inserted, updated, unchanged: checked.length - inserted - updated };
}
