import { anyUnitRole, defineAction, globalRole, personInUnitRole, unitRole } from '../../core/access/actions.ts';
import type { RoleDefinition } from '../../core/access/roles.ts';

export const LIBRARIAN = 'library.librarian';
export const LIBRARY_ADMIN = 'library.administrator';

export const libraryRoles: RoleDefinition[] = [
  { id: LIBRARIAN, scope: 'unit', names: { fi: 'Kirjastovirkailija', sv: 'Biblioteksfunktionär', en: 'Librarian' } },
  { id: LIBRARY_ADMIN, scope: 'global', names: { fi: 'Kirjastojärjestelmän pääkäyttäjä', sv: 'Huvudanvändare för bibliotekssystemet', en: 'Library system administrator' } },
];

// A librarian serves the patrons of their library: need-to-know through personUnitLinks (the home
// library, and the libraries where the patron has a loan or a hold to pick up). At the
// circulation desk the card the patron presents is the need to know: the desk routes take the
// card number and are allowed to the librarians of the desk's library. The collection has no
// personal data and is open to every librarian; devices and loan rules to the administrator.
export const libraryActions = {
  patronCreate: defineAction('library.Patron.CREATE', 'unit', unitRole(LIBRARIAN)),
  patronRead: defineAction('library.Patron.READ', 'person', personInUnitRole(LIBRARIAN)),
  patronUpdate: defineAction('library.Patron.UPDATE', 'person', personInUnitRole(LIBRARIAN)),
  feeManage: defineAction('library.Fee.MANAGE', 'person', personInUnitRole(LIBRARIAN)),
  holdManage: defineAction('library.Hold.MANAGE', 'person', personInUnitRole(LIBRARIAN)),
  loanCreate: defineAction('library.Loan.CREATE', 'person', personInUnitRole(LIBRARIAN)),
  loanRead: defineAction('library.Loan.READ', 'person', personInUnitRole(LIBRARIAN)),
  loanRenew: defineAction('library.Loan.RENEW', 'person', personInUnitRole(LIBRARIAN)),
  loanReturn: defineAction('library.Loan.RETURN', 'unit', unitRole(LIBRARIAN)),
  deskUse: defineAction('library.Desk.USE', 'unit', unitRole(LIBRARIAN)),
  unitWork: defineAction('library.Unit.DAILY', 'unit', unitRole(LIBRARIAN)),
  catalogueRead: defineAction('library.Catalogue.READ', 'none', anyUnitRole(LIBRARIAN), globalRole(LIBRARY_ADMIN)),
  catalogueEdit: defineAction('library.Catalogue.EDIT', 'none', anyUnitRole(LIBRARIAN)),
  catalogueManage: defineAction('library.Catalogue.MANAGE', 'unit', unitRole(LIBRARIAN)),
  rulesRead: defineAction('library.Rules.READ', 'none', anyUnitRole(LIBRARIAN), globalRole(LIBRARY_ADMIN)),
  rulesManage: defineAction('library.Rules.MANAGE', 'none', globalRole(LIBRARY_ADMIN)),
  deviceManage: defineAction('library.Device.MANAGE', 'none', globalRole(LIBRARY_ADMIN)),
  statisticsRead: defineAction('library.Statistics.READ', 'none', anyUnitRole(LIBRARIAN), globalRole(LIBRARY_ADMIN)),
};
