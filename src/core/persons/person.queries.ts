import { sql } from 'kysely';
import type { ReadTx, Tx } from '../db/database.ts';
import type { PersonId } from '../ids.ts';
import { parseHetu, hetuLocalizedReason } from '../hetu/hetu.ts';
import { badRequest, conflict } from '../http/errors.ts';
import type { Address, NewPerson, PersonDetails, PersonSummary, RelatedPerson } from './person.ts';

const summaryColumns = [
  'p.id',
  'p.first_names',
  'p.calling_name',
  'p.last_name',
  'p.birth_date',
  'p.sex',
  'p.date_of_death',
  'p.non_disclosure',
] as const;

type SummaryRow = {
  id: string;
  first_names: string;
  calling_name: string | null;
  last_name: string;
  birth_date: string;
  sex: string | null;
  date_of_death: string | null;
  non_disclosure: boolean;
};

export const toSummary = (r: SummaryRow): PersonSummary => ({
  id: r.id as PersonId,
  firstNames: r.first_names,
  callingName: r.calling_name,
  lastName: r.last_name,
  birthDate: r.birth_date,
  sex: r.sex === 'male' || r.sex === 'female' ? r.sex : null,
  dateOfDeath: r.date_of_death,
  nonDisclosure: r.non_disclosure,
});

export async function getPersonSummaries(db: ReadTx, ids: string[]): Promise<PersonSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('person as p').select(summaryColumns).where('p.id', 'in', ids).execute();
  return rows.map(toSummary);
}

