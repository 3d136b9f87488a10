// Service decisions and home-care fee decisions as PDF documents in Finnish or Swedish (the
// client's language, Kielilaki 423/2003), with appeal instructions (oikaisuvaatimusohje).
import type { ReadTx } from '../../core/db/database.ts';
import { formatDate, formatEuro, renderPdf, type Block, type DocumentSpec } from '../../core/documents/pdf.ts';

export type DocumentLang = 'fi' | 'sv';

const SERVICE_TYPES: Record<DocumentLang, Record<string, string>> = {
  fi: {
    home_care: 'Kotihoito',
    support_services: 'Tukipalvelut',
    service_housing: 'Yhteisöllinen asuminen',
    service_housing_24h: 'Ympärivuorokautinen palveluasuminen',
    informal_care_support: 'Omaishoidon tuki',
    day_activity: 'Päivätoiminta',
  },
  sv: {
    home_care: 'Hemvård',
    support_services: 'Stödtjänster',
    service_housing: 'Gemenskapsboende',
    service_housing_24h: 'Serviceboende med heldygnsomsorg',
    informal_care_support: 'Stöd för närståendevård',
    day_activity: 'Dagverksamhet',
  },
};

const T = {
  fi: {
    serviceTitle: 'Päätös sosiaalipalvelusta',
    feeTitle: 'Kotihoidon asiakasmaksupäätös',
    client: 'Asiakas',
    birthDate: 'Syntymäaika',
    decided: 'Päätöspäivä',
    service: 'Palvelu',
    outcome: 'Ratkaisu',
    granted: 'Myönnetty',
    rejected: 'Kielteinen',
    hours: 'Palvelun määrä',
    hoursValue: (h: string) => `${h} tuntia kuukaudessa`,
    provider: 'Palveluntuottaja',
    starts: 'Palvelu alkaa',
    arrangeBy: 'Järjestettävä viimeistään',
    reasoning: 'Perustelut',
    serviceBasis:
      'Päätös perustuu palvelutarpeen arviointiin. Sovelletut säännökset: sosiaalihuoltolaki 1301/2014, laki ikääntyneen väestön toimintakyvyn tukemisesta sekä iäkkäiden sosiaali- ja terveyspalveluista 980/2012 (myönnetyt palvelut järjestetään viimeistään kolmen kuukauden kuluttua päätöksestä, 18 §).',
    validFrom: 'Voimassa alkaen',
    validTo: 'Voimassa asti',
    open: 'toistaiseksi',
    income: 'Bruttotulot kuukaudessa',
    household: 'Henkilöitä taloudessa',
    serviceHours: 'Palvelutunnit kuukaudessa',
    limit: 'Tuloraja',
    percent: 'Maksuprosentti',
    fee: 'Kuukausimaksu',
    feeBasis:
      'Jatkuvan ja säännöllisen kotihoidon maksu on maksuprosentti bruttotulojen ja tulorajan erotuksesta (laki sosiaali- ja terveydenhuollon asiakasmaksuista 734/1992, 10 e §). Maksu peritään kuukausittain.',
    appealTitle: 'Oikaisuvaatimusohje',
    serviceAppeal:
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista (sosiaalihuoltolaki 1301/2014 48 §, hallintolaki 434/2003 49 b–49 c §). Oikaisuvaatimus osoitetaan sosiaalihuollosta vastaavalle toimielimelle. Siinä on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteella. Päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä.',
    feeAppeal:
      'Tähän maksupäätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista (laki sosiaali- ja terveydenhuollon asiakasmaksuista 734/1992 15 §, hallintolaki 434/2003 49 b–49 c §). Oikaisuvaatimus osoitetaan sosiaalihuollosta vastaavalle toimielimelle. Siinä on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteella.',
    footer: 'Salassa pidettävä, JulkL 24 § 1 mom. 25 k.',
  },
  sv: {
    serviceTitle: 'Beslut om socialservice',
    feeTitle: 'Klientavgiftsbeslut för hemvård',
    client: 'Klient',
    birthDate: 'Födelsedatum',
    decided: 'Beslutsdatum',
    service: 'Tjänst',
    outcome: 'Avgörande',
    granted: 'Beviljad',
    rejected: 'Avslag',
    hours: 'Tjänstens omfattning',
    hoursValue: (h: string) => `${h} timmar per månad`,
    provider: 'Serviceproducent',
    starts: 'Tjänsten börjar',
    arrangeBy: 'Ska ordnas senast',
    reasoning: 'Motivering',
    serviceBasis:
      'Beslutet grundar sig på bedömningen av servicebehovet. Tillämpade bestämmelser: socialvårdslagen 1301/2014, lagen om stödjande av den äldre befolkningens funktionsförmåga och om social- och hälsovårdstjänster för äldre 980/2012 (beviljade tjänster ska ordnas senast tre månader efter beslutet, 18 §).',
    validFrom: 'Giltigt från',
    validTo: 'Giltigt till',
    open: 'tills vidare',
    income: 'Bruttoinkomster per månad',
    household: 'Personer i hushållet',
    serviceHours: 'Servicetimmar per månad',
    limit: 'Inkomstgräns',
    percent: 'Avgiftsprocent',
    fee: 'Månadsavgift',
    feeBasis:
      'Avgiften för kontinuerlig och regelbunden hemvård är avgiftsprocenten av skillnaden mellan bruttoinkomsterna och inkomstgränsen (lagen om klientavgifter inom social- och hälsovården 734/1992, 10 e §). Avgiften tas ut månatligen.',
    appealTitle: 'Anvisning om begäran om omprövning',
    serviceAppeal:
      'Den som är missnöjd med detta beslut kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet (socialvårdslagen 1301/2014 48 §, förvaltningslagen 434/2003 49 b–49 c §). Begäran riktas till det organ som ansvarar för socialvården. Av begäran ska framgå vilket beslut som avses, vilken omprövning som begärs och på vilka grunder. Beslutet anses ha delgetts den sjunde dagen efter att det sänts, om inte annat visas.',
    feeAppeal:
      'Den som är missnöjd med detta avgiftsbeslut kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet (lagen om klientavgifter inom social- och hälsovården 734/1992 15 §, förvaltningslagen 434/2003 49 b–49 c §). Begäran riktas till det organ som ansvarar för socialvården. Av begäran ska framgå vilket beslut som avses, vilken omprövning som begärs och på vilka grunder.',
    footer: 'Sekretessbelagd, OffL 24 § 1 mom. 25 p.',
  },
} as const;

