// A fee decision as a PDF in the family's language, with appeal instructions (oikaisuvaatimusohje).
import type { ReadTx } from '../../../core/db/database.ts';
import { renderPdf, type Block, type DocumentSpec } from '../../../core/documents/pdf.ts';

const T = {
  fi: {
    title: 'Varhaiskasvatuksen maksupäätös',
    number: 'Päätösnumero',
    decided: 'Päätöspäivä',
    validity: 'Voimassa',
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
    appealTitle: 'Oikaisuvaatimusohje',
    appeal:
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista (hallintolaki 434/2003 49 b–49 c §, varhaiskasvatuslaki 540/2018 62 §). Oikaisuvaatimus osoitetaan kunnan varhaiskasvatuksesta vastaavalle toimielimelle. Siinä on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteella. Päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä.',
    footer: 'Salassa pidettävä, JulkL 24 § 1 mom. 23 ja 25 k.',
    open: 'toistaiseksi',
  },
  sv: {
    title: 'Avgiftsbeslut inom småbarnspedagogiken',
    number: 'Beslutsnummer',
    decided: 'Beslutsdatum',
    validity: 'Giltigt',
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
    appealTitle: 'Anvisning om begäran om omprövning',
    appeal:
      'Den som är missnöjd med detta beslut kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet (förvaltningslagen 434/2003 49 b–49 c §, lagen om småbarnspedagogik 540/2018 62 §). Begäran riktas till det kommunala organ som ansvarar för småbarnspedagogiken. Av begäran ska framgå vilket beslut som avses, vilken omprövning som begärs och på vilka grunder. Beslutet anses ha delgetts den sjunde dagen efter att det sänts, om inte annat visas.',
    footer: 'Sekretessbelagd, OffL 24 § 1 mom. 23 och 25 p.',
    open: 'tills vidare',
  },
} as const;

const fmtDate = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

export async function feeDecisionPdf(db: ReadTx, id: string, organisation: string): Promise<{ pdf: Buffer; personIds: string[] } | null> {
  const doc = await feeDecisionDocument(db, id, organisation);
  return doc && { pdf: await renderPdf(doc.spec), personIds: doc.personIds };
}

/** The decision as a document specification, in the language of the decision (the family's). */
export async function feeDecisionDocument(db: ReadTx, id: string, organisation: string): Promise<{ spec: DocumentSpec; personIds: string[] } | null> {
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
  const t = T[lang];
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
    organisation,
    title: t.title,
    subtitle: `${t.number} ${d.decision_number}`,
    blocks,
    footer: t.footer,
    createdAt: d.created_at,
  };
  return { spec, personIds: [d.head_of_family_id, ...(d.partner_id ? [d.partner_id] : []), ...children.map((c) => c.child_id)] };
}
