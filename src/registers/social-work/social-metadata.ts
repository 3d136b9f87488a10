import type { DatasetDefinition, RetentionRule } from '../../core/module.ts';
import type { Localized } from '../../core/i18n.ts';

export const socialNames: Localized = {
  fi: 'Perhetyön ja aikuissosiaalityön tietovaranto',
  sv: 'Informationsresurs för familjearbete och socialt arbete bland vuxna',
  en: 'Family work and adult social work data resource',
};

export const socialPurpose: Localized = {
  fi: 'Tarkoituksena asiakkaan sosiaalipalvelujen suunnitteluun, toteutukseen, seurantaan ja arviointiin. Järjestelmän tietoja käytetään rekisterinpitäjän palveluiden tuottamiseen ja toiminnan tilastointiin ja suunnitteluun.',
  sv: 'Syftet är planering, genomförande, uppföljning och utvärdering av klientens socialservice. Systemets uppgifter används för att producera den personuppgiftsansvariges tjänster samt för statistik och planering av verksamheten.',
  en: "The purpose is planning, delivering, following up and evaluating the client's social services. The system's data is used to provide the controller's services and for statistics and planning of the activities.",
};

export const socialSystems = ['Pro Consona / Sosiaalityöjärjestelmä'];

const CLIENT_DATA_LAW = 'Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023 (liite: säilytysajat)';
const SHL = 'Sosiaalihuoltolaki 1301/2014';
const LSL = 'Lastensuojelulaki 417/2007';
const CLIENT_STATUS = 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 812/2000';
const GDPR = 'EU:n yleinen tietosuoja-asetus 2016/679, 6 art. 1 c ja e k., 9 art. 2 h k.';

// The register holds both services for families with children and adult social work; one
// rule per dataset must cover both, so the longer period is the machine-readable one.
const clientDocs: RetentionRule = {
  text: {
    fi: 'Lapsiperheiden palvelut 30 vuotta ja työikäisten palvelut 10 vuotta asian päättymisestä; lastensuojelun asiakirjat 2 vuotta kuolemasta',
    sv: 'Tjänster för barnfamiljer 30 år och tjänster för personer i arbetsför ålder 10 år efter att ärendet avslutats; barnskyddshandlingar 2 år efter döden',
    en: 'Services for families with children 30 years and working-age adult services 10 years after the case closes; child-welfare documents 2 years after death',
  },
  basis: CLIENT_DATA_LAW,
  years: 30,
  trigger: 'case_closed',
};

