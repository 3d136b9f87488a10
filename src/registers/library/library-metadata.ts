import type { DatasetDefinition, RetentionRule } from '../../core/module.ts';
import type { Localized } from '../../core/i18n.ts';

export const LIBRARY = 'library';

export const libraryNames: Localized = {
  fi: 'Kirjastopalveluiden asiakasrekisteri',
  sv: 'Bibliotekstjänsternas kundregister',
  en: 'Library services client register',
};

// The seed's purpose sentence: "Tietojärjestelmien käyttötarkoitus, kirjaston kokoelmatietojen ja
// asiakastietojen ylläpito, omatoimikirjasto sekä tilastot."
export const libraryPurpose: Localized = {
  fi: 'Tietojärjestelmien käyttötarkoitus, kirjaston kokoelmatietojen ja asiakastietojen ylläpito, omatoimikirjasto sekä tilastot.',
  sv: 'Informationssystemens användningsändamål: underhåll av bibliotekets samlingsuppgifter och kunduppgifter, meröppet bibliotek samt statistik.',
  en: "Purpose of the information systems: maintaining the library's collection data and client data, the self-service library, and statistics.",
};

export const librarySystems = ['Helle-kirjastojen tietokanta', 'Omatoimikirjastojärjestelmä'];

const LIBRARY_LAW = 'Laki yleisistä kirjastoista 1492/2016';
const GDPR_PUBLIC_TASK = 'EU:n yleinen tietosuoja-asetus 2016/679, 6 art. 1 e k. (yleisen edun mukainen tehtävä)';
// rules.md §7 / "Not verified" 7: the library archiving decision AL/9403/07.01.01.03.01/2015
// exists but its content was not read, so every library period below is our proposal.
const UNVERIFIED_BASIS = 'UNVERIFIED: Kansallisarkiston kirjastopäätöksen AL/9403/07.01.01.03.01/2015 sisältöä ei ole luettu; kunnan arkistonmuodostussuunnitelma ratkaisee.';

const retention = (text: Localized, years: number | null, trigger: RetentionRule['trigger'], basis = UNVERIFIED_BASIS): RetentionRule => ({ text, years, trigger, basis });

export const libraryDatasets = {
  patrons: {
    id: 'patrons',
    names: { fi: 'Kirjaston asiakkaan tiedot', sv: 'Uppgifter om bibliotekets kund', en: 'Library patron data' },
    description: {
      fi: 'Asiakkaan henkilö- ja yhteystiedot, kirjastokortti, PIN-koodin tiiviste, alaikäisen huoltajan suostumus, lainauskiellot ja omatoimikirjaston käyttöoikeus sekä sen kulkutapahtumat.',
      sv: 'Kundens person- och kontaktuppgifter, bibliotekskort, PIN-kodens hash, vårdnadshavarens samtycke för minderåriga, lånespärrar och rätten till meröppet bibliotek med dess passerhändelser.',
      en: "The patron's identity and contact details, library card, PIN hash, a guardian's consent for a minor, borrowing bans, and self-service library access with its door events.",
    },
    legalBasis: [LIBRARY_LAW, GDPR_PUBLIC_TASK],
    retention: retention(
      { fi: '2 vuotta asiakkuuden päättymisestä (vahvistamaton)', sv: '2 år efter att kundrelationen upphört (ej verifierat)', en: '2 years after the patron relationship ends (unverified)' },
      2,
      'relationship_ended',
    ),
  },
  loans: {
    id: 'loans',
    names: { fi: 'Lainauksenvalvonta', sv: 'Låneövervakning', en: 'Loan monitoring' },
    description: {
      fi: 'Voimassa olevat lainat, eräpäivät, uusinnat ja palautukset sekä myöhästymismaksut. Omien aineistojen lainaaminen on maksutonta (1492/2016).',
      sv: 'Gällande lån, förfallodagar, förnyelser och återlämningar samt förseningsavgifter. Att låna bibliotekets eget material är avgiftsfritt (1492/2016).',
      en: "Current loans, due dates, renewals and returns, and late fees. Borrowing the library's own materials is free (1492/2016).",
    },
    legalBasis: [LIBRARY_LAW, 'Laki julkisten saatavien perinnästä 706/2007', GDPR_PUBLIC_TASK],
    retention: retention(
      {
        fi: 'Palautettu laina kunnes siihen liittyvät maksut on suoritettu; maksut 5 vuotta (706/2007, vanhentuminen) (vahvistamaton)',
        sv: 'Återlämnat lån tills avgifterna är betalda; avgifter 5 år (706/2007, preskription) (ej verifierat)',
        en: 'A returned loan until its fees are settled; fees 5 years (706/2007, limitation) (unverified)',
      },
      5,
      'case_closed',
    ),
  },
  statistics: {
    id: 'statistics',
    names: { fi: 'Tilastotiedot', sv: 'Statistikuppgifter', en: 'Statistics' },
    description: {
      fi: 'Lainaus-, kävijä- ja kokoelmatilastot ilman henkilötietoja.',
      sv: 'Låne-, besökar- och samlingsstatistik utan personuppgifter.',
      en: 'Loan, visitor and collection statistics without personal data.',
    },
    legalBasis: [LIBRARY_LAW, 'Tilastolaki 280/2004'],
    retention: retention({ fi: 'Pysyvästi (vahvistamaton)', sv: 'Permanent (ej verifierat)', en: 'Permanently (unverified)' }, null, 'permanent'),
  },
  collection: {
    id: 'collection',
    names: { fi: 'Kirjaston kokoelmatiedot', sv: 'Bibliotekets samlingsuppgifter', en: 'Library collection data' },
    description: {
      fi: 'Niteiden bibliografiset tiedot (nimeke, tekijä, ISBN, MARC21-tietue) ja viivakoodit; ei henkilötietoja.',
      sv: 'Exemplarens bibliografiska uppgifter (titel, upphov, ISBN, MARC21-post) och streckkoder; inga personuppgifter.',
      en: 'Bibliographic data of the copies (title, author, ISBN, MARC21 record) and barcodes; no personal data.',
    },
    legalBasis: [LIBRARY_LAW],
    retention: retention(
      { fi: 'Niteen poistoon asti (vahvistamaton)', sv: 'Tills exemplaret gallras (ej verifierat)', en: 'Until the copy is withdrawn (unverified)' },
      0,
      'case_closed',
    ),
  },
} satisfies Record<string, DatasetDefinition>;
