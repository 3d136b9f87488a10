// School-year certificate (lukuvuositodistus) and basic education certificate
// (päättötodistus) in the form the national core curriculum sets (POPS 2014 ch. 6.11 and its
// certificate annex): provider and school, the pupil's full name with the birth date (the
// final certificate: the henkilötunnus), subjects in the curriculum's order with the grade as a
// number and in words, language subjects with their language, optional subjects with their
// weekly lessons, individualised syllabi marked with an asterisk, the grade scale, the date and
// the principal's signature.
import type { ReadTx } from '../../../core/db/database.ts';
import { formatDate, renderPdf, type Block } from '../../../core/documents/pdf.ts';
import { GRADE_WORDS, VERBAL_WORDS } from '../assessment/grades.ts';
import { LANGUAGES, subjectName, subjectOrder } from '../assessment/subjects.ts';

export type CertificateKind = 'annual' | 'final';
export type CertificateLang = 'fi' | 'sv';

const T = {
  fi: {
    annual: 'Lukuvuositodistus',
    final: 'Perusopetuksen päättötodistus',
    provider: 'Koulutuksen järjestäjä',
    school: 'Koulu',
    pupil: 'Oppilas',
    birthDate: 'Syntymäaika',
    hetu: 'Henkilötunnus',
    klass: 'Luokka',
    schoolYear: 'Lukuvuosi',
    subject: 'Oppiaine',
    grade: 'Arvosana',
    common: 'Yhteiset aineet',
    optional: 'Valinnaiset aineet',
    lessons: 'vvt',
    behaviour: 'Käyttäytyminen',
    completed: 'on suorittanut perusopetuksen oppimäärän.',
    promoted: (g: number) => `Oppilas siirretään vuosiluokalle ${g}.`,
    notPromoted: 'Oppilaalla on hylättyjä suorituksia; siirrosta päätetään erikseen.',
    scale: 'Arvosana-asteikko: erinomainen 10, kiitettävä 9, hyvä 8, tyydyttävä 7, kohtalainen 6, välttävä 5, hylätty 4. S = suoritettu, H = hylätty, O = osallistunut.',
    asterisk: '* Oppiaineen oppimäärä on yksilöllistetty (arvioitu oppilaan henkilökohtaisten tavoitteiden perusteella).',
    law: 'Todistus on annettu perusopetuslain (628/1998) ja perusopetuksen opetussuunnitelman perusteiden mukaisesti.',
    place: 'Paikka ja päiväys',
    principal: 'Rehtori',
    teacher: 'Luokanvalvoja / luokanopettaja',
  },
  sv: {
    annual: 'Läsårsbetyg',
    final: 'Avgångsbetyg från den grundläggande utbildningen',
    provider: 'Utbildningsanordnare',
    school: 'Skola',
    pupil: 'Elev',
    birthDate: 'Födelsedatum',
    hetu: 'Personbeteckning',
    klass: 'Klass',
    schoolYear: 'Läsår',
    subject: 'Läroämne',
    grade: 'Vitsord',
    common: 'Gemensamma ämnen',
    optional: 'Valfria ämnen',
    lessons: 'åvt',
    behaviour: 'Uppförande',
    completed: 'har fullgjort den grundläggande utbildningens lärokurs.',
    promoted: (g: number) => `Eleven flyttas upp till årskurs ${g}.`,
    notPromoted: 'Eleven har underkända prestationer; om uppflyttning beslutas separat.',
    scale: 'Vitsordsskala: utmärkta 10, berömliga 9, goda 8, nöjaktiga 7, hjälpliga 6, försvarliga 5, underkända 4. G = godkänd, U = underkänd, D = deltagit.',
    asterisk: '* Lärokursen i läroämnet är individualiserad (bedömd utifrån elevens personliga mål).',
    law: 'Betyget har utfärdats enligt lagen om grundläggande utbildning (628/1998) och grunderna för läroplanen för den grundläggande utbildningen.',
    place: 'Ort och datum',
    principal: 'Rektor',
    teacher: 'Klassföreståndare / klasslärare',
  },
} as const;