/** Exact look-up by henkilötunnus, returning the summary in the same round trip. */
export async function findPersonByHetu(db: ReadTx, hetu: string): Promise<PersonSummary | null> {
  const parsed = parseHetu(hetu);
  if (!parsed.valid) throw badRequest('invalid_hetu', hetuLocalizedReason(parsed.reason));
  const row = await db.selectFrom('person as p').select(summaryColumns).where('p.hetu', '=', parsed.hetu).executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** Exact look-up by henkilötunnus; the code is validated first and normalised to upper case. */
export async function findPersonIdByHetu(db: ReadTx, hetu: string): Promise<PersonId | null> {
  const parsed = parseHetu(hetu);
  if (!parsed.valid) throw badRequest('invalid_hetu', hetuLocalizedReason(parsed.reason));
  const row = await db.selectFrom('person').select('id').where('hetu', '=', parsed.hetu).executeTakeFirst();
  return (row?.id as PersonId) ?? null;
}

export interface PersonSearchHit extends PersonSummary {
  score: number;
  /** The name matched was a previous name (e.g. a maiden name). */
  matchedPreviousName: boolean;
}

/**
 * Finnish-aware fuzzy name search. Names are folded (case, ä/ö/å, w/v, hyphens) and matched
 * by trigram word similarity, so word order, a missing middle name, a calling name, a typo or
 * a previous surname still find the person; exact word matches rank first.
 */
export async function searchPersonsByName(
  db: ReadTx,
  q: { query: string; birthDate?: string | null; limit: number; restrictTo?: string[] | null },
): Promise<PersonSearchHit[]> {
  const folded = (await sql<{ f: string }>`select varanto_fold_name(${q.query}) as f`.execute(db)).rows[0]?.f ?? '';
  const words = [...new Set(folded.split(' ').filter((w) => w.length >= 2))].slice(0, 6);
  if (words.length === 0) return [];
  // Every query word must match a name word of the person: exactly (1.0), as a prefix of at
  // least three letters (type-ahead), or by trigram similarity (typos, ä/a already folded).
  const rows = await sql<SummaryRow & { score: number; previous: boolean }>`
    with q as (
      select w, i from unnest(${words}::text[]) with ordinality as t(w, i)
    ), candidates as (
      select q.i, nw.word, nw.word = q.w as exact,
        case when nw.word = q.w then 1.0
             when length(q.w) >= 3 and nw.word like q.w || '%' then 0.6 + 0.3 * length(q.w) / length(nw.word)
             else similarity(nw.word, q.w) end as sim
      from q cross join lateral (
        -- Separate branches so that each uses its index (trigram, prefix) as the dictionary grows.
        select word from name_word where word % q.w
        union
        select word from name_word where length(q.w) >= 3 and word like q.w || '%'
      ) nw
    ), matched as (
      -- A word that exists as such is taken as typed; similar words are tried only for a word
      -- that matches no name exactly (a typo or the unfinished last word of a type-ahead).
      select c.i, c.word, c.sim from candidates c
      where c.exact or not exists (select 1 from candidates e where e.i = c.i and e.exact)
    ), per_word as (
      select pw.person_id, m.i, max(m.sim) as sim, bool_and(pw.kind = 'previous') as previous_only
      -- A lateral look-up per matched word, so each word's persons come from the (word, person)
      -- index even when the planner's row estimate would pick a scan of the whole table.
      from matched m cross join lateral (
        select person_id, kind from person_name_word where word = m.word offset 0
      ) pw
      group by pw.person_id, m.i
    ), hits as (
      select person_id, sum(sim) / ${words.length} as score, bool_or(previous_only) as previous
      from per_word group by person_id having count(*) = ${words.length}
    )
    select p.id, p.first_names, p.calling_name, p.last_name, p.birth_date, p.sex, p.date_of_death, p.non_disclosure,
      h.score, h.previous
    from hits h join person p on p.id = h.person_id
    where (${q.birthDate ?? null}::date is null or p.birth_date = ${q.birthDate ?? null}::date)
      and (${q.restrictTo ?? null}::uuid[] is null or p.id = any(${q.restrictTo ?? null}::uuid[]))
    order by h.score desc, p.last_name, p.first_names, p.id
    limit ${q.limit}`.execute(db);
  return rows.rows.map((r) => ({ ...toSummary(r), score: Math.round(Number(r.score) * 1000) / 1000, matchedPreviousName: !!r.previous }));
}

export async function getPersonDetails(
  db: ReadTx,
  id: string,
  opts: { today: string; mayReadNonDisclosed: boolean },
): Promise<PersonDetails | null> {
  const p = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) return null;
  const hide = p.non_disclosure && !opts.mayReadNonDisclosed;
  const [prev, addresses, rels] = await Promise.all([
    db.selectFrom('person_previous_name').select(['first_names', 'last_name', 'changed_on']).where('person_id', '=', id).orderBy('changed_on').execute(),
    hide
      ? Promise.resolve([])
      : db.selectFrom('person_address').selectAll().where('person_id', '=', id).orderBy('valid_from', 'desc').execute(),
    getRelationships(db, id),
  ]);
  return {
    ...toSummary(p),
    hetu: p.hetu,
    hetuTemporary: p.hetu_temporary,
    previousNames: prev.map((r) => ({ firstNames: r.first_names, lastName: r.last_name, changedOn: r.changed_on })),
    nativeLanguage: p.native_language,
    contactLanguage: (p.contact_language as PersonDetails['contactLanguage']) ?? 'fi',
    municipalityCode: hide ? null : p.municipality_code,
    addresses: addresses.map(
      (a): Address => ({
        id: a.id,
        streetAddress: a.street_address,
        postalCode: a.postal_code,
        postOffice: a.post_office,
        validFrom: a.valid_from,
        validTo: a.valid_to,
      }),
    ),
    phone: hide ? null : p.phone,
    email: hide ? null : p.email,
    addressHidden: hide,
    relationships: rels,
  };
}

export async function getRelationships(db: ReadTx, id: string): Promise<RelatedPerson[]> {
  const rows = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as p', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([eb('r.person_id', '=', id), eb('p.id', '=', eb.ref('r.related_person_id'))]),
          eb.and([eb('r.related_person_id', '=', id), eb('p.id', '=', eb.ref('r.person_id'))]),
        ]),
      ),
    )
    .select([...summaryColumns, 'r.kind', 'r.person_id as from_id', 'r.valid_from', 'r.valid_to'])
    .orderBy('p.birth_date')
    .execute();
  return rows.map((r) => {
    const outgoing = r.from_id === id; // this person is the adult side
    const kind: RelatedPerson['kind'] =
      r.kind === 'partner' ? 'partner' : r.kind === 'guardian' ? (outgoing ? 'child_in_custody' : 'guardian') : outgoing ? 'child' : 'parent';
    return { kind, person: toSummary(r), validFrom: r.valid_from, validTo: r.valid_to };
  });
}

const INVALID_DATE = { fi: 'Virheellinen päivämäärä.', sv: 'Ogiltigt datum.', en: 'Invalid date.' };

