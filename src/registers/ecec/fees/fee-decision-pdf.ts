// A fee decision as a PDF in the family's language, with appeal instructions (oikaisuvaatimusohje).
import type { ReadTx } from '../../../core/db/database.ts';
import { renderPdf, type Block, type DocumentSpec } from '../../../core/documents/pdf.ts';
import { organisationName } from '../../../core/description/settings.ts';
import { DECISION_TEXTS, fmtDate } from '../decision-texts.ts';

const T = {
  fi: {
    title: 'Varhaiskasvatuksen maksupäätös',
    familySize: 'Perhekoko',
    income: 'Perheen bruttotulot',
    incomeNotGiven: 'Tuloja ei ole ilmoitettu: korkein maksu',
    child: 'Lapsi',
    hours: 'Tuntia/kk',
    sibling: 'Sisarusalennus',
    need: 'Palveluntarve',
    fee: 'Maksu €/kk',
    total: 'Maksu yhteensä kuukaudessa',
    basis: 'Maksu määräytyy varhaiskasvatuksen asiakasmaksuista annetun lain (1503/2016) mukaan.',
  },
  sv: {
    title: 'Avgiftsbeslut inom småbarnspedagogiken',
    familySize: 'Familjens storlek',
    income: 'Familjens bruttoinkomster',
    incomeNotGiven: 'Inkomsterna har inte meddelats: högsta avgiften',
    child: 'Barn',
    hours: 'Timmar/mån',
    sibling: 'Syskonrabatt',
    need: 'Servicebehov',
    fee: 'Avgift €/mån',
    total: 'Avgift sammanlagt per månad',
    basis: 'Avgiften bestäms enligt lagen om klientavgifter inom småbarnspedagogiken (1503/2016).',
  },
} as const;

export async function feeDecisionPdf(db: ReadTx, id: string, organisation?: string): Promise<{ pdf: Buffer; personIds: string[] } | null> {
  const doc = await feeDecisionDocument(db, id, organisation);
  return doc && { pdf: await renderPdf(doc.spec), personIds: doc.personIds };
}

/** The decision as a document specification, in the language of the decision (the family's). */
export async function feeDecisionDocument(db: ReadTx, id: string, organisation?: string): Promise<{ spec: DocumentSpec; personIds: string[] } | null> {
  const d = await db.selectFrom('ecec_fee_decision').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) return null;
  const children = await db
    .selectFrom('ecec_fee_decision_child as c')
    .innerJoin('person as p', 'p.id', 'c.child_id')
    .select(['c.child_id', 'p.first_names', 'p.last_name', 'c.hours_per_month', 'c.sibling_percent', 'c.service_need_percent', 'c.fee'])
    .where('c.fee_decision_id', '=', id)
    .orderBy('p.birth_date', 'desc')
    .execute();
  const lang = d.language === 'sv' ? 'sv' : 'fi';
  const t = { ...T[lang], ...DECISION_TEXTS[lang] };
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        [t.number, String(d.decision_number)],
        [t.decided, fmtDate(d.decision_date)],
        [t.validity, `${fmtDate(d.valid_from)} – ${d.valid_to ? fmtDate(d.valid_to) : t.open}`],
        [t.familySize, String(d.family_size)],
        [t.income, d.gross_income === null ? t.incomeNotGiven : `${Number(d.gross_income).toFixed(2)} €`],
      ],
    },
    {
      kind: 'table',
      columns: [{ label: t.child, width: 2 }, { label: t.hours, align: 'right' }, { label: t.sibling, align: 'right' }, { label: t.need, align: 'right' }, { label: t.fee, align: 'right' }],
      rows: children.map((c) => [
        `${c.first_names} ${c.last_name}`,
        String(Number(c.hours_per_month)),
        `${100 - Number(c.sibling_percent)} %`,
        `${Number(c.service_need_percent)} %`,
        String(c.fee),
      ]),
    },
    { kind: 'paragraph', text: `${t.total}: ${d.total_fee} €`, bold: true },
    { kind: 'paragraph', text: t.basis },
    { kind: 'heading', text: t.appealTitle, level: 2 },
    { kind: 'paragraph', text: t.appeal },
  ];
  const spec: DocumentSpec = {
    lang,
    organisation: organisation ?? (await organisationName(db, lang)),
    title: t.title,
    subtitle: `${t.number} ${d.decision_number}`,
    blocks,
    footer: t.footer,
    createdAt: d.created_at,
  };
  return { spec, personIds: [d.head_of_family_id, ...(d.partner_id ? [d.partner_id] : []), ...children.map((c) => c.child_id)] };
}