const hoursText = (h: number, lang: DocumentLang) => h.toLocaleString(lang === 'sv' ? 'sv-FI' : 'fi-FI', { maximumFractionDigits: 2 });

/** A service decision as a document specification, or null when there is no such decision. */
export async function serviceDecisionDocument(db: ReadTx, id: string, lang: DocumentLang, organisation: string): Promise<{ spec: DocumentSpec; personId: string } | null> {
  const d = await db
    .selectFrom('elderly_service_decision as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .leftJoin('elderly_provider as v', 'v.id', 'd.provider_id')
    .select(['d.person_id', 'd.service_type', 'd.outcome', 'd.decided_on', 'd.arrange_by', 'd.starts_on', 'd.hours_per_month', 'd.reasoning', 'd.created_at', 'p.first_names', 'p.last_name', 'p.birth_date', 'v.name as provider_name'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  const t = T[lang];
  const service = SERVICE_TYPES[lang][d.service_type] ?? d.service_type;
  const granted = d.outcome === 'granted';
  const fields: [string, string][] = [
    [t.client, `${d.first_names} ${d.last_name}`],
    [t.birthDate, formatDate(d.birth_date, lang)],
    [t.decided, formatDate(d.decided_on, lang)],
    [t.service, service],
    [t.outcome, granted ? t.granted : t.rejected],
  ];
  if (granted) {
    if (d.hours_per_month !== null) fields.push([t.hours, t.hoursValue(hoursText(Number(d.hours_per_month), lang))]);
    if (d.provider_name) fields.push([t.provider, d.provider_name]);
    if (d.starts_on) fields.push([t.starts, formatDate(d.starts_on, lang)]);
    if (d.arrange_by) fields.push([t.arrangeBy, formatDate(d.arrange_by, lang)]);
  }
  const blocks: Block[] = [{ kind: 'fields', fields }];
  if (d.reasoning) blocks.push({ kind: 'heading', text: t.reasoning, level: 2 }, { kind: 'paragraph', text: d.reasoning });
  blocks.push({ kind: 'paragraph', text: t.serviceBasis }, { kind: 'heading', text: t.appealTitle, level: 2 }, { kind: 'paragraph', text: t.serviceAppeal });
  return {
    spec: { lang, organisation, title: t.serviceTitle, subtitle: `${service}, ${formatDate(d.decided_on, lang)}`, blocks, footer: t.footer, createdAt: d.created_at },
    personId: d.person_id,
  };
}

/** A home-care fee decision with its calculation basis as a document specification. */
export async function feeDecisionDocument(db: ReadTx, id: string, lang: DocumentLang, organisation: string): Promise<{ spec: DocumentSpec; personId: string } | null> {
  const f = await db
    .selectFrom('elderly_fee_decision as f')
    .innerJoin('person as p', 'p.id', 'f.person_id')
    .selectAll('f')
    .select(['p.first_names', 'p.last_name', 'p.birth_date'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!f) return null;
  const t = T[lang];
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        [t.client, `${f.first_names} ${f.last_name}`],
        [t.birthDate, formatDate(f.birth_date, lang)],
        [t.validFrom, formatDate(f.valid_from, lang)],
        [t.validTo, f.valid_to ? formatDate(f.valid_to, lang) : t.open],
      ],
    },
    {
      kind: 'table',
      columns: [{ label: t.income, align: 'right' }, { label: t.household, align: 'right' }, { label: t.serviceHours, align: 'right' }, { label: t.limit, align: 'right' }, { label: t.percent, align: 'right' }],
      rows: [[formatEuro(Number(f.gross_income), lang), String(f.household_size), String(f.service_hours), formatEuro(Number(f.income_limit), lang), `${hoursText(Number(f.percent), lang)} %`]],
    },
    { kind: 'paragraph', text: `${t.fee}: ${formatEuro(Number(f.monthly_fee), lang)}`, bold: true },
    { kind: 'paragraph', text: t.feeBasis },
    { kind: 'heading', text: t.appealTitle, level: 2 },
    { kind: 'paragraph', text: t.feeAppeal },
  ];
  return {
    spec: { lang, organisation, title: t.feeTitle, subtitle: `${t.validFrom} ${formatDate(f.valid_from, lang)}`, blocks, footer: t.footer, createdAt: f.created_at },
    personId: f.person_id,
  };
}

export async function renderDocument(doc: { spec: DocumentSpec } | null): Promise<Buffer | null> {
  return doc ? renderPdf(doc.spec) : null;
}
