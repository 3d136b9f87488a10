// Information requests (tietopyynnöt): types, legal grounds, deadline rules and texts.
import type { ReadTx } from '../db/database.ts';
import type { Lang, Localized } from '../i18n.ts';
import { addDays, addMonths, extendToNextWorkingDay, workingDaysBetween } from '../calendar/working-days.ts';

export const REQUEST_KINDS = ['access', 'document', 'access_log', 'rectification', 'restriction', 'objection'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUESTER_KINDS = ['subject', 'guardian', 'legal_representative', 'authorised_person', 'other'] as const;
export const IDENTIFICATION_METHODS = ['strong_electronic', 'identity_document', 'known_in_person', 'guardian_relationship', 'power_of_attorney', 'other'] as const;
export const CHANNELS = ['letter', 'email', 'in_person', 'e_service', 'phone'] as const;
export const DELIVERY_CHANNELS = ['letter', 'email', 'in_person', 'e_service'] as const;
export const ITEM_DECISIONS = ['release', 'redact', 'withhold'] as const;
export type ItemDecision = (typeof ITEM_DECISIONS)[number] | 'pending';
export type RequestStatus = 'received' | 'searched' | 'decided' | 'delivered';
export type Outcome = 'full' | 'partial' | 'negative';

export const KIND_NAMES: Record<RequestKind, Localized> = {
  access: { fi: 'Tarkastusoikeuspyyntö (EU:n tietosuoja-asetus 15 art.)', sv: 'Begäran om tillgång (dataskyddsförordningen art. 15)', en: 'Right of access (GDPR Art. 15)' },
  document: { fi: 'Asiakirjapyyntö (julkisuuslaki)', sv: 'Begäran om handlingar (offentlighetslagen)', en: 'Document request (Act on the Openness of Government Activities)' },
  access_log: { fi: 'Lokitietopyyntö (kuka on käsitellyt tietojani)', sv: 'Begäran om loggdata (vem har behandlat mina uppgifter)', en: 'Access log request (who has processed my data)' },
  rectification: { fi: 'Tietojen oikaisu (EU:n tietosuoja-asetus 16 art.)', sv: 'Rättelse (art. 16)', en: 'Rectification (GDPR Art. 16)' },
  restriction: { fi: 'Käsittelyn rajoittaminen (18 art.)', sv: 'Begränsning av behandling (art. 18)', en: 'Restriction of processing (GDPR Art. 18)' },
  objection: { fi: 'Vastustamisoikeus (21 art.)', sv: 'Rätt att göra invändningar (art. 21)', en: 'Objection (GDPR Art. 21)' },
};

/** Grounds for redacting or withholding an item; shown in the decision and the report. */
export const LEGAL_GROUNDS = {
  third_party: {
    law: 'EU 2016/679 15 art. 4 k.; julkisuuslaki 621/1999 11 § 2 mom.',
    names: { fi: 'Toista henkilöä koskevat tiedot', sv: 'Uppgifter om en annan person', en: 'Data about another person' },
  },
  child_welfare_notifier: {
    law: 'Julkisuuslaki 621/1999 11 § 2 mom. 1 k.; lastensuojelulaki 417/2007 25 §',
    names: { fi: 'Lastensuojeluilmoituksen tekijän henkilöllisyys', sv: 'Identiteten hos den som gjort en barnskyddsanmälan', en: 'Identity of a child welfare notifier' },
  },
  document_in_preparation: {
    law: 'Julkisuuslaki 621/1999 6 § ja 11 § 2 mom. 6 k.',
    names: { fi: 'Keskeneräinen asiakirja', sv: 'Handling under beredning', en: 'Document still in preparation' },
  },
  health_or_safety: {
    law: 'Tietosuojalaki 1050/2018 34 § 1 mom. 2 k.',
    names: {
      fi: 'Tietojen antaminen vaarantaisi terveyden, hoidon tai jonkun oikeudet',
      sv: 'Utlämnandet skulle äventyra hälsa, vård eller någons rättigheter',
      en: 'Disclosure would endanger health, care or someone’s rights',
    },
  },
  secret_other: {
    law: 'Julkisuuslaki 621/1999 24 §',
    names: { fi: 'Muu salassa pidettävä tieto', sv: 'Annan sekretessbelagd uppgift', en: 'Other confidential information' },
  },
} satisfies Record<string, { law: string; names: Localized }>;
export type LegalGround = keyof typeof LEGAL_GROUNDS;
export const isLegalGround = (s: unknown): s is LegalGround => typeof s === 'string' && Object.hasOwn(LEGAL_GROUNDS, s);

/** Appeal instructions attached to a partial or negative decision. */
export function appealInstructions(kind: RequestKind): Localized {
  const municipal: Localized = {
    fi:
      'Oikaisuvaatimusohje: Päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen 14 päivän kuluessa päätöksen tiedoksisaannista ' +
      '(kuntalaki 410/2015 134 §). Oikaisuvaatimus osoitetaan toimielimelle, jonka alainen päätöksen tehnyt viranhaltija on, ja siinä on ' +
      'ilmoitettava vaatimus perusteluineen. Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen ' +
      '(julkisuuslaki 621/1999 33 §).',
    sv:
      'Anvisning för begäran om omprövning: Den som är missnöjd med beslutet kan skriftligen begära omprövning inom 14 dagar från ' +
      'delfåendet av beslutet (kommunallagen 410/2015 134 §). Begäran riktas till det organ som den tjänsteinnehavare som fattat beslutet ' +
      'lyder under, och yrkandet ska motiveras. Beslutet om omprövning får överklagas hos förvaltningsdomstolen (offentlighetslagen 621/1999 33 §).',
    en:
      'Instructions for requesting a review: If you are not satisfied with the decision, you may request a review in writing within 14 days ' +
      'of being notified of it (Local Government Act 410/2015, section 134). Address the request to the body the deciding official reports ' +
      'to and state your claim and its grounds. The decision on the review may be appealed to the administrative court (Act 621/1999, section 33).',
  };
  if (kind === 'document') return municipal;
  return {
    fi: municipal.fi + ' Henkilötietojen käsittelystä voi lisäksi tehdä valituksen tietosuojavaltuutetulle (EU 2016/679 77 art.).',
    sv: municipal.sv + ' Klagomål om behandlingen av personuppgifter kan dessutom lämnas till dataombudsmannen (EU 2016/679 art. 77).',
    en: municipal.en + ' You may also lodge a complaint about the processing of personal data with the Data Protection Ombudsman (GDPR Art. 77).',
  };
}

// --- Deadlines -------------------------------------------------------------------------------

export type DeadlineKind = 'julkisuuslaki_14' | 'julkisuuslaki_14_large' | 'gdpr_12_3' | 'gdpr_12_3_extended';

export const DEADLINE_NAMES: Record<DeadlineKind, Localized> = {
  julkisuuslaki_14: { fi: 'Julkisuuslaki 14 § (14 päivää)', sv: 'Offentlighetslagen 14 § (14 dagar)', en: 'Openness Act s. 14 (14 days)' },
  julkisuuslaki_14_large: {
    fi: 'Julkisuuslaki 14 § (laaja pyyntö, 1 kuukausi)',
    sv: 'Offentlighetslagen 14 § (omfattande begäran, 1 månad)',
    en: 'Openness Act s. 14 (large request, 1 month)',
  },
  gdpr_12_3: { fi: 'Tietosuoja-asetus 12 art. 3 k. (1 kuukausi)', sv: 'Dataskyddsförordningen art. 12.3 (1 månad)', en: 'GDPR Art. 12(3) (1 month)' },
  gdpr_12_3_extended: {
    fi: 'Tietosuoja-asetus 12 art. 3 k. (jatkettu 2 kuukaudella)',
    sv: 'Dataskyddsförordningen art. 12.3 (förlängd med 2 månader)',
    en: 'GDPR Art. 12(3) (extended by 2 months)',
  },
};

/** A legal parameter in force on a date (rows with effective dates, never constants in code). */
export async function legalParameterOn<V>(db: ReadTx, key: string, date: string): Promise<{ id: string; value: V }> {
  const row = await db
    .selectFrom('legal_parameter')
    .select(['id', 'value'])
    .where('key', '=', key)
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  if (!row) throw new Error(`Legal parameter ${key} is not in force on ${date}`);
  return { id: row.id, value: row.value as V };
}

export type Period = { days?: number; months?: number };

/**
 * The last day of a period counted from receipt (150/1930: the day of receipt is not
 * counted; a deadline on a weekend or holiday moves to the next working day).
 *
 * @example
 * dueDate('2025-10-15', { days: 14 }) // '2025-10-29'
 */
export function dueDate(receivedOn: string, period: Period): string {
  let d = receivedOn;
  if (period.months) d = addMonths(d, period.months);
  if (period.days) d = addDays(d, period.days);
  return extendToNextWorkingDay(d);
}

export type DeadlineState = 'ok' | 'near' | 'overdue' | 'met' | 'missed';

/** Where a deadline stands today; `near` when at most `warnWorkingDays` working days remain. */
export function deadlineState(due: string, today: string, deliveredOn: string | null, warnWorkingDays: number): DeadlineState {
  if (deliveredOn) return deliveredOn <= due ? 'met' : 'missed';
  if (today > due) return 'overdue';
  return workingDaysBetween(today, due) <= warnWorkingDays ? 'near' : 'ok';
}

export const DEADLINE_WARNINGS: Record<'near' | 'overdue', (due: string) => Localized> = {
  near: (due) => ({ fi: `Määräaika päättyy pian (${due}).`, sv: `Tidsfristen går snart ut (${due}).`, en: `The deadline is near (${due}).` }),
  overdue: (due) => ({ fi: `Määräaika on ylittynyt (${due}).`, sv: `Tidsfristen har överskridits (${due}).`, en: `The deadline has passed (${due}).` }),
};

export const OUTCOME_NAMES: Record<Outcome, Localized> = {
  full: { fi: 'Tiedot annetaan kokonaan', sv: 'Uppgifterna lämnas ut i sin helhet', en: 'Disclosed in full' },
  partial: { fi: 'Tiedot annetaan osittain', sv: 'Uppgifterna lämnas ut delvis', en: 'Disclosed in part' },
  negative: { fi: 'Tietoja ei anneta', sv: 'Uppgifterna lämnas inte ut', en: 'Not disclosed' },
};

export const tr = (l: Localized, lang: Lang) => l[lang];
