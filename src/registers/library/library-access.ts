import { anyUnitRole, defineAction, personInUnitRole, unitRole } from '../../core/access/actions.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const LIBRARIAN = 'library.librarian';

export const libraryRoles: RoleDefinition[] = [
  { id: LIBRARIAN, scope: 'unit', names: { fi: 'Kirjastovirkailija', sv: 'Biblioteksfunktionär', en: 'Librarian' } },
];

// A librarian serves the patrons of their home library (need-to-know through personUnitLinks);
// registering a patron and checking items in happen at a unit's desk.
export const libraryActions = {
  patronCreate: defineAction('library.Patron.CREATE', 'unit', unitRole(LIBRARIAN)),
  patronRead: defineAction('library.Patron.READ', 'person', personInUnitRole(LIBRARIAN)),
  loanCreate: defineAction('library.Loan.CREATE', 'person', personInUnitRole(LIBRARIAN)),
  loanRead: defineAction('library.Loan.READ', 'person', personInUnitRole(LIBRARIAN)),
  loanRenew: defineAction('library.Loan.RENEW', 'person', personInUnitRole(LIBRARIAN)),
  loanReturn: defineAction('library.Loan.RETURN', 'unit', unitRole(LIBRARIAN)),
  itemCreate: defineAction('library.Item.CREATE', 'unit', unitRole(LIBRARIAN)),
  statisticsRead: defineAction('library.Statistics.READ', 'none', anyUnitRole(LIBRARIAN)),
};
