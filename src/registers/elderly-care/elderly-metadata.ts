import type { DatasetDefinition, RetentionRule } from '../../core/module.ts';
import type { Localized } from '../../core/i18n.ts';

export const elderlyNames: Localized = {
  fi: 'Ikäihmisten palveluiden tietovaranto',
  sv: 'Informationsresurs för äldreomsorgens tjänster',
  en: 'Elderly services data resource',
};

export const elderlyPurpose: Localized = {
  fi: 'Tarkoituksena on vanhustyön, omaishoidon tai palvelutalon piirissä olevien asiakkaiden/asukkaiden palvelu- ja hoitosuunnitelmien ylläpitäminen, palveluiden tarpeen arviointi, neuvonta ja ohjaus, palveluiden myöntäminen ja seuranta, asiakasmaksuista päättäminen ja niiden laskutus sekä tilastointi.',
  sv: 'Syftet är att upprätthålla service- och vårdplaner för klienter/boende inom äldreomsorgen, närståendevården eller serviceboendet, bedöma servicebehovet, ge rådgivning och handledning, bevilja och följa upp tjänster, besluta om och fakturera klientavgifter samt föra statistik.',
  en: 'The purpose is to maintain the service and care plans of clients/residents of elderly care, informal care or service housing, to assess the need for services, to give advice and guidance, to grant and follow up services, to decide on and invoice client fees, and to compile statistics.',
};

export const elderlySystems = ['Saga sosiaalihuolto', 'Mediatri terveystoimi', 'Mediatri sosiaalitoimi', 'MediMobi', 'Stella', 'Vivago', 'Raisoft'];

const CLIENT_DATA_LAW = 'Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023 (liite: säilytysajat)';
const SHL = 'Sosiaalihuoltolaki 1301/2014';
const VPL = 'Vanhuspalvelulaki 980/2012';
const CLIENT_STATUS = 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 812/2000';
const FEES = 'Laki sosiaali- ja terveydenhuollon asiakasmaksuista 734/1992';
const GDPR = 'EU:n yleinen tietosuoja-asetus 2016/679, 6 art. 1 c ja e k., 9 art. 2 h k.';

const tenYears = (basis = CLIENT_DATA_LAW): RetentionRule => ({
  text: { fi: 'Iäkkäiden palvelut: 10 vuotta asian päättymisestä', sv: 'Tjänster för äldre: 10 år efter att ärendet avslutats', en: 'Elderly services: 10 years after the case closes' },
  basis,
  years: 10,
  trigger: 'case_closed',
});

