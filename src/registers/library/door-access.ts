// Omatoimikirjasto: the door controller asks whether a card and PIN may open the door of a
// self-service library. Every attempt is stored (kulkutapahtumat) for the patron's own
// information request and for statistics. Called by the door integration, not by staff.
import { verifyPassword } from '../../core/auth/password.ts';
import type { Clock } from '../../core/clock.ts';
import type { Tx } from '../../core/db/database.ts';
import { borrowingBan, feeParametersOn } from './loan/loan-rules.ts';

export type DoorOutcome = 'opened' | 'wrong_pin' | 'blocked' | 'unknown_card' | 'no_self_service';

export async function requestDoorAccess(tx: Tx, clock: Clock, a: { unitId: string; cardNumber: string; pin: string }): Promise<DoorOutcome> {
  const today = clock.today();
  const patron = await tx
    .selectFrom('library_patron')
    .select(['id', 'pin_hash', 'self_service_from'])
    .where('card_number', '=', a.cardNumber)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', today)]))
    .executeTakeFirst();
  let outcome: DoorOutcome;
  if (!patron) outcome = 'unknown_card';
  else if (!(await verifyPassword(patron.pin_hash, a.pin))) outcome = 'wrong_pin';
  else if (!patron.self_service_from || patron.self_service_from > today) outcome = 'no_self_service';
  else {
    const p = await feeParametersOn(tx, today);
    outcome = p && (await borrowingBan(tx, patron.id, today, p)) === 'blocked' ? 'blocked' : 'opened';
  }
  await tx.insertInto('library_door_event').values({ unit_id: a.unitId, patron_id: patron?.id ?? null, occurred_at: clock.now(), outcome }).execute();
  return outcome;
}
