// A voucher value decision (palvelusetelin arvopäätös) as a PDF in the family's language, with
// appeal instructions: what the voucher is worth at the provider and what the family pays.
import type { ReadTx } from '../../../core/db/database.ts';
import { organisationName } from '../../../core/description/settings.ts';
import { renderPdf, type Block, type DocumentSpec } from '../../../core/documents/pdf.ts';
import { firstOfMonthAfterThirdBirthday } from './voucher-value.ts';
import { DECISION_TEXTS, fmtDate, fmtEuro, fmtPercent, validityText } from '../decision-texts.ts';

const T = {
  fi: {
    title: 'Päätös varhaiskasvatuksen palvelusetelin arvosta',
    provider: 'Palveluntuottaja',
    hours: 'Palveluntarve',
    hoursValue: (h: string) => `${h} tuntia kuukaudessa`,
    familySize: 'Perhekoko',
    income: 'Perheen bruttotulot',
    incomeNotGiven: 'Tuloja ei ole ilmoitettu: korkein maksu',
    valueTitle: 'Palvelusetelin arvo',
    baseValue: 'Perusarvo',
    baseValueUnder3: 'Perusarvo (alle 3-vuotias)',
    coefficient: 'Palveluntarpeen kerroin',
    value: 'Palvelusetelin arvo kuukaudessa',
    coPaymentTitle: 'Omavastuuosuus',
    baseCoPayment: 'Perheen tulojen ja koon mukainen perusmaksu',
    sibling: 'Sisarusalennus',
    need: 'Palveluntarpeen osuus maksusta',
    coPayment: 'Omavastuuosuus kuukaudessa',
    explanation:
      'Kunta maksaa palvelusetelin arvon palveluntuottajalle. Perhe maksaa palveluntuottajalle omavastuuosuuden.',
    basis:
      'Palvelusetelin arvo määräytyy kunnan palvelusetelisääntökirjan mukaan (laki sosiaali- ja terveydenhuollon palvelusetelistä 569/2009). Omavastuuosuus määräytyy varhaiskasvatuksen asiakasmaksuista annetun lain (1503/2016) mukaan.',
    refuse: 'Jos perhe ei ota palveluseteliä vastaan, kunnan on ohjattava se muilla tavoin järjestettyjen palvelujen piiriin (569/2009 6 §).',
  },
  sv: {
    title: 'Beslut om värdet av servicesedeln för småbarnspedagogik',
    provider: 'Serviceproducent',
    hours: 'Servicebehov',
    hoursValue: (h: string) => `${h} timmar i månaden`,
    familySize: 'Familjens storlek',
    income: 'Familjens bruttoinkomster',
    incomeNotGiven: 'Inkomsterna har inte meddelats: högsta avgiften',
    valueTitle: 'Servicesedelns värde',
    baseValue: 'Grundvärde',
    baseValueUnder3: 'Grundvärde (under 3 år)',
    coefficient: 'Servicebehovets koefficient',
    value: 'Servicesedelns värde per månad',
    coPaymentTitle: 'Självriskandel',
    baseCoPayment: 'Grundavgift enligt familjens inkomster och storlek',
    sibling: 'Syskonrabatt',
    need: 'Servicebehovets andel av avgiften',
    coPayment: 'Självriskandel per månad',
    explanation: 'Kommunen betalar servicesedelns värde till serviceproducenten. Familjen betalar självriskandelen till serviceproducenten.',
    basis:
      'Servicesedelns värde bestäms enligt kommunens regelbok för servicesedlar (lagen om servicesedlar inom social- och hälsovården 569/2009). Självriskandelen bestäms enligt lagen om klientavgifter inom småbarnspedagogiken (1503/2016).',
    refuse: 'Om familjen inte tar emot servicesedeln ska kommunen hänvisa den till service som ordnas på annat sätt (569/2009 6 §).',
  },
} as const;