export const elderlyDatasets = {
  contacts: {
    id: 'contacts',
    names: { fi: 'Asiakkaan ja yhteyshenkilöiden yhteystiedot', sv: 'Kontaktuppgifter för klienten och kontaktpersonerna', en: 'Contact details of the client and contact persons' },
    description: {
      fi: 'Asiakkuus ja vastuuyksikkö sekä omaisten ja muiden yhteyshenkilöiden nimet, puhelinnumerot ja suhde asiakkaaseen.',
      sv: 'Klientrelationen och den ansvariga enheten samt anhörigas och andra kontaktpersoners namn, telefonnummer och relation till klienten.',
      en: 'The client relationship and responsible unit, and the names, phone numbers and relation of relatives and other contact persons.',
    },
    legalBasis: [SHL, VPL, CLIENT_STATUS, GDPR],
    retention: {
      text: { fi: 'Asiakkaan perustiedot: 2 vuotta kuolemasta', sv: 'Klientens grunduppgifter: 2 år efter döden', en: 'Client basic data: 2 years after death' },
      basis: CLIENT_DATA_LAW,
      years: 2,
      trigger: 'death',
    },
  },
  applications: {
    id: 'applications',
    names: { fi: 'Hakemukset', sv: 'Ansökningar', en: 'Applications' },
    description: {
      fi: 'Palveluhakemukset ja palvelutarpeen arvioinnit sekä niiden aloittamisen määräajat (75 vuotta täyttäneillä 7 arkipäivää, SHL 36 §).',
      sv: 'Ansökningar om tjänster och bedömningar av servicebehov med tidsfrister (för personer som fyllt 75 år 7 vardagar, SVL 36 §).',
      en: 'Service applications and service-need assessments with their start deadlines (7 working days for people aged 75 or more, Social Welfare Act 36 §).',
    },
    legalBasis: [SHL + ' 36 §', VPL + ' 15 §', GDPR],
    retention: tenYears(),
  },
  care_plans: {
    id: 'care_plans',
    names: { fi: 'Hoito- ja palvelusuunnitelmat', sv: 'Vård- och serviceplaner', en: 'Care and service plans' },
    description: {
      fi: 'Asiakkaan hoito- ja palvelusuunnitelman versiot: tavoitteet, palvelut ja asiakkaan osallistuminen.',
      sv: 'Versioner av klientens vård- och serviceplan: mål, tjänster och klientens delaktighet.',
      en: "Versions of the client's care and service plan: goals, services and the client's participation.",
    },
    legalBasis: [VPL + ' 16 §', SHL + ' 39 §', GDPR],
    retention: tenYears(),
    sensitive: true,
  },
  care_records: {
    id: 'care_records',
    names: { fi: 'Hoitoon liittyvät kirjaukset', sv: 'Anteckningar om vården', en: 'Care records' },
    description: {
      fi: 'Kotihoidon ja asumispalveluiden päivittäiset kirjaukset käynneistä, havainnoista ja lääkehoidosta.',
      sv: 'Dagliga anteckningar inom hemvården och boendetjänsterna om besök, observationer och läkemedelsbehandling.',
      en: 'Daily records of home care and housing services on visits, observations and medication.',
    },
    legalBasis: [CLIENT_DATA_LAW, VPL, GDPR],
    retention: tenYears(),
    sensitive: true,
  },
  providers: {
    id: 'providers',
    names: { fi: 'Palveluiden tuottajien perustiedot', sv: 'Grunduppgifter om serviceproducenterna', en: 'Basic data of service providers' },
    description: {
      fi: 'Kunnan omat ja yksityiset palveluntuottajat (nimi, Y-tunnus, palvelut); ei asiakastietoja.',
      sv: 'Kommunens egna och privata serviceproducenter (namn, FO-nummer, tjänster); inga klientuppgifter.',
      en: "The municipality's own and private service providers (name, business ID, services); no client data.",
    },
    legalBasis: ['Laki sosiaali- ja terveydenhuollon palveluntuottajista 741/2023', SHL],
    retention: {
      text: {
        fi: '10 vuotta sopimuksen päättymisestä (vahvistamaton)',
        sv: '10 år efter att avtalet upphört (ej verifierat)',
        en: '10 years after the contract ends (unverified)',
      },
      basis: 'UNVERIFIED: ei asiakasasiakirja; kunnan arkistonmuodostussuunnitelma ratkaisee.',
      years: 10,
      trigger: 'relationship_ended',
    },
  },
  decisions: {
    id: 'decisions',
    names: { fi: 'Palvelu- ja maksupäätökset', sv: 'Service- och avgiftsbeslut', en: 'Service and fee decisions' },
    description: {
      fi: 'Palvelupäätökset (palvelut järjestettävä 3 kuukauden kuluessa päätöksestä, VPL 18 §) ja kotihoidon maksupäätökset laskentaperusteineen (734/1992 10 e §).',
      sv: 'Servicebeslut (tjänsterna ska ordnas inom 3 månader från beslutet, äldreomsorgslagen 18 §) och avgiftsbeslut för hemvård med beräkningsgrunder (734/1992 10 e §).',
      en: 'Service decisions (services arranged within 3 months of the decision, Elderly Care Act 18 §) and home-care fee decisions with their calculation basis (734/1992 10 e §).',
    },
    legalBasis: [VPL + ' 18 §', FEES + ' 10 e §', CLIENT_STATUS, GDPR],
    // Two periods meet here; the longer one governs so that nothing is destroyed early.
    retention: {
      text: {
        fi: 'Palvelupäätökset 10 vuotta asian päättymisestä; asiakasmaksupäätökset 12 vuotta',
        sv: 'Servicebeslut 10 år efter att ärendet avslutats; klientavgiftsbeslut 12 år',
        en: 'Service decisions 10 years after the case closes; client fee decisions 12 years',
      },
      basis: CLIENT_DATA_LAW,
      years: 12,
      trigger: 'case_closed',
    },
  },
  invoices: {
    id: 'invoices',
    partOf: 'decisions',
    names: { fi: 'Asiakasmaksujen laskutus', sv: 'Fakturering av klientavgifter', en: 'Invoicing of client fees' },
    description: {
      fi: 'Kotihoidon kuukausilaskut voimassa olevien maksupäätösten perusteella (laskutettu kuukausi, päivät ja summa).',
      sv: 'Månadsfakturor för hemvård enligt gällande avgiftsbeslut (fakturerad månad, dagar och belopp).',
      en: 'Monthly home-care invoices from the fee decisions in force (invoiced month, days and amount).',
    },
    legalBasis: [FEES, 'Laki verojen ja maksujen täytäntöönpanosta 706/2007', GDPR],
    retention: {
      text: { fi: 'Asiakasmaksupäätösten tavoin 12 vuotta', sv: 'Som klientavgiftsbesluten 12 år', en: 'As client fee decisions, 12 years' },
      basis: CLIENT_DATA_LAW,
      years: 12,
      trigger: 'created',
    },
  },
  statistics: {
    id: 'statistics',
    names: { fi: 'Tilastot ja raportit', sv: 'Statistik och rapporter', en: 'Statistics and reports' },
    description: {
      fi: 'Asiakas-, palvelu- ja määräaikatilastot ilman henkilötietoja.',
      sv: 'Klient-, service- och tidsfriststatistik utan personuppgifter.',
      en: 'Client, service and deadline statistics without personal data.',
    },
    legalBasis: [SHL, 'Tilastolaki 280/2004'],
    retention: {
      text: { fi: 'Pysyvästi (vahvistamaton)', sv: 'Permanent (ej verifierat)', en: 'Permanently (unverified)' },
      basis: 'UNVERIFIED: kunnan arkistonmuodostussuunnitelma.',
      years: null,
      trigger: 'permanent',
    },
  },
} satisfies Record<string, DatasetDefinition>;
