// The ECEC register's answer to changes in the person register (module contract onPersonsChanged):
// a new partner, guardian or address can change a family's size, income or who pays for a child.
import type { RegisterModule } from '../../../core/module.ts';
import { personsConcerningFees, regenerateForPersons } from './fee-decision.ts';

/**
 * Regenerates, in the transaction of the change, the fee and voucher value decisions of the
 * families the changed persons belong to or are named in, from the change date. A person's basic
 * details (names, languages) do not enter a fee, and persons with nothing to do with ECEC fees
 * cost one query. Missing official figures do not block the person write: decisions simply stop
 * where the figures end, as they do for every other change.
 */
export const onPersonsChanged: NonNullable<RegisterModule['onPersonsChanged']> = async (tx, change, ctx) => {
  if (change.kind === 'person') return;
  const personIds = await personsConcerningFees(tx, change.personIds, change.from);
  if (personIds.length === 0) return;
  await regenerateForPersons(tx, { personIds, from: change.from, decisionDate: ctx.clock.today() });
};
