// The seven datasets of the ECEC register, named as in the municipal §28 descriptions (Kustavi).
import type { DatasetDefinition, RetentionRule } from '../../core/module.ts';

const KA = 'Kansallisarkisto AL/13089/07.01.01.01.01/2018';
const carePlus10: RetentionRule = {
  text: { fi: 'Hoitosuhteen päättymisestä 10 vuotta', sv: '10 år efter att vårdförhållandet upphört', en: '10 years after the care period ends' },
  basis: KA,
  years: 10,
  trigger: 'case_closed',
};
const LAW = ['Varhaiskasvatuslaki 540/2018', 'Tiedonhallintalaki 906/2019 28 §'];

export const DATASET = {
  contacts: 'contacts',
  applications: 'applications',
  placementsAndFees: 'placements-and-fee-decisions',
  attendance: 'attendance',
  vasu: 'vasu',
  providers: 'private-providers',
  statistics: 'statistics',
} as const;

export const datasets: DatasetDefinition[] = [
  {
    id: DATASET.contacts,
    names: { fi: 'Lasten, huoltajien ja henkilökunnan yhteystiedot', sv: 'Kontaktuppgifter till barn, vårdnadshavare och personal', en: 'Contact details of children, guardians and staff' },
    description: {
      fi: 'Lapset ja huoltajat henkilörekisteristä; henkilökunta yksiköittäin ja ryhmittäin.',
      sv: 'Barn och vårdnadshavare ur personregistret; personal per enhet och grupp.',
      en: 'Children and guardians from the person register; staff by unit and group.',
    },
    legalBasis: LAW,
    retention: carePlus10,
  },
  {
    id: DATASET.applications,
    names: { fi: 'Hakemukset', sv: 'Ansökningar', en: 'Applications' },
    description: {
      fi: 'Varhaiskasvatus-, esiopetus-, kerho- ja siirtohakemukset, hakutoiveet, kiireellisyys ja käsittelyn määräaika (VakaL 17 §).',
      sv: 'Ansökningar om småbarnspedagogik, förskola, klubb och byte, önskemål, brådska och förfallodag (LSP 17 §).',
      en: 'ECEC, preschool, club and transfer applications, preferred units, urgency and due date (ECEC Act 17 §).',
    },
    legalBasis: [...LAW, 'Varhaiskasvatuslaki 540/2018 17 §'],
    retention: carePlus10,
  },
  {
    id: DATASET.placementsAndFees,
    names: { fi: 'Sijoitus ja maksupäätökset', sv: 'Placerings- och avgiftsbeslut', en: 'Placements and fee decisions' },
    description: {
      fi: 'Sijoitukset, sijoituspäätökset, tulotiedot, maksupäätökset (laki 1503/2016) ja palvelusetelipäätökset.',
      sv: 'Placeringar, placeringsbeslut, inkomstuppgifter, avgiftsbeslut (lag 1503/2016) och servicesedelbeslut.',
      en: 'Placements, placement decisions, income data, fee decisions (Act 1503/2016) and voucher value decisions.',
    },
    legalBasis: [...LAW, 'Laki varhaiskasvatuksen asiakasmaksuista 1503/2016'],
    retention: carePlus10,
    sensitive: true,
  },
  {
    id: DATASET.attendance,
    names: { fi: 'Hoitotapahtumien kirjaaminen', sv: 'Registrering av vårdhändelser', en: 'Attendance records' },
    description: {
      fi: 'Huoltajien hoitoaikavaraukset, toteutuneet tulo- ja lähtöajat ja poissaolot.',
      sv: 'Vårdnadshavarnas bokningar, faktiska ankomst- och avgångstider och frånvaro.',
      en: 'Reservations by guardians, realised arrival and departure times, absences.',
    },
    legalBasis: LAW,
    retention: carePlus10,
  },
  {
    id: DATASET.vasu,
    names: { fi: 'Varhaiskasvatussuunnitelma', sv: 'Plan för småbarnspedagogik', en: 'ECEC plan' },
    description: {
      fi: 'Lapsen varhaiskasvatussuunnitelma (VakaL 23 §) versioineen.',
      sv: 'Barnets plan för småbarnspedagogik (LSP 23 §) med alla versioner.',
      en: "The child's ECEC plan (ECEC Act 23 §) with every version.",
    },
    legalBasis: [...LAW, 'Varhaiskasvatuslaki 540/2018 23 §'],
    retention: { text: { fi: 'Pysyvästi', sv: 'Permanent', en: 'Permanently' }, basis: KA, years: null, trigger: 'permanent' },
    sensitive: true,
  },
  {
    id: DATASET.providers,
    names: { fi: 'Yksityisen varhaiskasvatuksen palveluntuottajat', sv: 'Privata serviceproducenter inom småbarnspedagogik', en: 'Private ECEC providers' },
    description: {
      fi: 'Yksityiset palveluntuottajat ja niiden yksiköt, valvontatiedot, palveluseteliyksiköt ja perhepäivähoitajat.',
      sv: 'Privata serviceproducenter och deras enheter, tillsyn, servicesedelenheter och familjedagvårdare.',
      en: 'Private providers and their units, supervision data, voucher units and family day-care providers.',
    },
    legalBasis: [...LAW, 'Varhaiskasvatuslaki 540/2018 44–51 §'],
    retention: { text: { fi: 'Toiminnan päättymisestä 10 vuotta', sv: '10 år efter att verksamheten upphört', en: '10 years after operations end' }, basis: KA, years: 10, trigger: 'case_closed' },
  },
  {
    id: DATASET.statistics,
    names: { fi: 'Tilastot ja raportit', sv: 'Statistik och rapporter', en: 'Statistics and reports' },
    description: {
      fi: 'Täyttö- ja käyttöaste, hakutilanne, paikkatakuun toteutuminen ja lapset palveluntarpeittain.',
      sv: 'Beläggnings- och utnyttjandegrad, ansökningsläge, platsgaranti och barn per servicebehov.',
      en: 'Occupancy and utilisation, application situation, place guarantee and children per service need.',
    },
    legalBasis: LAW,
    retention: { text: { fi: 'Pysyvästi', sv: 'Permanent', en: 'Permanently' }, basis: KA, years: null, trigger: 'permanent' },
  },
];
