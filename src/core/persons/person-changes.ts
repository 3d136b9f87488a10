// Tells the registers about writes to the person register (module contract `onPersonsChanged`),
// in the writing transaction, so that what they derive from families and addresses stays current.
import type { Tx } from '../db/database.ts';
import type { PersonId } from '../ids.ts';
import type { PersonsChange, RegisterContext, RegisterModule } from '../module.ts';

/** A function that reports one change to every register that listens; a no-op without registers. */
export type PersonsChangedNotifier = (tx: Tx, change: PersonsChange) => Promise<void>;

/**
 * Builds the notifier for the enabled registers. Registers are called one after another (a
 * transaction runs one statement at a time) and an error in one rolls the whole write back.
 *
 * @example
 * const notify = personsChangedNotifier(registers, { clock });
 * await notify(tx, { kind: 'relationship', personIds: [guardianId, childId], from: '2025-08-01' });
 */
export function personsChangedNotifier(registers: RegisterModule[], ctx: RegisterContext): PersonsChangedNotifier {
  const listeners = registers.filter((r) => r.onPersonsChanged);
  return async (tx, change) => {
    const personIds = [...new Set(change.personIds)] as PersonId[];
    if (personIds.length === 0) return;
    for (const r of listeners) await r.onPersonsChanged!(tx, { ...change, personIds }, ctx);
  };
}