// Swedish certificates write the verbal marks with Swedish letters (godkänd, underkänd, deltagit).
const VERBAL_LETTER = { fi: { S: 'S', H: 'H', O: 'O' }, sv: { S: 'G', H: 'U', O: 'D' } } as const;

export interface CertificateAssessment {
  subject_code: string;
  language_code: string | null;
  optional: boolean;
  local_subject: boolean;
  weekly_lessons: number | null;
  syllabus: string;
  numeric_grade: number | null;
  verbal_mark: string | null;
}

export interface CertificatePupil {
  id: string;
  first_names: string;
  last_name: string;
  birth_date: string;
  hetu: string | null;
  school_name: string;
  municipality: string;
  class_name: string | null;
  grade: number;
  assessments: CertificateAssessment[];
}

/** Everything the certificates of the pupils need, in three queries. */
export async function loadCertificateData(db: ReadTx, pupilIds: string[], schoolYear: number, kind: CertificateKind): Promise<CertificatePupil[]> {
  if (pupilIds.length === 0) return [];
  const yearEnd = `${schoolYear + 1}-07-31`;
  const yearStart = `${schoolYear}-08-01`;
  const people = await db
    .selectFrom('person as p')
    .innerJoin('be_enrolment as e', 'e.pupil_id', 'p.id')
    .innerJoin('organisation_unit as u', 'u.id', 'e.school_id')
    .innerJoin('be_school as s', 's.unit_id', 'e.school_id')
    .leftJoin('be_group as g', 'g.id', 'e.class_id')
    .select(['p.id', 'p.first_names', 'p.last_name', 'p.birth_date', 'p.hetu', 'u.name as school_name', 's.municipality', 'g.name as class_name', 'e.grade', 'e.start_date'])
    .where('p.id', 'in', pupilIds)
    .where('e.start_date', '<=', yearEnd)
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', yearStart)]))
    .orderBy('e.start_date', 'desc')
    .execute();
  const assessments = await db
    .selectFrom('be_assessment')
    .select(['pupil_id', 'subject_code', 'language_code', 'optional', 'local_subject', 'weekly_lessons', 'syllabus', 'numeric_grade', 'verbal_mark'])
    .where('pupil_id', 'in', pupilIds)
    .where('school_year', '=', schoolYear)
    .where('kind', '=', kind)
    .execute();
  const seen = new Set<string>();
  const out: CertificatePupil[] = [];
  for (const p of people) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ ...p, assessments: assessments.filter((a) => a.pupil_id === p.id).map((a) => ({ ...a, weekly_lessons: a.weekly_lessons === null ? null : Number(a.weekly_lessons) })) });
  }
  return out.sort((a, b) => a.last_name.localeCompare(b.last_name, 'fi') || a.first_names.localeCompare(b.first_names, 'fi'));
}

function gradeText(a: CertificateAssessment, lang: CertificateLang): string {
  if (a.numeric_grade !== null) return `${a.numeric_grade} ${GRADE_WORDS[lang][a.numeric_grade as 4]}`;
  const m = a.verbal_mark as 'S' | 'H' | 'O';
  return `${VERBAL_LETTER[lang][m]} ${VERBAL_WORDS[lang][m]}`;
}

function subjectLabel(a: CertificateAssessment, lang: CertificateLang): string {
  let s = subjectName(a.subject_code, lang);
  if (a.language_code) s += `, ${LANGUAGES[a.language_code]?.[lang] ?? a.language_code}`;
  if (a.syllabus === 'individualised') s += ' *';
  return s;
}

