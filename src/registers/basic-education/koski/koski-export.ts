// A pupil's study rights and assessments in the shape of the KOSKI data model (Opetushallitus/koski).
// Field names, required fields and code sets follow the Scala schema and the koodisto data of
// the koski repository (checked at commit 180e806b, 2026-08-21):
//   src/main/scala/fi/oph/koski/schema/Oppija.scala            Oppija
//   src/main/scala/fi/oph/koski/schema/Henkilo.scala           TäydellisetHenkilötiedot (names only)
//   src/main/scala/fi/oph/koski/schema/NuortenPerusopetus.scala
//     PerusopetuksenOpiskeluoikeus, NuortenPerusopetuksenOpiskeluoikeudenTila/-jakso,
//     PerusopetuksenOpiskeluoikeudenLisätiedot, PerusopetuksenVuosiluokanSuoritus,
//     NuortenPerusopetuksenOppimääränSuoritus, NuortenPerusopetuksenOppiaineenSuoritus,
//     PerusopetuksenLuokkaAste, NuortenPerusopetus, MuuNuortenPerusopetuksenOppiaine,
//     NuortenPerusopetuksenÄidinkieliJaKirjallisuus, NuortenPerusopetuksenVierasTaiToinenKotimainenKieli,
//     NuortenPerusopetuksenUskonto, NuortenPerusopetuksenPaikallinenOppiaine,
//     Numeerinen-/SanallinenPerusopetuksenOppiaineenArviointi, PerusopetuksenKäyttäytymisenArviointi
//   src/main/scala/fi/oph/koski/schema/Koodiviite.scala        Koodistokoodiviite, PaikallinenKoodi
//   src/main/scala/fi/oph/koski/schema/Organisaatio.scala      Oppilaitos, OidOrganisaatio (OID format)
//   src/main/scala/fi/oph/koski/schema/Vahvistus.scala         HenkilövahvistusPaikkakunnalla, Organisaatiohenkilö
//   src/main/scala/fi/oph/koski/schema/Laajuus.scala           LaajuusVuosiviikkotunneissa (yksikkö 3)
//   src/main/scala/fi/oph/koski/schema/YleissivistavaKoulutus.scala  hyväksytty (4, H and O fail)
//   src/main/scala/fi/oph/koski/schema/Opiskeluoikeus.scala    alkamispäivä/päättymispäivä (synthetic)
//   src/main/resources/mockdata/koodisto/koodit/*.json         the code sets named in koodistoUri
// The export contains no henkilötunnus and we hold no oppija OID: the receiving side must match
// the pupil itself. Synthetic (computed) fields KOSKI also returns (hyväksytty, alkamispäivä,
// päättymispäivä) are included; KOSKI ignores them on input.
import type { ReadTx } from '../../../core/db/database.ts';
import type { Localized } from '../../../core/i18n.ts';
import { SUBJECTS, subjectName } from '../assessment/subjects.ts';
import { getAssessments, getDecisions, getEnrolments, getPupilBasics } from '../pupil/pupil.queries.ts';

/** Opetussuunnitelman perusteiden diaarinumero of the 2014 core curriculum (PerusopetusExampleData.scala). */
export const PERUSOPETUS_DIAARINUMERO = '104/011/2014';

const koodi = (koodiarvo: string, koodistoUri: string, nimi?: Localized | { fi: string }) => ({ koodiarvo, ...(nimi ? { nimi } : {}), koodistoUri });

// Enrolment end reasons mapped to the study right's state (koodisto koskiopiskeluoikeudentila).
// A pupil who moves to another school leaves this school's study right: eronnut.
const endState: Record<string, string> = {
  completed: 'valmistunut',
  moved_school: 'eronnut',
  moved_municipality: 'eronnut',
  resigned: 'eronnut',
  other: 'eronnut',
};
const CONTINUES = new Set(['grade_change', 'class_change']);

// Mother tongue and literature syllabus (koodisto oppiaineaidinkielijakirjallisuus) from the
// language recorded with the assessment, else from the school's teaching language.
const AI_SYLLABUS: Record<string, string> = { FI: 'AI1', SV: 'AI2', SE: 'AI3' };
const LANGUAGE_SUBJECTS = new Set(['A1', 'A2', 'B1', 'B2']);

type Assessment = Awaited<ReturnType<typeof getAssessments>>[number];
type School = { unit_id: string; oid: string | null; teaching_language: string; municipality_code: string | null };
type Principal = { school_id: string; first_names: string; last_name: string; valid_from: string; valid_to: string | null };

/** hyväksytty as KOSKI derives it (YleissivistävänKoulutuksenArviointi): 4, H and O are not passes. */
const passed = (mark: string) => !['4', 'H', 'O'].includes(mark);
const mark = (a: { numeric_grade: number | null; verbal_mark: string | null }) => (a.numeric_grade !== null ? String(a.numeric_grade) : a.verbal_mark!);

