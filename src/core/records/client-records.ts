// Shapes that social-welfare registers share without knowing of each other: a client
// relationship with its contact persons (yhteyshenkilöt), and append-only record entries
// (kirjaukset, asiakaskertomus) that are corrected by writing a new entry, never by editing.
// Each register keeps its own tables and queries; only the row shapes meet here.
import { badRequest, conflict, notFoundOrDenied } from '../http/errors.ts';
import type { PersonId } from '../ids.ts';
import type { Localized } from '../i18n.ts';
import type { PersonRecordItem } from '../module.ts';

export interface ClientRelationshipRow {
  id: string;
  unit_id: string;
  start_date: string;
  end_date: string | null;
}

export interface ContactPersonRow {
  client_id: string;
  person_id: string | null;
  name: string | null;
  phone: string | null;
  relation: string;
}

/** A contact person row joined with the client it belongs to. */
export interface ContactOfRow {
  id: string;
  relation: string;
  phone: string | null;
  client_person_id: string;
  start_date: string;
}

const L = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

/**
 * A person's client relationships with their contact persons as information-request items.
 * Contacts found in the person register are listed as other persons, so that their data can be
 * redacted from the answer; `extra` adds register-specific fields of the relationship.
 *
 * @example
 * clientRelationshipItems('contacts', clients, contacts, (c) => ({ serviceArea: c.service_area }))
 */
export function clientRelationshipItems<C extends ClientRelationshipRow>(
  datasetId: string,
  clients: C[],
  contacts: ContactPersonRow[],
  extra: (c: C) => Record<string, unknown> = () => ({}),
): PersonRecordItem[] {
  return clients.map((c) => {
    const own = contacts.filter((x) => x.client_id === c.id);
    return {
      id: c.id,
      datasetId,
      title: L(`Asiakkuus ${c.start_date}`, `Klientrelation ${c.start_date}`, `Client relationship ${c.start_date}`),
      date: c.start_date,
      data: {
        unitId: c.unit_id,
        ...extra(c),
        startDate: c.start_date,
        endDate: c.end_date,
        contacts: own.map((x) => ({ personId: x.person_id, name: x.name, phone: x.phone, relation: x.relation })),
      },
      role: 'subject' as const,
      otherPersonIds: own.flatMap((x) => (x.person_id ? [x.person_id as PersonId] : [])),
    };
  });
}

/** The person as somebody's contact person: only the fact and their own details, never the client's record. */
export function contactOfItems(datasetId: string, rows: ContactOfRow[]): PersonRecordItem[] {
  return rows.map((x) => ({
    id: x.id,
    datasetId,
    title: L('Yhteyshenkilönä', 'Som kontaktperson', 'As a contact person'),
    date: x.start_date,
    data: { relation: x.relation, phone: x.phone },
    role: 'reference' as const,
    otherPersonIds: [x.client_person_id as PersonId],
  }));
}

/** An append-only entry: `corrects_id` points at the entry it corrects. */
export interface EntryRow {
  id: string;
  corrects_id: string | null;
}

/**
 * Folds corrections into a list of append-only entries: every entry stays (nothing recorded
 * is ever lost), each gets the id of the entry that corrected it, or null when it is current.
 * Corrections form chains (a correction can itself be corrected), so "current" is simply
 * "not corrected by anything".
 *
 * @example
 * withCorrections([{ id: 'a', corrects_id: null }, { id: 'b', corrects_id: 'a' }])
 * // [{ id: 'a', corrects_id: null, correctedById: 'b' }, { id: 'b', corrects_id: 'a', correctedById: null }]
 */
export function withCorrections<T extends EntryRow>(entries: T[]): (T & { correctedById: string | null })[] {
  const by = new Map<string, string>();
  for (const e of entries) if (e.corrects_id) by.set(e.corrects_id, e.id);
  return entries.map((e) => ({ ...e, correctedById: by.get(e.id) ?? null }));
}

/**
 * Checks that `original` may be corrected by a new entry about `personId`: it must exist, be
 * about the same person, and not be corrected already (a later correction corrects the latest
 * version, so the history stays one chain).
 */
export function assertCorrectable(original: { person_id: string; corrected: boolean } | undefined, personId: string): void {
  if (!original || original.person_id !== personId) throw notFoundOrDenied();
  if (original.corrected) {
    throw conflict('already_corrected', {
      fi: 'Kirjaus on jo korjattu. Korjaa uusin versio.',
      sv: 'Anteckningen har redan rättats. Rätta den senaste versionen.',
      en: 'The entry has already been corrected. Correct the latest version.',
    });
  }
}

/** Title, date and data of an entry as an information-request item; corrections say what they correct. */
export function entryItem(
  datasetId: string,
  e: EntryRow & { recorded_at: Date; correction_reason?: string | null },
  title: (day: string) => Localized,
  data: Record<string, unknown>,
  correctedById: string | null,
): PersonRecordItem {
  const day = e.recorded_at.toISOString().slice(0, 10);
  return {
    id: e.id,
    datasetId,
    title: title(day),
    date: day,
    data: {
      recordedAt: e.recorded_at.toISOString(),
      ...data,
      ...(e.corrects_id ? { correctsId: e.corrects_id, correctionReason: e.correction_reason ?? null } : {}),
      correctedById,
    },
    role: 'subject',
  };
}

/**
 * The number of a new version of a versioned client plan (every version is kept): one after
 * the last, and never starting before the last one did, so the versions stay in the order they
 * were in force. The caller reads `last` under a lock on the person (two writers would
 * otherwise get the same number).
 *
 * @example
 * const last = await tx.selectFrom('social_client_plan').select(['version', 'valid_from'])
 *   .where('person_id', '=', personId).orderBy('version', 'desc').executeTakeFirst();
 * const version = nextPlanVersion(last, body.validFrom); // 1 for the first plan
 */
export function nextPlanVersion(last: { version: number; valid_from: string } | undefined, validFrom: string): number {
  if (last && validFrom < last.valid_from) {
    throw badRequest('plan_before_previous', {
      fi: 'Uusi versio ei voi alkaa ennen edellistä versiota.',
      sv: 'Den nya versionen kan inte börja före den föregående.',
      en: 'A new version cannot start before the previous version.',
    });
  }
  return (last?.version ?? 0) + 1;
}
