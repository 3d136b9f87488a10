// Self-service devices: door controllers of the self-service library (omatoimikirjasto) and
// SIP2 self-check machines. A device logs in with its own login and secret, so its events
// name the device, and a disabled device is refused at once.
import { dummyPasswordHash, verifyPassword } from '../../../core/auth/password.ts';
import { appendAudit } from '../../../core/audit/audit.ts';
import type { ReadTx, Tx } from '../../../core/db/database.ts';

export type DeviceKind = 'door' | 'sip2';

export interface Device {
  id: string;
  unitId: string;
  unitName: string;
  kind: DeviceKind;
  name: string;
}

/** The device with these credentials, or null; a missing login takes as long as a wrong secret. */
export async function authenticateDevice(db: ReadTx, login: string, secret: string, kind: DeviceKind, today: string): Promise<Device | null> {
  const d = await db
    .selectFrom('library_device as d')
    .innerJoin('organisation_unit as u', 'u.id', 'd.unit_id')
    .select(['d.id', 'd.unit_id', 'u.name as unit_name', 'd.kind', 'd.name', 'd.secret_hash', 'd.disabled_on'])
    .where('d.login', '=', login)
    .executeTakeFirst();
  const ok = await verifyPassword(d?.secret_hash ?? (await dummyPasswordHash()), secret);
  if (!d || !ok || d.kind !== kind || (d.disabled_on !== null && d.disabled_on <= today)) return null;
  return { id: d.id, unitId: d.unit_id, unitName: d.unit_name, kind: d.kind as DeviceKind, name: d.name };
}

export type PinCheck = 'ok' | 'wrong_pin' | 'pin_locked';

/**
 * Checks a patron's PIN at a device. Wrong PINs in a row are counted; at the municipal limit
 * the PIN locks (even the right PIN is refused) until a librarian sets a new one. A right PIN
 * resets the count.
 */
export async function checkPatronPin(tx: Tx, patronId: string, pin: string, maxFailures: number): Promise<PinCheck> {
  const p = await tx.selectFrom('library_patron').select(['pin_hash', 'pin_failures']).where('id', '=', patronId).executeTakeFirstOrThrow();
  if (p.pin_failures >= maxFailures) return 'pin_locked';
  if (await verifyPassword(p.pin_hash, pin)) {
    if (p.pin_failures > 0) await tx.updateTable('library_patron').set({ pin_failures: 0 }).where('id', '=', patronId).execute();
    return 'ok';
  }
  await tx.updateTable('library_patron').set({ pin_failures: p.pin_failures + 1 }).where('id', '=', patronId).execute();
  return 'wrong_pin';
}

/**
 * An audit event of a device: the actor is the system acting for the device (the first object
 * id), and the persons are the patrons whose data it read or wrote.
 */
export async function auditDevice(
  tx: Tx,
  device: Device,
  e: { event: string; datasetId: string; personIds: string[]; objectIds?: string[]; requestId?: string | null },
): Promise<void> {
  await appendAudit(tx, [
    {
      event: e.event,
      actorUserId: null,
      actorKind: 'system',
      actorUnitIds: [device.unitId],
      registerId: 'library',
      datasetId: e.datasetId,
      personIds: e.personIds,
      objectIds: [device.id, ...(e.objectIds ?? [])],
      purpose: 'self_service',
      requestId: e.requestId ?? null,
    },
  ]);
}