export const socialDatasets = {
  contacts: {
    id: 'contacts',
    names: { fi: 'Asiakkaan ja yhteyshenkilöiden yhteystiedot', sv: 'Kontaktuppgifter för klienten och kontaktpersonerna', en: 'Contact details of the client and contact persons' },
    description: {
      fi: 'Asiakkuus, vastuuyksikkö ja palvelualue sekä huoltajien, läheisten ja verkoston yhteystiedot.',
      sv: 'Klientrelationen, den ansvariga enheten och serviceområdet samt kontaktuppgifter för vårdnadshavare, närstående och nätverk.',
      en: 'The client relationship, responsible unit and service area, and the contact details of guardians, relatives and the network.',
    },
    legalBasis: [SHL, LSL, CLIENT_STATUS, GDPR],
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
      fi: 'Hakemukset perhetyöhön, kotipalveluun, sosiaaliseen kuntoutukseen ja ehkäisevään toimeentulotukeen.',
      sv: 'Ansökningar om familjearbete, hemservice, social rehabilitering och förebyggande utkomststöd.',
      en: 'Applications for family work, home help, social rehabilitation and preventive income support.',
    },
    legalBasis: [SHL, CLIENT_STATUS, GDPR],
    retention: clientDocs,
  },
  notifications: {
    id: 'notifications',
    names: { fi: 'Ilmoitukset', sv: 'Anmälningar', en: 'Notifications' },
    description: {
      fi: 'Lastensuojeluilmoitukset, pyynnöt lastensuojelutarpeen selvittämiseksi ja ilmoitukset sosiaalihuollon tarpeesta sekä niiden määräajat (LSL 26 §). Ilmoittajan henkilöllisyys säilytetään erikseen ja voidaan suojata.',
      sv: 'Barnskyddsanmälningar, begäranden om bedömning av barnskyddsbehov och anmälningar om behov av socialvård med tidsfrister (BSL 26 §). Anmälarens identitet förvaras separat och kan skyddas.',
      en: "Child-welfare notifications, requests for a child-welfare assessment and notifications of a need for social care, with their deadlines (Child Welfare Act 26 §). The notifier's identity is kept separately and may be protected.",
    },
    legalBasis: [LSL + ' 25 §, 25 a §, 26 §', SHL + ' 35 §', 'Julkisuuslaki 621/1999 24 § 1 mom. 25 k.', GDPR],
    retention: {
      text: {
        fi: 'Lastensuojelun asiakirjat 2 vuotta kuolemasta; muut ilmoitukset kuten asia, jota ne koskevat',
        sv: 'Barnskyddshandlingar 2 år efter döden; andra anmälningar som det ärende de gäller',
        en: 'Child-welfare documents 2 years after death; other notifications as the case they concern',
      },
      basis: CLIENT_DATA_LAW,
      years: 2,
      trigger: 'death',
    },
    sensitive: true,
  },
  client_plans: {
    id: 'client_plans',
    names: { fi: 'Asiakassuunnitelmat', sv: 'Klientplaner', en: 'Client plans' },
    description: {
      fi: 'Asiakassuunnitelmien versiot: tavoitteet ja toimenpiteet.',
      sv: 'Versioner av klientplanerna: mål och åtgärder.',
      en: 'Versions of the client plans: goals and measures.',
    },
    legalBasis: [SHL + ' 39 §', LSL + ' 30 §', GDPR],
    retention: clientDocs,
    sensitive: true,
  },
  decisions: {
    id: 'decisions',
    names: { fi: 'Päätökset', sv: 'Beslut', en: 'Decisions' },
    description: {
      fi: 'Päätökset selvityksen aloittamisesta, palveluista ja asiakkuuden päättymisestä.',
      sv: 'Beslut om att inleda en utredning, om tjänster och om att klientrelationen upphör.',
      en: 'Decisions on starting an assessment, on services and on ending the client relationship.',
    },
    legalBasis: [SHL + ' 45 §', LSL + ' 26 §', CLIENT_STATUS, GDPR],
    retention: clientDocs,
  },
  narrative: {
    id: 'narrative',
    names: { fi: 'Asiakaskertomus', sv: 'Klientberättelse', en: 'Client narrative' },
    description: {
      fi: 'Asiakastyön kirjaukset tapaamisista, yhteydenotoista ja työskentelystä.',
      sv: 'Anteckningar i klientarbetet om möten, kontakter och arbetet.',
      en: 'Records of client work: meetings, contacts and the work done.',
    },
    legalBasis: [CLIENT_DATA_LAW, SHL, GDPR],
    retention: clientDocs,
    sensitive: true,
  },
  situation: {
    id: 'situation',
    names: {
      fi: 'Asiakkaan palvelujen kannalta tarpeelliset sosiaalista, taloudellista ja terveydellistä tilannetta koskevat tiedot ja muut palvelun kannalta välttämättömät tiedot.',
      sv: 'Uppgifter om klientens sociala, ekonomiska och hälsomässiga situation som behövs för tjänsterna samt andra uppgifter som är nödvändiga för tjänsten.',
      en: "Information on the client's social, economic and health situation needed for the services, and other information necessary for the service.",
    },
    description: {
      fi: 'Sosiaalinen, taloudellinen, terveydellinen ja asumistilanne siltä osin kuin palvelu sitä edellyttää.',
      sv: 'Social, ekonomisk, hälsomässig och boendesituation i den mån tjänsten förutsätter det.',
      en: 'Social, economic, health and housing situation as far as the service requires.',
    },
    legalBasis: [CLIENT_DATA_LAW, SHL + ' 36 §', GDPR],
    retention: clientDocs,
    sensitive: true,
  },
  statistics: {
    id: 'statistics',
    names: { fi: 'Tilastot ja raportit', sv: 'Statistik och rapporter', en: 'Statistics and reports' },
    description: {
      fi: 'Asiakas-, ilmoitus- ja määräaikatilastot ilman henkilötietoja.',
      sv: 'Klient-, anmälnings- och tidsfriststatistik utan personuppgifter.',
      en: 'Client, notification and deadline statistics without personal data.',
    },
    legalBasis: [SHL, LSL + ' 13 b §', 'Tilastolaki 280/2004'],
    retention: {
      text: { fi: 'Pysyvästi (vahvistamaton)', sv: 'Permanent (ej verifierat)', en: 'Permanently (unverified)' },
      basis: 'UNVERIFIED: kunnan arkistonmuodostussuunnitelma.',
      years: null,
      trigger: 'permanent',
    },
  },
} satisfies Record<string, DatasetDefinition>;