/** Checks a new person and fills what the henkilötunnus tells (birth date, sex). */
export function normalizeNewPerson(p: NewPerson): NewPerson & { birthDate: string; hetuTemporary: boolean } {
  let birthDate = p.birthDate ?? null;
  let sex = p.sex ?? null;
  let hetu: string | null = null;
  let hetuTemporary = false;
  if (p.hetu) {
    const parsed = parseHetu(p.hetu);
    if (!parsed.valid) throw badRequest('invalid_hetu', hetuLocalizedReason(parsed.reason));
    if (birthDate && birthDate !== parsed.birthDate) {
      throw badRequest('birth_date_mismatch', {
        fi: 'Syntymäaika ei vastaa henkilötunnusta.',
        sv: 'Födelsedatumet motsvarar inte personbeteckningen.',
        en: 'The birth date does not match the personal identity code.',
      });
    }
    hetu = parsed.hetu;
    birthDate = parsed.birthDate;
    sex = sex ?? parsed.sex;
    hetuTemporary = parsed.temporary;
  }
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(birthDate))) {
    throw badRequest('birth_date_required', {
      fi: 'Syntymäaika puuttuu tai on virheellinen (henkilötunnuksettomalle pakollinen).',
      sv: 'Födelsedatum saknas eller är ogiltigt (obligatoriskt utan personbeteckning).',
      en: 'Birth date is missing or invalid (required without a personal identity code).',
    });
  }
  if (!p.firstNames?.trim() || !p.lastName?.trim()) {
    throw badRequest('name_required', { fi: 'Etu- ja sukunimi ovat pakollisia.', sv: 'För- och efternamn är obligatoriska.', en: 'First and last names are required.' });
  }
  if (p.callingName && !p.firstNames.split(/[\s]+/).some((n) => n === p.callingName || n.split('-').includes(p.callingName!))) {
    throw badRequest('calling_name_not_in_first_names', {
      fi: 'Kutsumanimen on oltava yksi etunimistä.',
      sv: 'Tilltalsnamnet måste vara ett av förnamnen.',
      en: 'The calling name must be one of the first names.',
    });
  }
  if (p.dateOfDeath && Number.isNaN(Date.parse(p.dateOfDeath))) throw badRequest('invalid_date', INVALID_DATE);
  return { ...p, hetu, birthDate, sex, hetuTemporary };
}

/** The person table's columns of a checked person (from normalizeNewPerson). */
export function personRow(p: ReturnType<typeof normalizeNewPerson>) {
  return {
    hetu: p.hetu ?? null,
    hetu_temporary: p.hetuTemporary,
    first_names: p.firstNames.trim(),
    calling_name: p.callingName ?? null,
    last_name: p.lastName.trim(),
    birth_date: p.birthDate,
    sex: p.sex ?? null,
    date_of_death: p.dateOfDeath ?? null,
    native_language: p.nativeLanguage ?? null,
    contact_language: p.contactLanguage ?? 'fi',
    municipality_code: p.municipalityCode ?? null,
    phone: p.phone ?? null,
    email: p.email ?? null,
    non_disclosure: p.nonDisclosure ?? false,
    external_key: p.externalKey ?? null,
  };
}

/** Inserts a person with previous names and address. A duplicate henkilötunnus is a 409. */
export async function insertPerson(tx: Tx, input: NewPerson): Promise<PersonId> {
  const p = normalizeNewPerson(input);
  if (p.hetu) {
    const existing = await tx.selectFrom('person').select('id').where('hetu', '=', p.hetu).executeTakeFirst();
    if (existing) {
      throw conflict('duplicate_hetu', {
        fi: 'Henkilö tällä henkilötunnuksella on jo rekisterissä.',
        sv: 'En person med denna personbeteckning finns redan i registret.',
        en: 'A person with this personal identity code is already in the register.',
      });
    }
  }
  const row = await tx
    .insertInto('person')
    .values(personRow(p))
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.previousNames?.length) {
    await tx
      .insertInto('person_previous_name')
      .values(p.previousNames.map((n) => ({ person_id: row.id, first_names: n.firstNames, last_name: n.lastName, changed_on: n.changedOn ?? null })))
      .execute();
  }
  if (p.address) {
    await tx
      .insertInto('person_address')
      .values({
        person_id: row.id,
        street_address: p.address.streetAddress,
        postal_code: p.address.postalCode ?? null,
        post_office: p.address.postOffice ?? null,
        valid_from: p.address.validFrom,
      })
      .execute();
  }
  return row.id as PersonId;
}

