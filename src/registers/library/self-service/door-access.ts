// Omatoimikirjasto: the door controller of a self-service library asks whether a card and PIN
// may open the door. The answer follows the library rules in force: the patron has accepted the
// self-service terms, is old enough, has no borrowing ban, and the PIN is right and not locked.
// Every attempt is stored (kulkutapahtumat) for the patron's information request, for the
// library's statistics, and to see a card being tried through.
import type { Clock } from '../../../core/clock.ts';
import type { Tx } from '../../../core/db/database.ts';
import type { Localized } from '../../../core/i18n.ts';
import { activePatronByCard } from '../circulation/circulation.ts';
import { ageOn, borrowingBan } from '../circulation/loan-rules.ts';
import { requireParameters } from '../circulation/parameters.ts';
import { auditDevice, checkPatronPin, type Device } from './devices.ts';

export type DoorOutcome = 'opened' | 'wrong_pin' | 'pin_locked' | 'blocked' | 'unknown_card' | 'no_self_service' | 'too_young';

/** What the door's display tells the patron. */
export const doorMessages: Record<DoorOutcome, Localized> = {
  opened: { fi: 'Tervetuloa kirjastoon!', sv: 'Välkommen till biblioteket!', en: 'Welcome to the library!' },
  wrong_pin: { fi: 'Väärä PIN-koodi.', sv: 'Fel PIN-kod.', en: 'Wrong PIN.' },
  pin_locked: {
    fi: 'PIN-koodi on lukittu liian monen väärän yrityksen vuoksi. Asioi palvelutiskillä.',
    sv: 'PIN-koden är låst efter för många felaktiga försök. Kontakta bibliotekets kundtjänst.',
    en: 'The PIN is locked after too many wrong attempts. Please visit the service desk.',
  },
  blocked: {
    fi: 'Kortilla on lainauskielto. Asioi palvelutiskillä aukioloaikana.',
    sv: 'Kortet har lånespärr. Kontakta kundtjänsten under öppettiderna.',
    en: 'The card has a borrowing ban. Please visit the service desk during staffed hours.',
  },
  unknown_card: { fi: 'Korttia ei tunnisteta.', sv: 'Kortet känns inte igen.', en: 'The card is not recognised.' },
  no_self_service: {
    fi: 'Kortilla ei ole omatoimikirjaston käyttöoikeutta.',
    sv: 'Kortet har inte rätt att använda meröppet bibliotek.',
    en: 'The card has no self-service library access.',
  },
  too_young: {
    fi: 'Omatoimikirjastoa voi käyttää yksin vasta ikärajan täytettyään.',
    sv: 'Meröppet bibliotek får användas ensam först efter åldersgränsen.',
    en: 'The self-service library is open to patrons above the age limit only.',
  },
};

export async function requestDoorAccess(
  tx: Tx,
  clock: Clock,
  a: { device: Device; cardNumber: string; pin: string; requestId?: string | null },
): Promise<{ outcome: DoorOutcome; eventId: string }> {
  const today = clock.today();
  const p = await requireParameters(tx, today);
  const patron = await activePatronByCard(tx, a.cardNumber.trim(), today);
  let outcome: DoorOutcome;
  if (!patron) outcome = 'unknown_card';
  else {
    const pin = await checkPatronPin(tx, patron.id, a.pin, p.max_pin_failures);
    if (pin !== 'ok') outcome = pin;
    else {
      const detail = await tx
        .selectFrom('library_patron as p')
        .innerJoin('person as pe', 'pe.id', 'p.person_id')
        .select(['p.self_service_from', 'pe.birth_date'])
        .where('p.id', '=', patron.id)
        .executeTakeFirstOrThrow();
      if (!detail.self_service_from || detail.self_service_from > today) outcome = 'no_self_service';
      else if (ageOn(detail.birth_date, today) < p.self_service_min_age) outcome = 'too_young';
      else if (await borrowingBan(tx, patron.id, today, p)) outcome = 'blocked';
      else outcome = 'opened';
    }
  }
  const ev = await tx
    .insertInto('library_door_event')
    .values({ unit_id: a.device.unitId, device_id: a.device.id, patron_id: patron?.id ?? null, occurred_at: clock.now(), outcome })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditDevice(tx, a.device, { event: 'LibraryDoorAccess', datasetId: 'patrons', personIds: patron ? [patron.person_id] : [], objectIds: [ev.id], requestId: a.requestId ?? null });
  return { outcome, eventId: ev.id };
}
