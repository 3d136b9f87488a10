// A placement decision (päätös varhaiskasvatus- tai esiopetuspaikasta) as a PDF in the family's
// language, with appeal instructions.
import { sql } from 'kysely';
import type { ReadTx } from '../../../core/db/database.ts';
import { organisationName } from '../../../core/description/settings.ts';
import { renderPdf, type Block, type DocumentSpec } from '../../../core/documents/pdf.ts';
import { DECISION_TEXTS, fmtDate, validityText } from '../decision-texts.ts';
import type { PlacementType } from './placement.queries.ts';

const T = {
  fi: {
    title: {
      daycare: 'Päätös varhaiskasvatuspaikasta',
      daycare_part_day: 'Päätös osapäiväisestä varhaiskasvatuspaikasta',
      preschool: 'Päätös esiopetuspaikasta',
      preschool_daycare: 'Päätös esiopetus- ja varhaiskasvatuspaikasta',
      club: 'Päätös kerhopaikasta',
      family_daycare: 'Päätös perhepäivähoitopaikasta',
    } satisfies Record<PlacementType, string>,
    guardians: 'Huoltajat',
    group: 'Ryhmä',
    hours: 'Palveluntarve',
    hoursValue: (h: string, free: string | null) => `${h} tuntia kuukaudessa${free ? `, joista maksuttomia ${free}` : ''}`,
    applied: 'Hakemus saapunut',
    granted: (unit: string) => `Lapselle on myönnetty paikka yksiköstä ${unit} yllä mainituksi ajaksi.`,
    basis: 'Päätös perustuu varhaiskasvatuslakiin (540/2018) ja esiopetuksen osalta perusopetuslakiin (628/1998).',
    fees: 'Varhaiskasvatuksen asiakasmaksusta tehdään erillinen maksupäätös.',
    voucher: 'Paikka on palvelusetelillä järjestettävää yksityistä varhaiskasvatusta: palvelusetelin arvosta ja omavastuuosuudesta tehdään erillinen arvopäätös.',
  },
  sv: {
    title: {
      daycare: 'Beslut om plats inom småbarnspedagogiken',
      daycare_part_day: 'Beslut om plats inom småbarnspedagogiken på deltid',
      preschool: 'Beslut om förskoleplats',
      preschool_daycare: 'Beslut om plats i förskola och småbarnspedagogik',
      club: 'Beslut om klubbplats',
      family_daycare: 'Beslut om plats i familjedagvård',
    } satisfies Record<PlacementType, string>,
    guardians: 'Vårdnadshavare',
    group: 'Grupp',
    hours: 'Servicebehov',
    hoursValue: (h: string, free: string | null) => `${h} timmar i månaden${free ? `, varav ${free} avgiftsfria` : ''}`,
    applied: 'Ansökan inkom',
    granted: (unit: string) => `Barnet har beviljats en plats i enheten ${unit} för ovan nämnda tid.`,
    basis: 'Beslutet grundar sig på lagen om småbarnspedagogik (540/2018) och i fråga om förskoleundervisning på lagen om grundläggande utbildning (628/1998).',
    fees: 'Om klientavgiften för småbarnspedagogiken fattas ett separat avgiftsbeslut.',
    voucher: 'Platsen är privat småbarnspedagogik som ordnas med servicesedel: om servicesedelns värde och självriskandelen fattas ett separat beslut.',
  },
} as const;

const hoursText = (n: unknown) => String(Number(n)).replace('.', ',');

/** The decision as a document specification in its language, and the persons it names. */
export async function placementDecisionDocument(db: ReadTx, id: string): Promise<{ spec: DocumentSpec; personIds: string[] } | null> {
  const d = await db
    .selectFrom('ecec_placement_decision as d')
    .innerJoin('ecec_placement as p', 'p.id', 'd.placement_id')
    .innerJoin('person as c', 'c.id', 'p.child_id')
    .innerJoin('organisation_unit as o', 'o.id', 'p.unit_id')
    .innerJoin('ecec_unit as u', 'u.unit_id', 'p.unit_id')
    .leftJoin('ecec_group as g', 'g.id', 'p.group_id')
    .leftJoin('ecec_application as a', 'a.id', 'd.application_id')
    .select([
      'd.decision_number', 'd.decision_date', 'd.language', 'd.created_at', 'p.child_id', 'p.type', 'p.start_date', 'p.end_date', 'p.hours_per_month',
      'p.free_hours_per_month', 'c.first_names', 'c.last_name', 'c.birth_date', 'o.name as unit_name', 'u.provider_type', 'g.name as group_name', 'a.sent_date',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  // The guardians the decision is addressed to: those with custody when the placement starts.
  const guardians = await db
    .selectFrom('person_relationship as r')
    .innerJoin('person as g', 'g.id', 'r.person_id')
    .select(['g.id', 'g.first_names', 'g.last_name'])
    .where('r.kind', '=', 'guardian')
    .where('r.related_person_id', '=', d.child_id)
    .where(sql<boolean>`r.valid_from <= ${d.start_date}::date and (r.valid_to is null or r.valid_to >= ${d.start_date}::date)`)
    .orderBy('g.last_name')
    .orderBy('g.first_names')
    .execute();
  const lang = d.language === 'sv' ? 'sv' : 'fi';
  const t = { ...T[lang], ...DECISION_TEXTS[lang] };
  const type = d.type as PlacementType;
  const free = Number(d.free_hours_per_month) > 0 ? hoursText(d.free_hours_per_month) : null;
  const fields: [string, string][] = [
    [t.number, String(d.decision_number)],
    [t.decided, fmtDate(d.decision_date)],
    [t.child, `${d.first_names} ${d.last_name} (${fmtDate(d.birth_date)})`],
    ...(guardians.length ? ([[t.guardians, guardians.map((g) => `${g.first_names} ${g.last_name}`).join(', ')]] as [string, string][]) : []),
    [t.unit, d.unit_name],
    ...(d.group_name ? ([[t.group, d.group_name]] as [string, string][]) : []),
    [t.validity, validityText(lang, d.start_date, d.end_date)],
    [t.hours, t.hoursValue(hoursText(d.hours_per_month), free)],
    ...(d.sent_date ? ([[t.applied, fmtDate(d.sent_date)]] as [string, string][]) : []),
  ];
  const blocks: Block[] = [
    { kind: 'fields', fields },
    { kind: 'paragraph', text: t.granted(d.unit_name) },
    { kind: 'paragraph', text: t.basis },
    ...(type === 'preschool' || type === 'club' ? [] : [{ kind: 'paragraph' as const, text: d.provider_type === 'private_voucher' ? t.voucher : t.fees }]),
    { kind: 'heading', text: t.appealTitle, level: 2 },
    { kind: 'paragraph', text: t.appeal },
  ];
  return {
    spec: {
      lang,
      organisation: await organisationName(db, lang),
      title: t.title[type],
      subtitle: `${t.number} ${d.decision_number}`,
      blocks,
      footer: t.footer,
      createdAt: d.created_at,
    },
    personIds: [d.child_id, ...guardians.map((g) => g.id)],
  };
}

export async function placementDecisionPdf(db: ReadTx, id: string): Promise<{ pdf: Buffer; personIds: string[] } | null> {
  const doc = await placementDecisionDocument(db, id);
  return doc && { pdf: await renderPdf(doc.spec), personIds: doc.personIds };
}