function koulutusmoduuli(a: Assessment, school: School | undefined) {
  const laajuus = a.weekly_lessons !== null ? { laajuus: { arvo: Number(a.weekly_lessons), yksikkö: koodi('3', 'opintojenlaajuusyksikko') } } : {};
  const known = SUBJECTS.find((s) => s.code === a.subject_code);
  if (!known) {
    // Optional and local subjects of the school's own: NuortenPerusopetuksenPaikallinenOppiaine.
    const name = { fi: subjectName(a.subject_code, 'fi') };
    return { tunniste: { koodiarvo: a.subject_code, nimi: name }, ...laajuus, kuvaus: name, pakollinen: false };
  }
  const base = { tunniste: koodi(a.subject_code, 'koskioppiaineetyleissivistava', known.names), pakollinen: !a.optional && !a.local_subject, ...laajuus };
  if (a.subject_code === 'AI') {
    const syllabus = (a.language_code && AI_SYLLABUS[a.language_code]) || (school?.teaching_language === 'sv' ? 'AI2' : 'AI1');
    return { ...base, kieli: koodi(syllabus, 'oppiaineaidinkielijakirjallisuus') };
  }
  if (LANGUAGE_SUBJECTS.has(a.subject_code) && a.language_code) return { ...base, kieli: koodi(a.language_code, 'kielivalikoima') };
  return base;
}

function osasuoritus(a: Assessment, school: School | undefined) {
  const m = mark(a);
  return {
    koulutusmoduuli: koulutusmoduuli(a, school),
    yksilöllistettyOppimäärä: a.syllabus === 'individualised',
    arviointi: [{ arvosana: koodi(m, 'arviointiasteikkoyleissivistava'), päivä: a.assessed_on, hyväksytty: passed(m) }],
    tyyppi: koodi('perusopetuksenoppiaine', 'suorituksentyyppi'),
  };
}

const organisation = (school: School | undefined, name: string) => ({ oid: school?.oid ?? null, nimi: { fi: name } });

/**
 * HenkilövahvistusPaikkakunnalla needs the place (kunta code) and at least one signatory: given
 * only when the school has its municipality code and a principal in office on the day;
 * otherwise the suoritus is exported unconfirmed rather than half-confirmed.
 */
function vahvistus(day: string, school: School | undefined, schoolName: string, principals: Principal[]) {
  const principal = principals.find((p) => p.school_id === school?.unit_id && p.valid_from <= day && (p.valid_to === null || p.valid_to >= day));
  if (!school?.municipality_code || !principal) return {};
  const org = organisation(school, schoolName);
  return {
    vahvistus: {
      päivä: day,
      paikkakunta: koodi(school.municipality_code, 'kunta'),
      myöntäjäOrganisaatio: org,
      myöntäjäHenkilöt: [{ nimi: `${principal.first_names} ${principal.last_name}`, titteli: { fi: 'rehtori', sv: 'rektor' }, organisaatio: org }],
    },
  };
}