/** The blocks of one pupil's certificate. */
export function certificateBlocks(p: CertificatePupil, kind: CertificateKind, schoolYear: number, lang: CertificateLang, issuedOn: string): Block[] {
  const t = T[lang];
  const fullName = `${p.first_names} ${p.last_name}`;
  const subjects = p.assessments.filter((a) => a.subject_code !== 'KAY');
  const common = subjects.filter((a) => !a.optional && !a.local_subject).sort((a, b) => subjectOrder(a.subject_code) - subjectOrder(b.subject_code));
  const optional = subjects.filter((a) => a.optional || a.local_subject).sort((a, b) => a.subject_code.localeCompare(b.subject_code));
  const behaviour = p.assessments.find((a) => a.subject_code === 'KAY');
  const blocks: Block[] = [
    { kind: 'heading', text: kind === 'final' ? t.final : t.annual, level: 1 },
    {
      kind: 'fields',
      fields: [
        [t.provider, p.municipality],
        [t.school, p.school_name],
        [t.pupil, fullName],
        kind === 'final' && p.hetu ? [t.hetu, p.hetu] : [t.birthDate, formatDate(p.birth_date, lang)],
        ...(kind === 'annual' ? ([[t.klass, p.class_name ?? String(p.grade)], [t.schoolYear, `${schoolYear}–${schoolYear + 1}`]] as [string, string][]) : []),
      ],
    },
  ];
  if (kind === 'final') blocks.push({ kind: 'paragraph', text: `${fullName} ${t.completed}` });
  blocks.push({ kind: 'heading', text: t.common, level: 3 });
  blocks.push({ kind: 'table', columns: [{ label: t.subject, width: 3 }, { label: t.grade, width: 2 }], rows: common.map((a) => [subjectLabel(a, lang), gradeText(a, lang)]) });
  if (optional.length) {
    blocks.push({ kind: 'heading', text: t.optional, level: 3 });
    blocks.push({
      kind: 'table',
      columns: [{ label: t.subject, width: 3 }, { label: t.lessons, width: 1, align: 'right' }, { label: t.grade, width: 2 }],
      rows: optional.map((a) => [subjectLabel(a, lang), a.weekly_lessons === null ? '' : String(a.weekly_lessons).replace('.', ','), gradeText(a, lang)]),
    });
  }
  if (kind === 'annual' && behaviour) blocks.push({ kind: 'fields', fields: [[t.behaviour, gradeText(behaviour, lang)]] });
  if (kind === 'annual' && p.grade < 9) {
    const failed = subjects.some((a) => a.numeric_grade === 4 || a.verbal_mark === 'H');
    blocks.push({ kind: 'paragraph', text: failed ? t.notPromoted : t.promoted(p.grade + 1), bold: true });
  }
  blocks.push({ kind: 'paragraph', text: t.scale, italic: true });
  if (subjects.some((a) => a.syllabus === 'individualised')) blocks.push({ kind: 'paragraph', text: t.asterisk, italic: true });
  if (kind === 'final') blocks.push({ kind: 'paragraph', text: t.law });
  blocks.push({ kind: 'spacer', height: 2 });
  blocks.push({ kind: 'fields', fields: [[t.place, `${p.municipality} ${formatDate(issuedOn, lang)}`], [t.principal, '______________________________'], ...(kind === 'annual' ? ([[t.teacher, '______________________________']] as [string, string][]) : [])] });
  return blocks;
}

/** One PDF with a certificate per pupil, each starting on its own page. */
export function renderCertificates(pupils: CertificatePupil[], kind: CertificateKind, schoolYear: number, lang: CertificateLang, issuedOn: string, createdAt: Date): Promise<Buffer> {
  const blocks: Block[] = [];
  pupils.forEach((p, i) => {
    const own = certificateBlocks(p, kind, schoolYear, lang, issuedOn);
    // The renderer prints the title on the first page; later pupils' pages carry their own.
    if (i > 0) blocks.push({ kind: 'pageBreak' }, ...own);
    else blocks.push(...own.slice(1));
  });
  const t = T[lang];
  return renderPdf({ lang, organisation: pupils[0]?.school_name ?? '', title: kind === 'final' ? t.final : t.annual, blocks, createdAt });
}