export async function addRelationship(
  tx: Tx,
  r: { kind: 'guardian' | 'parent' | 'partner'; personId: string; relatedPersonId: string; validFrom: string; validTo?: string | null },
) {
  if (r.personId === r.relatedPersonId) {
    throw badRequest('self_relationship', { fi: 'Henkilö ei voi olla itsensä omainen.', sv: 'En person kan inte vara anhörig till sig själv.', en: 'A person cannot be related to themselves.' });
  }
  const row = await tx
    .insertInto('person_relationship')
    .values({ kind: r.kind, person_id: r.personId, related_person_id: r.relatedPersonId, valid_from: r.validFrom, valid_to: r.validTo ?? null })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Household for fee rules: the person's partners valid on the date and the minor children in
 * the custody of either (used by ECEC and other fee decisions).
 */
export async function getFamilyOn(db: ReadTx, personId: string, date: string) {
  const valid = sql<boolean>`r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)`;
  const partners = await db
    .selectFrom('person_relationship as r')
    .select(sql<string>`case when r.person_id = ${personId}::uuid then r.related_person_id else r.person_id end`.as('id'))
    .where('r.kind', '=', 'partner')
    .where((eb) => eb.or([eb('r.person_id', '=', personId), eb('r.related_person_id', '=', personId)]))
    .where(valid)
    .execute();
  const adults = [personId, ...partners.map((p) => p.id)];
  const children = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as c', 'c.id', 'r.related_person_id')
    .select('c.id')
    .distinct()
    .where('r.kind', 'in', ['guardian', 'parent'])
    .where('r.person_id', 'in', adults)
    .where(valid)
    .where(sql<boolean>`c.birth_date > (${date}::date - interval '18 years')`)
    .execute();
  return { adults, children: children.map((c) => c.id) };
}

export interface PersonChanges {
  firstNames?: string;
  callingName?: string | null;
  lastName?: string;
  dateOfDeath?: string | null;
  nativeLanguage?: string | null;
  contactLanguage?: 'fi' | 'sv' | 'en';
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
  nonDisclosure?: boolean;
}

/**
 * Changes a person. A changed last or first name keeps the old one as a previous name, so
 * searches by a former name still find the person.
 */
export async function updatePerson(tx: Tx, id: string, c: PersonChanges, today: string): Promise<void> {
  const p = await tx.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!p) throw badRequest('not_found', { fi: 'Henkilöä ei löydy.', sv: 'Personen hittades inte.', en: 'Person not found.' });
  const firstNames = c.firstNames?.trim() ?? p.first_names;
  const lastName = c.lastName?.trim() ?? p.last_name;
  const callingName = c.callingName === undefined ? p.calling_name : c.callingName;
  normalizeNewPerson({ firstNames, lastName, callingName, birthDate: p.birth_date });
  if (c.dateOfDeath && c.dateOfDeath < p.birth_date) throw badRequest('invalid_date', INVALID_DATE);
  if (firstNames !== p.first_names || lastName !== p.last_name) {
    await tx.insertInto('person_previous_name').values({ person_id: id, first_names: p.first_names, last_name: p.last_name, changed_on: today }).execute();
  }
  await tx
    .updateTable('person')
    .set({
      first_names: firstNames,
      last_name: lastName,
      calling_name: callingName,
      ...(c.dateOfDeath !== undefined ? { date_of_death: c.dateOfDeath } : {}),
      ...(c.nativeLanguage !== undefined ? { native_language: c.nativeLanguage } : {}),
      ...(c.contactLanguage !== undefined ? { contact_language: c.contactLanguage } : {}),
      ...(c.municipalityCode !== undefined ? { municipality_code: c.municipalityCode } : {}),
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.nonDisclosure !== undefined ? { non_disclosure: c.nonDisclosure } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Adds an address from a date; the address valid until then ends the day before. */
export async function addAddress(
  tx: Tx,
  personId: string,
  a: { streetAddress: string; postalCode?: string | null; postOffice?: string | null; validFrom: string },
): Promise<string> {
  await tx
    .updateTable('person_address')
    .set({ valid_to: sql`${a.validFrom}::date - 1` as any })
    .where('person_id', '=', personId)
    .where('valid_to', 'is', null)
    .where('valid_from', '<', a.validFrom)
    .execute();
  const row = await tx
    .insertInto('person_address')
    .values({ person_id: personId, street_address: a.streetAddress, postal_code: a.postalCode ?? null, post_office: a.postOffice ?? null, valid_from: a.validFrom })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
