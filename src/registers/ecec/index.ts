// The ECEC register (varhaiskasvatus): one RegisterModule behind the module contract.
import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { coreActions } from '../../core/access/actions.ts';
import { actions, roles, ROLES } from './access.ts';
import { datasets } from './datasets.ts';

export const ececRegister = defineRegister({
  id: 'ecec',
  names: { fi: 'Varhaiskasvatuksen tietovaranto', sv: 'Informationsresurs för småbarnspedagogik', en: 'Early childhood education and care (ECEC) register' },
  purpose: {
    fi: 'Varhaiskasvatukseen ja esiopetukseen liittyvät rutiinit: varhaiskasvatuspaikkojen ylläpito, hakemukset, sijoitukset, asiakasmaksut, läsnäolot, varhaiskasvatussuunnitelmat sekä perhepäivähoitajien ja yksityisten palveluntuottajien tiedot.',
    sv: 'Rutiner inom småbarnspedagogik och förskola: platser, ansökningar, placeringar, klientavgifter, närvaro, planer för småbarnspedagogik samt uppgifter om familjedagvårdare och privata serviceproducenter.',
    en: 'Running ECEC and preschool: places, applications, placements, client fees, attendance, ECEC plans, and family day-care and private provider data.',
  },
  systems: ['Varanto'],
  datasets,
  openInterfaces: true,
  migrations: readMigrationDir('ecec', new URL('./migrations/', import.meta.url)),
  roles,
  actions: Object.values(actions),
  coreActionRules: [{ action: coreActions.personSearchAll.name, rules: [{ kind: 'global', roles: [ROLES.applicationHandler] }] }],
  routes: [],
  findByPerson: async () => [],
  statistics: [],
});