export async function koskiExport(db: ReadTx, pupilId: string) {
  const pupil = await getPupilBasics(db, pupilId);
  if (!pupil) return null;
  // KOSKI's perusopetus covers grades 1–9; pre-primary (0) and voluntary additional education
  // (10) are study rights of other types (esiopetus, perusopetuksenlisaopetus), not exported.
  const enrolments = (await getEnrolments(db, pupilId)).filter((e) => e.grade >= 1 && e.grade <= 9);
  const assessments = await getAssessments(db, [pupilId]);
  const decisions = await getDecisions(db, pupilId);
  const schoolIds = [...new Set(enrolments.map((e) => e.school_id))];
  const schools: School[] = schoolIds.length
    ? await db.selectFrom('be_school').select(['unit_id', 'oid', 'teaching_language', 'municipality_code']).where('unit_id', 'in', schoolIds).execute()
    : [];
  const principals: Principal[] = schoolIds.length
    ? await db.selectFrom('be_staff').select(['school_id', 'first_names', 'last_name', 'valid_from', 'valid_to']).where('school_id', 'in', schoolIds).where('title', '=', 'principal').execute()
    : [];

  // One study right per school: consecutive enrolments in the same school (grade and class
  // changes) are periods of the same right.
  const rights: { schoolId: string; periods: typeof enrolments }[] = [];
  for (const e of enrolments) {
    const prev = rights.at(-1);
    const prevEnd = prev?.periods.at(-1);
    if (prev && prev.schoolId === e.school_id && CONTINUES.has(prevEnd?.end_reason ?? '')) prev.periods.push(e);
    else rights.push({ schoolId: e.school_id, periods: [e] });
  }
  const opiskeluoikeudet = rights.map(({ schoolId, periods }) => {
    const school = schools.find((s) => s.unit_id === schoolId);
    const first = periods[0]!;
    const last = periods.at(-1)!;
    const schoolName = first.school_name;
    const toimipiste = organisation(school, schoolName);
    const suorituskieli = koodi((school?.teaching_language ?? 'fi').toUpperCase(), 'kieli');
    const ended = last.end_date !== null && !CONTINUES.has(last.end_reason ?? '');
    const jaksot = [{ alku: first.start_date, tila: koodi('lasna', 'koskiopiskeluoikeudentila') }];
    if (ended) jaksot.push({ alku: last.end_date!, tila: koodi(endState[last.end_reason ?? 'other'] ?? 'eronnut', 'koskiopiskeluoikeudentila') });
    const own = assessments.filter((a) => a.school_id === schoolId && a.assessed_on >= first.start_date && (last.end_date === null || a.assessed_on <= last.end_date));

    const vuosiluokat = [...new Set(periods.map((p) => p.grade))].map((grade) => {
      const p = periods.filter((x) => x.grade === grade);
      const annual = own.filter((a) => a.kind === 'annual' && a.grade_level === grade);
      const behaviour = annual.find((a) => a.subject_code === 'KAY');
      const lastPeriod = p.at(-1)!;
      // The school-year certificate confirms the grade: on its date, once the grade is over.
      const certificateDay = annual.map((a) => a.assessed_on).sort().at(-1) ?? lastPeriod.end_date;
      const gradeOver = lastPeriod.end_date !== null && (lastPeriod.end_reason === 'grade_change' || lastPeriod.end_reason === 'completed');
      return {
        koulutusmoduuli: { tunniste: koodi(String(grade), 'perusopetuksenluokkaaste'), perusteenDiaarinumero: PERUSOPETUS_DIAARINUMERO },
        luokka: lastPeriod.class_name ?? String(grade),
        toimipiste,
        alkamispäivä: p[0]!.start_date,
        ...(gradeOver && certificateDay ? vahvistus(certificateDay, school, schoolName, principals) : {}),
        suorituskieli,
        ...(behaviour ? { käyttäytymisenArvio: { arvosana: koodi(mark(behaviour), 'arviointiasteikkoyleissivistava'), päivä: behaviour.assessed_on } } : {}),
        osasuoritukset: annual.filter((a) => a.subject_code !== 'KAY').map((a) => osasuoritus(a, school)),
        tyyppi: koodi('perusopetuksenvuosiluokka', 'suorituksentyyppi'),
      };
    });
    const final = own.filter((a) => a.kind === 'final' && a.subject_code !== 'KAY');
    const suoritukset: object[] = [...vuosiluokat];
    if (final.length) {
      const completed = last.end_reason === 'completed' && last.end_date !== null;
      suoritukset.push({
        koulutusmoduuli: { perusteenDiaarinumero: PERUSOPETUS_DIAARINUMERO, tunniste: koodi('201101', 'koulutus') },
        toimipiste,
        ...(completed ? vahvistus(last.end_date!, school, schoolName, principals) : {}),
        suoritustapa: koodi('koulutus', 'perusopetuksensuoritustapa'),
        suorituskieli,
        osasuoritukset: final.map((a) => osasuoritus(a, school)),
        tyyppi: koodi('perusopetuksenoppimaara', 'suorituksentyyppi'),
      });
    }
    // Of our decisions only an early start has a field in PerusopetuksenOpiskeluoikeudenLisätiedot.
    // A deferral's field (perusopetuksenAloittamistaLykätty) is deprecated and unused in KOSKI;
    // exemptions from a subject have none, so they are not exported.
    const earlyStart = decisions.some((d) => d.kind === 'early_start');
    return {
      oppilaitos: organisation(school, schoolName),
      tila: { opiskeluoikeusjaksot: jaksot },
      ...(earlyStart ? { lisätiedot: { aloittanutEnnenOppivelvollisuutta: true } } : {}),
      suoritukset,
      tyyppi: koodi('perusopetus', 'opiskeluoikeudentyyppi'),
      alkamispäivä: first.start_date,
      ...(ended ? { päättymispäivä: last.end_date! } : {}),
    };
  });
  const äidinkieli = pupil.native_language && /^[a-z]{2}$/i.test(pupil.native_language) ? { äidinkieli: koodi(pupil.native_language.toUpperCase(), 'kieli') } : {};
  return {
    henkilö: { syntymäaika: pupil.birth_date, etunimet: pupil.first_names, kutsumanimi: pupil.calling_name ?? pupil.first_names.split(' ')[0]!, sukunimi: pupil.last_name, ...äidinkieli },
    opiskeluoikeudet,
  };
}
