import { readMigrationDir } from '../../core/db/migrate.ts';
import { defineRegister } from '../../core/module.ts';
import { actions, REGISTER_ID, roles } from './access.ts';
import { datasets } from './datasets.ts';
import { findByPerson, personUnitLinks } from './find-by-person.ts';
import { statistics } from './statistics.ts';
import { seedDemo } from './seed-demo.ts';
import { benchmarks } from './bench.ts';
import { schoolRoutes } from './school/school.routes.ts';
import { pupilRoutes } from './pupil/pupil.routes.ts';
import { attendanceRoutes } from './attendance/attendance.routes.ts';
import { supportRoutes } from './support/support.routes.ts';
import { welfareRoutes } from './welfare/welfare.routes.ts';
import { transportRoutes } from './transport/transport.routes.ts';
import { activityRoutes } from './activity/activity.routes.ts';
import { certificateRoutes } from './certificates/certificate.routes.ts';
import { staffRoutes } from './school/staff.routes.ts';
import { parameterRoutes } from './parameters.routes.ts';

/** Perusopetus: the basic-education register (Primus/Wilma; KOSKI data model). */
export const basicEducation = defineRegister({
  id: REGISTER_ID,
  names: { fi: 'Perusopetuksen tietovaranto', sv: 'Den grundläggande utbildningens informationsresurs', en: 'Basic education register' },
  purpose: {
    fi: 'Rekistereillä hallinnoidaan oppilaiden henkilö- ja opiskelutietoja, koulunkäynnin historiatietoja, opettajien ja henkilökunnantietoja sekä opetustarjontaa. Tietojen avulla suunnitellaan opetusta, kirjataan päätöksiä, koulumatkatietoja, arvioidaan suorituksia ja tulostetaan todistuksia.',
    sv: 'Registren används för att förvalta elevernas person- och studieuppgifter, skolgångshistorik, uppgifter om lärare och personal samt undervisningsutbudet. Med uppgifterna planeras undervisningen, registreras beslut och skolvägsuppgifter, bedöms prestationer och skrivs betyg ut.',
    en: 'The register holds pupils’ personal and study data, school history, teacher and staff data and the teaching offered. It is used to plan teaching, record decisions and school trips, assess performance and print certificates.',
  },
  systems: ['Primus', 'Wilma'],
  datasets,
  openInterfaces: false,
  migrations: readMigrationDir(REGISTER_ID, new URL('./migrations/', import.meta.url)),
  roles,
  actions,
  routes: [...schoolRoutes, ...staffRoutes, ...parameterRoutes, ...pupilRoutes, ...attendanceRoutes, ...supportRoutes, ...welfareRoutes, ...transportRoutes, ...activityRoutes, ...certificateRoutes],
  findByPerson: (db, personId) => findByPerson(db, personId),
  personUnitLinks,
  statistics,
  seedDemo: (tx, ctx) => seedDemo(tx, ctx),
  benchmarks,
});
