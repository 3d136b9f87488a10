import type { DatasetDefinition, RetentionRule } from '../../core/module.ts';

// Retention: Kansallisarkisto's permanent-retention decision for basic education covers
// certificates and assessment summaries; other records follow the municipal archive plan.
const KA = 'Kansallisarkisto, päätös KA/13089/07.01.01.03.01/2016 (perusopetuksen pysyvästi säilytettävät asiakirjat); kunnan tiedonohjaussuunnitelma';
const years = (n: number, trigger: RetentionRule['trigger'], fi: string, sv: string, en: string): RetentionRule => ({ text: { fi, sv, en }, basis: KA, years: n, trigger });

export const DS = {
  contacts: 'contacts',
  studies: 'studies',
  attendance: 'attendance-history',
  // The seed lists pedagogical support and pupil welfare records as one dataset; welfare
  // records are their own stricter dataset, described as part of it (`partOf`).
  support: 'support-welfare',
  welfare: 'welfare-records',
  other: 'transport-activity',
  statistics: 'statistics',
} as const;

export const datasets: DatasetDefinition[] = [
  {
    id: DS.contacts,
    names: {
      fi: 'Oppilaiden, huoltajien, opettajien ja henkilökunnan yhteystiedot',
      sv: 'Kontaktuppgifter för elever, vårdnadshavare, lärare och personal',
      en: 'Contact details of pupils, guardians, teachers and staff',
    },
    description: {
      fi: 'Oppilaat ja huoltajat väestötietoihin perustuvasta henkilörekisteristä; koulut, luokat ja opetusryhmät, opettajat ja henkilökunta kouluineen ja opetettavine aineineen.',
      sv: 'Elever och vårdnadshavare ur personregistret; skolor, klasser och undervisningsgrupper, lärare och personal med skolor och ämnen.',
      en: 'Pupils and guardians from the person register; schools, classes and teaching groups, teachers and staff with their schools and subjects.',
    },
    legalBasis: ['Perusopetuslaki 628/1998 40 §', 'Laki varhaiskasvatuksen ja opetuksen tietovarannosta / KOSKI-tietovaranto (884/2017)'],
    retention: years(10, 'relationship_ended', 'Oppivelvollisuuden päättymisestä 10 vuotta', '10 år efter läropliktens slut', '10 years after compulsory education ends'),
  },
  {
    id: DS.studies,
    names: {
      fi: 'Opiskeluun liittyvä tieto, kuten valinnat, arvosanat, todistukset ja päätökset',
      sv: 'Uppgifter om studier, såsom val, vitsord, betyg och beslut',
      en: 'Study data such as choices, grades, certificates and decisions',
    },
    description: {
      fi: 'Ainevalinnat (A1-, A2-, B1- ja B2-kielet, valinnaiset aineet), arvioinnit (4–10, S/H/O), päätökset (koulupaikka, oppivelvollisuuden aloittaminen ja lykkäys, vapautukset, yksilöllistetty oppimäärä), lukuvuosi- ja päättötodistukset sekä KOSKI-muotoiset siirrot.',
      sv: 'Ämnesval (A1-, A2-, B1- och B2-språk, valfria ämnen), bedömning (4–10, S/H/O), beslut (skolplats, tidigare och uppskjuten skolstart, befrielser, individualiserad lärokurs), läsårs- och avgångsbetyg samt överföringar i KOSKI-format.',
      en: 'Subject choices (A1, A2, B1 and B2 languages, optional subjects), assessment (4–10, S/H/O), decisions (school place, early and deferred start, exemptions, individualised syllabus), school-year and final certificates, KOSKI-shaped exports.',
    },
    legalBasis: ['Perusopetuslaki 628/1998 6, 11, 18, 22, 27 ja 28 §', 'Perusopetusasetus 852/1998 10 §', 'Perusopetuksen opetussuunnitelman perusteet 2014, luku 6'],
    retention: { text: { fi: 'Päättötodistukset ja arviointiluettelot pysyvästi, muut 10 vuotta', sv: 'Avgångsbetyg och bedömningsförteckningar permanent, övrigt 10 år', en: 'Final certificates and assessment summaries permanently, other records 10 years' }, basis: KA, years: null, trigger: 'permanent' },
  },
  {
    id: DS.attendance,
    names: { fi: 'Opetukseen osallistumiseen liittyvä historiatieto', sv: 'Historiska uppgifter om deltagande i undervisningen', en: 'History of participation in teaching' },
    description: {
      fi: 'Koulu-, luokka- ja vuosiluokkahistoria alkamis- ja päättymispäivineen ja siirron syineen, oppituntien poissaolot (selvitetyt ja selvittämättömät) ja hälytykset luvattomista poissaoloista.',
      sv: 'Skol-, klass- och årskurshistorik med start- och slutdatum och orsak till byte, frånvaro från lektioner (utredd och outredd) och larm om olovlig frånvaro.',
      en: 'School, class and grade history with start and end dates and reasons for moving, lesson absences (authorised and unauthorised) and alerts on unauthorised absences.',
    },
    legalBasis: ['Perusopetuslaki 628/1998 26 § ja 35 §', 'Oppivelvollisuuslaki 1214/2020'],
    retention: years(10, 'relationship_ended', 'Oppivelvollisuuden päättymisestä 10 vuotta', '10 år efter läropliktens slut', '10 years after compulsory education ends'),
  },
  {
    id: DS.support,
    // Pupil welfare records and support needs are confidential (JulkL 24 § 1 mom. 30 k.) and
    // partly health data: the whole dataset is the register's stricter one.
    sensitive: true,
    names: {
      fi: 'Pedagogisen tuen järjestämiseen liittyvät tiedot ja oppilashuollon kirjaukset',
      sv: 'Uppgifter om ordnandet av pedagogiskt stöd och elevvårdsanteckningar',
      en: 'Pedagogical support and pupil welfare records',
    },
    description: {
      fi: 'Tuen tarpeen arviot, tuen järjestämissuunnitelmat ja tukea koskevat päätökset 1.8.2025 alkaen, ryhmäkohtainen tuki sekä aiemman kolmiportaisen tuen (yleinen, tehostettu, erityinen tuki, HOJKS) asiakirjat historiatietona. Oppilashuoltokertomukset (oppilashuoltolaki 20 §) pidetään erillään: vain oppilaan koulun oppilashuollon henkilöstö voi lukea niitä, opettajat eivät koskaan, ja jokainen käsittely kirjataan käyttölokiin.',
      sv: 'Bedömning av stödbehov, planer och beslut om stöd från 1.8.2025, stöd på gruppnivå samt handlingar om det tidigare trestegsstödet (allmänt, intensifierat, särskilt stöd, IP) som historik. Elevvårdsjournaler hålls åtskilda: endast elevvårdspersonalen i elevens skola kan läsa dem, lärare aldrig, och varje behandling loggas.',
      en: 'Assessments of the need for support, support plans and decisions from 1 Aug 2025, group-level support, and the earlier three-tier support records (general, intensified, special, HOJKS) as history. Pupil welfare records are kept apart: only pupil-welfare staff of the pupil’s school can read them, teachers never, and every access is logged.',
    },
    legalBasis: ['Perusopetuslaki 628/1998 16–17 a § (muut. 2025)', 'HE 114/2024', 'Perusopetuslaki 40 §', 'Oppilas- ja opiskelijahuoltolaki 1287/2013 20 §', 'JulkL 621/1999 24 § 1 mom. 30 k.'],
    retention: years(10, 'relationship_ended', 'Oppivelvollisuuden päättymisestä 10 vuotta', '10 år efter läropliktens slut', '10 years after compulsory education ends'),
  },
  {
    id: DS.welfare,
    partOf: DS.support,
    sensitive: true,
    names: {
      fi: 'Oppilashuoltokertomukset',
      sv: 'Elevvårdsjournaler',
      en: 'Pupil welfare records',
    },
    description: {
      fi: 'Yksilökohtaisen oppilashuollon kirjaukset (oppilashuoltokertomus). Vain oppilaan koulun oppilashuollon henkilöstö voi lukea niitä, opettajat eivät koskaan, ja jokainen käsittely kirjataan käyttölokiin.',
      sv: 'Anteckningar om individuell elevvård (elevvårdsjournal). Endast elevvårdspersonalen i elevens skola kan läsa dem, lärare aldrig, och varje behandling loggas.',
      en: 'Records of individual pupil welfare (oppilashuoltokertomus). Only pupil-welfare staff of the pupil’s school can read them, teachers never, and every access is logged.',
    },
    legalBasis: ['Oppilas- ja opiskelijahuoltolaki 1287/2013 20 §', 'JulkL 621/1999 24 § 1 mom. 30 k.'],
    retention: years(10, 'relationship_ended', 'Oppivelvollisuuden päättymisestä 10 vuotta (tarkistamaton: kunnan tiedonohjaussuunnitelma)', '10 år efter läropliktens slut (ej verifierat)', '10 years after compulsory education ends (unverified: municipal records plan)'),
  },
  {
    id: DS.other,
    names: {
      fi: 'Muu opetukseen liittyvä tieto kuten koulukuljetukset ja iltapäivätoiminta',
      sv: 'Övriga uppgifter om undervisningen, såsom skolskjutsar och eftermiddagsverksamhet',
      en: 'Other education data such as school transport and afternoon activity',
    },
    description: {
      fi: 'Koulumatkan pituus ja kesto, kuljetusoikeus ja -päätökset (POL 32 §), aamu- ja iltapäivätoiminnan ilmoittautumiset, läsnäolot ja kuukausimaksut.',
      sv: 'Skolvägens längd och tid, skjutsrätt och beslut (lag om grundläggande utbildning 32 §), anmälningar, närvaro och månadsavgifter för morgon- och eftermiddagsverksamhet.',
      en: 'Length and duration of the school trip, transport eligibility and decisions (Basic Education Act 32 §), morning and afternoon activity enrolments, attendance and monthly fees.',
    },
    legalBasis: ['Perusopetuslaki 628/1998 32 §', 'Perusopetuslaki 628/1998 8 a luku ja 48 f §'],
    retention: years(6, 'case_closed', 'Lukuvuoden päättymisestä 6 vuotta', '6 år efter läsårets slut', '6 years after the school year'),
  },
  {
    id: DS.statistics,
    names: { fi: 'Tilastot ja raportit', sv: 'Statistik och rapporter', en: 'Statistics and reports' },
    description: {
      fi: 'Oppilasmäärät kouluittain, vuosiluokittain ja kielittäin 20.9. tilastointipäivänä, tukimäärät, poissaoloraportit ja arvosanajakaumat. Julkisissa tilastoissa alle 5 henkilön solut häivytetään.',
      sv: 'Elevantal per skola, årskurs och språk på statistikdagen 20.9, antal elever i stöd, frånvarorapporter och vitsordsfördelningar. I offentlig statistik döljs celler med färre än 5 personer.',
      en: 'Pupil counts per school, grade and language on the 20 Sep statistics day, support counts, absence reports and grade distributions. Cells under 5 persons are suppressed in public statistics.',
    },
    legalBasis: ['Tilastolaki 280/2004', 'Perusopetuslaki 628/1998 40 §'],
    retention: years(10, 'created', '10 vuotta', '10 år', '10 years'),
  },
];
