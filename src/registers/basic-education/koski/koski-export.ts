// A pupil's study rights and assessments in the shape of the KOSKI data model
// (Opetushallitus/koski: PerusopetuksenOpiskeluoikeus, PerusopetuksenVuosiluokanSuoritus,
// PerusopetuksenOppimääränSuoritus). Codes use the KOSKI koodistot named in koodistoUri.
// The export contains no henkilötunnus: the receiving side matches the pupil by oid.
import type { ReadTx } from '../../../core/db/database.ts';
import { SUBJECTS } from '../assessment/subjects.ts';
import { getAssessments, getDecisions, getEnrolments, getPupilBasics } from '../pupil/pupil.queries.ts';

const koodi = (koodiarvo: string, koodistoUri: string, nimi?: { fi: string; sv: string; en: string }) => ({ koodiarvo, koodistoUri, ...(nimi ? { nimi } : {}) });

// Enrolment end reasons mapped to the study right's state (koskiopiskeluoikeudentila).
const endState: Record<string, string> = {
  completed: 'valmistunut',
  moved_school: 'eronnut',
  moved_municipality: 'eronnut',
  resigned: 'eronnut',
  other: 'eronnut',
};

type Assessment = Awaited<ReturnType<typeof getAssessments>>[number];

function osasuoritus(a: Assessment) {
  const known = SUBJECTS.find((s) => s.code === a.subject_code);
  const tunniste = known
    ? koodi(a.subject_code, 'koskioppiaineetyleissivistava', known.names)
    : { koodiarvo: a.subject_code.replace(/^(VAL|PAI)-/, '').toUpperCase().slice(0, 10), nimi: { fi: a.subject_code.replace(/^(VAL|PAI)-/, '') } };
  return {
    koulutusmoduuli: {
      tunniste,
      pakollinen: !a.optional && !a.local_subject,
      ...(a.language_code ? { kieli: koodi(a.language_code, 'kielivalikoima') } : {}),
      ...(a.weekly_lessons !== null ? { laajuus: { arvo: a.weekly_lessons, yksikkö: koodi('3', 'opintojenlaajuusyksikko') } } : {}),
    },
    arviointi: [
      {
        arvosana: koodi(a.numeric_grade !== null ? String(a.numeric_grade) : a.verbal_mark!, 'arviointiasteikkoyleissivistava'),
        päivä: a.assessed_on,
        hyväksytty: a.numeric_grade !== null ? a.numeric_grade >= 5 : a.verbal_mark !== 'H',
      },
    ],
    ...(a.syllabus === 'individualised' ? { yksilöllistettyOppimäärä: true } : {}),
    tyyppi: koodi(known ? 'perusopetuksenoppiaine' : 'perusopetuksenpaikallinenvalinnainenoppiaine', 'suorituksentyyppi'),
  };
}

