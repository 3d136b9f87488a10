// Texts shared by the ECEC decision documents (placement, fee and voucher value decisions): the
// appeal instructions (oikaisuvaatimusohje), the confidentiality footer and date formats.
// Decisions are in Finnish or Swedish, the family's language.

export type DecisionLang = 'fi' | 'sv';

/** 1.8.2025 (both languages write dates this way). */
export const fmtDate = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

/** 1 085,50 € / 1 085 €: a euro amount as written in Finnish and Swedish. */
export function fmtEuro(x: number | string): string {
  const n = Number(x);
  const [int, dec] = Math.abs(n).toFixed(Number.isInteger(n) ? 0 : 2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${n < 0 ? '−' : ''}${grouped}${dec ? ',' + dec : ''} €`;
}

/** A percentage with a decimal comma: 0,7 → "70 %", 42.5 → "42,5 %". */
export const fmtPercent = (p: number | string) => `${String(Number(p)).replace('.', ',')} %`;

export const DECISION_TEXTS = {
  fi: {
    number: 'Päätösnumero',
    decided: 'Päätöspäivä',
    validity: 'Voimassa',
    open: 'toistaiseksi',
    child: 'Lapsi',
    unit: 'Yksikkö',
    appealTitle: 'Oikaisuvaatimusohje',
    appeal:
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista (hallintolaki 434/2003 49 b–49 c §, varhaiskasvatuslaki 540/2018 62 §). Oikaisuvaatimus osoitetaan kunnan varhaiskasvatuksesta vastaavalle toimielimelle. Siinä on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteella. Päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä.',
    footer: 'Salassa pidettävä, JulkL 24 § 1 mom. 23 ja 25 k.',
  },
  sv: {
    number: 'Beslutsnummer',
    decided: 'Beslutsdatum',
    validity: 'Giltigt',
    open: 'tills vidare',
    child: 'Barn',
    unit: 'Enhet',
    appealTitle: 'Anvisning om begäran om omprövning',
    appeal:
      'Den som är missnöjd med detta beslut kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet (förvaltningslagen 434/2003 49 b–49 c §, lagen om småbarnspedagogik 540/2018 62 §). Begäran riktas till det kommunala organ som ansvarar för småbarnspedagogiken. Av begäran ska framgå vilket beslut som avses, vilken omprövning som begärs och på vilka grunder. Beslutet anses ha delgetts den sjunde dagen efter att det sänts, om inte annat visas.',
    footer: 'Sekretessbelagd, OffL 24 § 1 mom. 23 och 25 p.',
  },
} as const;

export const validityText = (lang: DecisionLang, from: string, to: string | null) => `${fmtDate(from)} – ${to ? fmtDate(to) : DECISION_TEXTS[lang].open}`;
