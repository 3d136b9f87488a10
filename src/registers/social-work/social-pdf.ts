// Social-work decisions as PDF documents in Finnish or Swedish, with appeal instructions.
import type { ReadTx } from '../../core/db/database.ts';
import { formatDate, type Block, type DocumentSpec } from '../../core/documents/pdf.ts';

export type DocumentLang = 'fi' | 'sv';

const T = {
  fi: {
    title: 'Päätös',
    kinds: {
      assessment_start: 'Palvelutarpeen arviointi aloitetaan',
      assessment_not_started: 'Palvelutarpeen arviointia ei aloiteta',
      service_granted: 'Palvelu myönnetään',
      service_rejected: 'Palvelua ei myönnetä',
      client_relationship_ended: 'Asiakkuus päättyy',
    } as Record<string, string>,
    client: 'Asiakas',
    birthDate: 'Syntymäaika',
    decided: 'Päätöspäivä',
    matter: 'Asia',
    unit: 'Yksikkö',
    received: 'Vireille tullut',
    decision: 'Päätös ja perustelut',
    decidedBy: 'Päätöksen tekijä',
    appealTitle: 'Oikaisuvaatimusohje',
    appeal:
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista (sosiaalihuoltolaki 1301/2014 48 §, lastensuojelulaki 417/2007 89 §, hallintolaki 434/2003 49 b–49 c §). Oikaisuvaatimus osoitetaan sosiaalihuollosta vastaavalle toimielimelle. Siinä on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteella. Päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä.',
    footer: 'Salassa pidettävä, JulkL 24 § 1 mom. 25 k.',
  },
  sv: {
    title: 'Beslut',
    kinds: {
      assessment_start: 'Bedömningen av servicebehovet inleds',
      assessment_not_started: 'Bedömningen av servicebehovet inleds inte',
      service_granted: 'Tjänsten beviljas',
      service_rejected: 'Tjänsten beviljas inte',
      client_relationship_ended: 'Klientrelationen upphör',
    } as Record<string, string>,
    client: 'Klient',
    birthDate: 'Födelsedatum',
    decided: 'Beslutsdatum',
    matter: 'Ärende',
    unit: 'Enhet',
    received: 'Anhängigt sedan',
    decision: 'Beslut och motivering',
    decidedBy: 'Beslutsfattare',
    appealTitle: 'Anvisning om begäran om omprövning',
    appeal:
      'Den som är missnöjd med detta beslut kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet (socialvårdslagen 1301/2014 48 §, barnskyddslagen 417/2007 89 §, förvaltningslagen 434/2003 49 b–49 c §). Begäran riktas till det organ som ansvarar för socialvården. Av begäran ska framgå vilket beslut som avses, vilken omprövning som begärs och på vilka grunder. Beslutet anses ha delgetts den sjunde dagen efter att det sänts, om inte annat visas.',
    footer: 'Sekretessbelagd, OffL 24 § 1 mom. 25 p.',
  },
} as const;

/** A decision as a document specification, or null when there is no such decision. */
export async function decisionDocument(db: ReadTx, id: string, lang: DocumentLang, organisation: string): Promise<{ spec: DocumentSpec; personId: string } | null> {
  const d = await db
    .selectFrom('social_decision as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .leftJoin('app_user as a', 'a.id', 'd.decided_by')
    .leftJoin('social_application as ap', 'ap.id', 'd.application_id')
    .leftJoin('social_notification as n', 'n.id', 'd.notification_id')
    .leftJoin('organisation_unit as u', (j) => j.on((eb) => eb('u.id', '=', eb.fn.coalesce('ap.unit_id', 'n.unit_id'))))
    .select([
      'd.person_id',
      'd.kind',
      'd.decided_on',
      'd.text',
      'd.created_at',
      'p.first_names',
      'p.last_name',
      'p.birth_date',
      'a.display_name',
      'u.name as unit_name',
      (eb) => eb.fn.coalesce('ap.received_on', 'n.received_on').as('pending_since'),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  const t = T[lang];
  const kind = t.kinds[d.kind] ?? d.kind;
  const fields: [string, string][] = [
    [t.client, `${d.first_names} ${d.last_name}`],
    [t.birthDate, formatDate(d.birth_date, lang)],
    [t.matter, kind],
    [t.decided, formatDate(d.decided_on, lang)],
  ];
  if (d.pending_since) fields.push([t.received, formatDate(d.pending_since, lang)]);
  if (d.unit_name) fields.push([t.unit, d.unit_name]);
  if (d.display_name) fields.push([t.decidedBy, d.display_name]);
  const blocks: Block[] = [
    { kind: 'fields', fields },
    { kind: 'heading', text: t.decision, level: 2 },
    { kind: 'paragraph', text: d.text },
    { kind: 'heading', text: t.appealTitle, level: 2 },
    { kind: 'paragraph', text: t.appeal },
  ];
  return {
    spec: { lang, organisation, title: `${t.title}: ${kind}`, subtitle: formatDate(d.decided_on, lang), blocks, footer: t.footer, createdAt: d.created_at },
    personId: d.person_id,
  };
}