export async function koskiExport(db: ReadTx, pupilId: string) {
  const pupil = await getPupilBasics(db, pupilId);
  if (!pupil) return null;
  const enrolments = await getEnrolments(db, pupilId);
  const assessments = await getAssessments(db, [pupilId]);
  const decisions = await getDecisions(db, pupilId);
  const schools = enrolments.length
    ? await db.selectFrom('be_school').select(['unit_id', 'oid', 'teaching_language']).where('unit_id', 'in', [...new Set(enrolments.map((e) => e.school_id))]).execute()
    : [];

  // One study right per school: consecutive enrolments in the same school (grade and class
  // changes) are periods of the same right.
  const rights: { schoolId: string; periods: typeof enrolments }[] = [];
  for (const e of enrolments) {
    const prev = rights.at(-1);
    const prevEnd = prev?.periods.at(-1);
    const continues = prev && prev.schoolId === e.school_id && (prevEnd?.end_reason === 'grade_change' || prevEnd?.end_reason === 'class_change');
    if (continues) prev.periods.push(e);
    else rights.push({ schoolId: e.school_id, periods: [e] });
  }
  const opiskeluoikeudet = rights.map(({ schoolId, periods }) => {
    const school = schools.find((s) => s.unit_id === schoolId);
    const first = periods[0]!;
    const last = periods.at(-1)!;
    const jaksot: { alku: string; tila: ReturnType<typeof koodi> }[] = [{ alku: first.start_date, tila: koodi('lasna', 'koskiopiskeluoikeudentila') }];
    if (last.end_date && last.end_reason !== 'grade_change' && last.end_reason !== 'class_change') {
      jaksot.push({ alku: last.end_date, tila: koodi(endState[last.end_reason ?? 'other'] ?? 'eronnut', 'koskiopiskeluoikeudentila') });
    }
    const years = [...new Set(periods.map((p) => p.grade))];
    const ownAssessments = assessments.filter(
      (a) => a.school_id === schoolId && a.assessed_on >= first.start_date && (last.end_date === null || a.assessed_on <= last.end_date),
    );
    const vuosiluokat = years.map((grade) => {
      const p = periods.filter((x) => x.grade === grade);
      const annual = ownAssessments.filter((a) => a.kind === 'annual' && a.grade_level === grade);
      const behaviour = annual.find((a) => a.subject_code === 'KAY');
      return {
        tyyppi: koodi('perusopetuksenvuosiluokka', 'suorituksentyyppi'),
        koulutusmoduuli: { tunniste: koodi(String(grade), 'perusopetuksenluokkaaste') },
        luokka: p.at(-1)!.class_name ?? undefined,
        toimipiste: { oid: school?.oid ?? null, nimi: { fi: first.school_name } },
        suorituskieli: koodi((school?.teaching_language ?? 'fi').toUpperCase(), 'kieli'),
        alkamispäivä: p[0]!.start_date,
        ...(behaviour?.numeric_grade ? { käyttäytymisenArvio: { arvosana: koodi(String(behaviour.numeric_grade), 'arviointiasteikkoyleissivistava'), päivä: behaviour.assessed_on } } : {}),
        osasuoritukset: annual.filter((a) => a.subject_code !== 'KAY').map(osasuoritus),
      };
    });
    const final = ownAssessments.filter((a) => a.kind === 'final');
    const suoritukset: object[] = [...vuosiluokat];
    if (final.length) {
      suoritukset.push({
        tyyppi: koodi('perusopetuksenoppimaara', 'suorituksentyyppi'),
        koulutusmoduuli: { tunniste: koodi('201101', 'koulutus'), perusteenDiaarinumero: '104/011/2014' },
        suoritustapa: koodi('koulutus', 'perusopetuksensuoritustapa'),
        toimipiste: { oid: school?.oid ?? null, nimi: { fi: first.school_name } },
        suorituskieli: koodi((school?.teaching_language ?? 'fi').toUpperCase(), 'kieli'),
        vahvistus: last.end_reason === 'completed' && last.end_date ? { päivä: last.end_date, paikkakunta: null, myöntäjäOrganisaatio: { oid: school?.oid ?? null } } : undefined,
        osasuoritukset: final.map(osasuoritus),
      });
    }
    const inForce = (kind: string) => decisions.filter((d) => d.kind === kind);
    return {
      tyyppi: koodi('perusopetus', 'opiskeluoikeudentyyppi'),
      oppilaitos: { oid: school?.oid ?? null, nimi: { fi: first.school_name } },
      alkamispäivä: first.start_date,
      ...(last.end_date && jaksot.length > 1 ? { päättymispäivä: last.end_date } : {}),
      tila: { opiskeluoikeusjaksot: jaksot },
      lisätiedot: {
        ...(inForce('deferral').length ? { perusopetuksenAloittamistaLykätty: true } : {}),
        ...(inForce('early_start').length ? { aloittanutEnnenOppivelvollisuutta: true } : {}),
        ...(inForce('exemption').length ? { vapautuksetOppiaineista: inForce('exemption').map((d) => ({ oppiaine: d.subject_code, alku: d.valid_from, loppu: d.valid_to })) } : {}),
        ...(inForce('individualised_syllabus').length ? { yksilöllistetytOppimäärät: inForce('individualised_syllabus').map((d) => ({ oppiaine: d.subject_code, alku: d.valid_from, loppu: d.valid_to })) } : {}),
      },
      suoritukset,
    };
  });
  return {
    henkilö: { sukunimi: pupil.last_name, etunimet: pupil.first_names, kutsumanimi: pupil.calling_name ?? pupil.first_names.split(' ')[0], syntymäaika: pupil.birth_date },
    opiskeluoikeudet,
  };
}
