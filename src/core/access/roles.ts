import type { Localized } from '../i18n.ts';

/**
 * A role. Unit-scoped roles are granted for one organisational unit (a school, an ECEC unit);
 * global roles for the whole organisation.
 */
export interface RoleDefinition {
  id: string;
  names: Localized;
  scope: 'global' | 'unit';
}

export const coreRoles: RoleDefinition[] = [
  { id: 'admin', scope: 'global', names: { fi: 'Pääkäyttäjä', sv: 'Huvudanvändare', en: 'Administrator' } },
  {
    id: 'registry_officer',
    scope: 'global',
    names: { fi: 'Kirjaamo (tietopyynnöt)', sv: 'Registratur (informationsbegäran)', en: 'Registry officer (information requests)' },
  },
  {
    id: 'non_disclosure_reader',
    scope: 'global',
    names: { fi: 'Turvakiellon alaisten osoitetietojen käsittelijä', sv: 'Behandlare av spärrmarkerade adresser', en: 'Reader of non-disclosed addresses' },
  },
];

export interface Grant {
  role: string;
  unitId: string | null;
}