/** The decision as a document specification in its language, and the persons it names. */
export async function voucherDecisionDocument(db: ReadTx, id: string): Promise<{ spec: DocumentSpec; personIds: string[] } | null> {
  const d = await db
    .selectFrom('ecec_voucher_value_decision as v')
    .innerJoin('person as c', 'c.id', 'v.child_id')
    .innerJoin('organisation_unit as o', 'o.id', 'v.unit_id')
    .innerJoin('ecec_unit as u', 'u.unit_id', 'v.unit_id')
    .leftJoin('ecec_provider as pr', 'pr.id', 'u.provider_id')
    .selectAll('v')
    .select(['c.first_names', 'c.last_name', 'c.birth_date', 'o.name as unit_name', 'pr.name as provider_name'])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  const lang = d.language === 'sv' ? 'sv' : 'fi';
  const t = { ...T[lang], ...DECISION_TEXTS[lang] };
  // Decisions are split on the day the under-3 value ends, so the start day tells which applied.
  const under3 = d.valid_from < firstOfMonthAfterThirdBirthday(d.birth_date);
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        [t.number, String(d.decision_number)],
        [t.decided, fmtDate(d.decision_date)],
        [t.validity, validityText(lang, d.valid_from, d.valid_to)],
        [t.child, `${d.first_names} ${d.last_name} (${fmtDate(d.birth_date)})`],
        [t.unit, d.unit_name],
        ...(d.provider_name ? ([[t.provider, d.provider_name]] as [string, string][]) : []),
        ...(d.hours_per_month !== null ? ([[t.hours, t.hoursValue(String(Number(d.hours_per_month)).replace('.', ','))]] as [string, string][]) : []),
        ...(d.family_size !== null ? ([[t.familySize, String(d.family_size)]] as [string, string][]) : []),
        [t.income, d.gross_income === null ? t.incomeNotGiven : fmtEuro(d.gross_income)],
      ],
    },
    { kind: 'heading', text: t.valueTitle, level: 2 },
    {
      kind: 'fields',
      fields: [
        ...(d.base_value !== null ? ([[under3 ? t.baseValueUnder3 : t.baseValue, fmtEuro(d.base_value)]] as [string, string][]) : []),
        ...(d.value_coefficient !== null ? ([[t.coefficient, fmtPercent(Number(d.value_coefficient) * 100)]] as [string, string][]) : []),
        [t.value, fmtEuro(d.voucher_value)],
      ],
    },
    { kind: 'heading', text: t.coPaymentTitle, level: 2 },
    {
      kind: 'fields',
      fields: [
        ...(d.base_co_payment !== null ? ([[t.baseCoPayment, fmtEuro(d.base_co_payment)]] as [string, string][]) : []),
        ...(d.sibling_percent !== null ? ([[t.sibling, fmtPercent(100 - Number(d.sibling_percent))]] as [string, string][]) : []),
        [t.need, fmtPercent(d.service_need_percent)],
        [t.coPayment, fmtEuro(d.co_payment)],
      ],
    },
    { kind: 'paragraph', text: t.explanation },
    { kind: 'paragraph', text: t.basis },
    { kind: 'paragraph', text: t.refuse },
    { kind: 'heading', text: t.appealTitle, level: 2 },
    { kind: 'paragraph', text: t.appeal },
  ];
  return {
    spec: {
      lang,
      organisation: await organisationName(db, lang),
      title: t.title,
      subtitle: `${t.number} ${d.decision_number}`,
      blocks,
      footer: t.footer,
      createdAt: d.created_at,
    },
    personIds: [d.head_of_family_id, ...(d.partner_id ? [d.partner_id] : []), d.child_id],
  };
}

export async function voucherDecisionPdf(db: ReadTx, id: string): Promise<{ pdf: Buffer; personIds: string[] } | null> {
  const doc = await voucherDecisionDocument(db, id);
  return doc && { pdf: await renderPdf(doc.spec), personIds: doc.personIds };
}
