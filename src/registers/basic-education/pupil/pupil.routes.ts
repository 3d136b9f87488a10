import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, assertSchool, date, idParams, nullableDate, nullableText, objectBody, requireEnrolment, schoolYear, text, uuid } from '../http-schemas.ts';
import { validateAssessment, type AssessmentInput } from '../assessment/grades.ts';
import { isKnownSubject, LANGUAGES } from '../assessment/subjects.ts';
import { koskiExport } from '../koski/koski-export.ts';
import { decisionInForce, enrol, getAssessments, getDecisions, getEnrolments, getGuardians, getPupilBasics, getSubjectChoices } from './pupil.queries.ts';

const pupilParams = idParams('pupilId');
type PupilP = { pupilId: string };
const END_REASONS = ['moved_school', 'moved_municipality', 'grade_change', 'completed', 'class_change', 'resigned', 'other'];

export const pupilRoutes: RouteDefinition[] = [
  defineRoute<{ pupilId: string; classId?: string | null; grade: number; startDate: string; previousEndReason?: string | null }, unknown, { schoolId: string }>({
    method: 'POST',
    url: '/basic-education/schools/:schoolId/enrolments',
    summary: 'Enrol a pupil in a school and class; an open earlier enrolment ends the day before with the reason for moving',
    action: A.enrolmentCreate.name,
    audit: 'EnrolmentCreate',
    datasetId: DS.attendance,
    target: ({ params }) => [params.schoolId],
    schema: {
      params: idParams('schoolId'),
      body: objectBody(
        { pupilId: uuid, classId: { type: ['string', 'null'], pattern: uuid.pattern }, grade: { type: 'integer', minimum: 0, maximum: 10 }, startDate: date, previousEndReason: { type: ['string', 'null'], enum: [...END_REASONS, null] } },
        ['pupilId', 'grade', 'startDate'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      await assertSchool(tx, params.schoolId);
      if (!(await getPupilBasics(tx, body.pupilId))) throw badRequest('unknown_person', { fi: 'Henkilöä ei löydy henkilörekisteristä.', sv: 'Personen finns inte i personregistret.', en: 'The person is not in the person register.' });
      if (body.classId) {
        const g = await tx.selectFrom('be_group').select(['school_id', 'kind', 'grade']).where('id', '=', body.classId).executeTakeFirst();
        if (!g || g.school_id !== params.schoolId || g.kind !== 'class') {
          throw badRequest('class_not_in_school', { fi: 'Luokka ei kuulu tähän kouluun.', sv: 'Klassen hör inte till denna skola.', en: 'The class does not belong to this school.' });
        }
      }
      const open = await tx.selectFrom('be_enrolment').select(['start_date']).where('pupil_id', '=', body.pupilId).where('end_date', 'is', null).execute();
      if (open.some((o) => o.start_date >= body.startDate)) {
        throw badRequest('enrolment_overlap', { fi: 'Oppilaalla on jo oppilaspaikka tästä päivästä alkaen.', sv: 'Eleven har redan en elevplats från detta datum.', en: 'The pupil already has an enrolment from that date on.' });
      }
      if (open.length && !body.previousEndReason) {
        throw badRequest('end_reason_required', { fi: 'Anna edellisen oppilaspaikan päättymisen syy.', sv: 'Ange orsaken till att den tidigare elevplatsen upphör.', en: 'Give the reason the previous enrolment ends.' });
      }
      const id = await enrol(tx, { pupilId: body.pupilId, schoolId: params.schoolId, classId: body.classId ?? null, grade: body.grade, startDate: body.startDate, previousEndReason: body.previousEndReason ?? null });
      audit.persons([body.pupilId]);
      audit.objects([id]);
      reply.status(201);
      return { id };
    },
  }),
  defineRoute<{ endDate: string; reason: string; note?: string | null }, unknown, PupilP & { enrolmentId: string }>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/enrolments/:enrolmentId/end',
    summary: 'End an enrolment (moving away, completing basic education)',
    action: A.pupilUpdate.name,
    audit: 'EnrolmentEnd',
    datasetId: DS.attendance,
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId', 'enrolmentId'), body: objectBody({ endDate: date, reason: { type: 'string', enum: END_REASONS }, note: nullableText(500) }, ['endDate', 'reason']) },
    handler: async ({ tx, params, body, audit }) => {
      const e = await tx.selectFrom('be_enrolment').select(['id', 'start_date', 'end_date']).where('id', '=', params.enrolmentId).where('pupil_id', '=', params.pupilId).executeTakeFirst();
      if (!e) throw notFoundOrDenied();
      assertPeriod(e.start_date, body.endDate);
      await tx.updateTable('be_enrolment').set({ end_date: body.endDate, end_reason: body.reason, end_note: body.note ?? null }).where('id', '=', e.id).execute();
      await tx
        .updateTable('be_group_member')
        .set({ valid_to: body.endDate })
        .where('pupil_id', '=', params.pupilId)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', body.endDate)]))
        .where('valid_from', '<=', body.endDate)
        .execute();
      audit.objects([e.id]);
      return { id: e.id };
    },
  }),
  defineRoute<unknown, unknown, PupilP>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId',
    summary: 'A pupil: guardians, enrolment history, subject choices, decisions and assessments',
    action: A.pupilRead.name,
    audit: 'PupilRead',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: { params: pupilParams },
    handler: async ({ tx, params, clock, audit }) => {
      const pupil = await getPupilBasics(tx, params.pupilId);
      if (!pupil) throw notFoundOrDenied();
      const guardians = await getGuardians(tx, params.pupilId, clock.today());
      audit.persons(guardians.map((g) => g.id));
      return {
        pupil,
        guardians: guardians.map((g) => (g.non_disclosure ? { id: g.id, first_names: g.first_names, last_name: g.last_name, phone: null, email: null, non_disclosure: true } : g)),
        enrolments: await getEnrolments(tx, params.pupilId),
        subjectChoices: await getSubjectChoices(tx, params.pupilId),
        decisions: await getDecisions(tx, params.pupilId),
        assessments: await getAssessments(tx, [params.pupilId]),
      };
    },
  }),
  defineRoute<{ schoolYear: number; kind: 'A1' | 'A2' | 'B1' | 'B2' | 'optional' | 'local'; subjectCode: string; languageCode?: string | null; weeklyLessons?: number | null; startGrade?: number | null }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/subject-choices',
    summary: 'Record a subject choice: an A1/A2/B1/B2 language or an optional or local subject',
    action: A.pupilUpdate.name,
    audit: 'SubjectChoiceCreate',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: pupilParams,
      body: objectBody(
        {
          schoolYear,
          kind: { type: 'string', enum: ['A1', 'A2', 'B1', 'B2', 'optional', 'local'] },
          subjectCode: text(50),
          languageCode: { type: ['string', 'null'], maxLength: 3 },
          weeklyLessons: { type: ['number', 'null'], exclusiveMinimum: 0, maximum: 30 },
          startGrade: { type: ['integer', 'null'], minimum: 1, maximum: 9 },
        },
        ['schoolYear', 'kind', 'subjectCode'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      const isLanguage = ['A1', 'A2', 'B1', 'B2'].includes(body.kind);
      const codeOk = isLanguage ? body.subjectCode === body.kind : body.kind === 'optional' ? body.subjectCode.startsWith('VAL-') : body.subjectCode.startsWith('PAI-');
      if (!codeOk || !isKnownSubject(body.subjectCode)) {
        throw badRequest('choice_subject', {
          fi: 'Kielivalinnan oppiaineen on oltava sama kuin kielen tyyppi (A1, A2, B1, B2); valinnaisen aineen tunnus alkaa VAL- ja paikallisen PAI-.',
          sv: 'Språkvalets ämne ska vara språkets typ (A1, A2, B1, B2); ett valfritt ämne börjar med VAL- och ett lokalt med PAI-.',
          en: 'A language choice’s subject must be its kind (A1, A2, B1, B2); optional subjects start with VAL-, local ones with PAI-.',
        });
      }
      if (isLanguage && (!body.languageCode || !LANGUAGES[body.languageCode])) {
        throw badRequest('language_required', { fi: 'Anna kielivalinnan kieli.', sv: 'Ange språket.', en: 'Give the language of the language choice.' });
      }
      if (isLanguage) {
        const same = await tx.selectFrom('be_subject_choice').select('kind').where('pupil_id', '=', params.pupilId).where('language_code', '=', body.languageCode!).where('kind', '!=', body.kind).executeTakeFirst();
        if (same) throw badRequest('language_twice', { fi: 'Sama kieli on jo valittu toisena kielenä.', sv: 'Samma språk är redan valt som ett annat språk.', en: 'The same language is already chosen as another language.' });
      }
      const row = await tx
        .insertInto('be_subject_choice')
        .values({ pupil_id: params.pupilId, school_year: body.schoolYear, kind: body.kind, subject_code: body.subjectCode, language_code: body.languageCode ?? null, weekly_lessons: body.weeklyLessons ?? null, start_grade: body.startGrade ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{ kind: string; schoolId?: string | null; subjectCode?: string | null; applicantGuardianId?: string | null; decidedOn: string; validFrom: string; validTo?: string | null; decidedBy: string; grounds: string }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/decisions',
    summary: 'Record a decision: school place, early start or deferral of compulsory education, exemption, individualised syllabus',
    action: A.decisionWrite.name,
    audit: 'DecisionCreate',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: pupilParams,
      body: objectBody(
        {
          kind: { type: 'string', enum: ['school_place', 'early_start', 'deferral', 'exemption', 'individualised_syllabus'] },
          schoolId: { type: ['string', 'null'], pattern: uuid.pattern },
          subjectCode: nullableText(50),
          applicantGuardianId: { type: ['string', 'null'], pattern: uuid.pattern },
          decidedOn: date,
          validFrom: date,
          validTo: nullableDate,
          decidedBy: text(200),
          grounds: text(4000),
        },
        ['kind', 'decidedOn', 'validFrom', 'decidedBy', 'grounds'],
      ),
    },
    handler: async ({ tx, params, body, audit, reply }) => {
      assertPeriod(body.validFrom, body.validTo);
      const pupil = await getPupilBasics(tx, params.pupilId);
      if (!pupil) throw notFoundOrDenied();
      if (body.kind === 'school_place') {
        if (!body.schoolId) throw badRequest('school_required', { fi: 'Koulupaikkapäätökseen tarvitaan koulu.', sv: 'Beslut om skolplats kräver en skola.', en: 'A school place decision needs the school.' });
        await assertSchool(tx, body.schoolId);
      }
      if ((body.kind === 'exemption' || body.kind === 'individualised_syllabus') && (!body.subjectCode || !isKnownSubject(body.subjectCode))) {
        throw badRequest('subject_required', { fi: 'Päätökseen tarvitaan oppiaine.', sv: 'Beslutet kräver ett läroämne.', en: 'The decision needs a subject.' });
      }
      // Compulsory education starts in the year the child turns 7 (Oppivelvollisuuslaki 2 §);
      // a year earlier by early start, a year later by deferral (Perusopetuslaki 27 §).
      const ageInStartYear = Number(body.validFrom.slice(0, 4)) - Number(pupil.birth_date.slice(0, 4));
      if ((body.kind === 'early_start' && ageInStartYear !== 6) || (body.kind === 'deferral' && ageInStartYear !== 8)) {
        throw badRequest('start_age', {
          fi: 'Koulunkäynnin voi aloittaa vuotta aiemmin sinä vuonna, jona lapsi täyttää 6, tai vuotta myöhemmin sinä vuonna, jona hän täyttää 8.',
          sv: 'Skolgången kan börja ett år tidigare det år barnet fyller 6 eller ett år senare det år barnet fyller 8.',
          en: 'School can start a year early in the year the child turns 6, or a year late in the year the child turns 8.',
        });
      }
      if (body.applicantGuardianId) {
        const guardians = await getGuardians(tx, params.pupilId, body.decidedOn);
        if (!guardians.some((g) => g.id === body.applicantGuardianId)) {
          throw badRequest('not_guardian', { fi: 'Hakija ei ole oppilaan huoltaja.', sv: 'Sökanden är inte elevens vårdnadshavare.', en: 'The applicant is not the pupil’s guardian.' });
        }
        audit.persons([body.applicantGuardianId]);
      }
      const row = await tx
        .insertInto('be_decision')
        .values({
          pupil_id: params.pupilId,
          kind: body.kind,
          school_id: body.schoolId ?? null,
          subject_code: body.subjectCode ?? null,
          applicant_guardian_id: body.applicantGuardianId ?? null,
          decided_on: body.decidedOn,
          valid_from: body.validFrom,
          valid_to: body.validTo ?? null,
          decided_by: body.decidedBy,
          grounds: body.grounds,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<Omit<AssessmentInput, 'gradeLevel'> & { gradeLevel: number; schoolYear: number; assessedOn: string }, unknown, PupilP>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/assessments',
    summary: 'Record (or correct) an assessment: a number 4–10 or S/H/O, validated against the core curriculum',
    action: A.assessmentWrite.name,
    audit: 'AssessmentWrite',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: pupilParams,
      body: objectBody(
        {
          schoolYear,
          gradeLevel: { type: 'integer', minimum: 1, maximum: 10 },
          kind: { type: 'string', enum: ['annual', 'final', 'interim'] },
          subjectCode: text(50),
          languageCode: { type: ['string', 'null'], maxLength: 3 },
          syllabus: { type: 'string', enum: ['general', 'individualised'] },
          optional: { type: 'boolean' },
          localSubject: { type: 'boolean' },
          weeklyLessons: { type: ['number', 'null'], exclusiveMinimum: 0, maximum: 30 },
          numericGrade: { type: ['integer', 'null'] },
          verbalMark: { type: ['string', 'null'], enum: ['S', 'H', 'O', null] },
          assessedOn: date,
        },
        ['schoolYear', 'gradeLevel', 'kind', 'subjectCode', 'assessedOn'],
      ),
    },
    handler: async ({ tx, params, body, audit, user, reply }) => {
      validateAssessment(body);
      const enrolment = await requireEnrolment(tx, params.pupilId, body.assessedOn);
      if (await decisionInForce(tx, params.pupilId, 'exemption', body.subjectCode, body.assessedOn)) {
        throw badRequest('exempted_subject', { fi: 'Oppilas on vapautettu tämän oppiaineen opiskelusta.', sv: 'Eleven är befriad från studier i detta ämne.', en: 'The pupil is exempted from this subject.' });
      }
      if (body.syllabus === 'individualised' && !(await decisionInForce(tx, params.pupilId, 'individualised_syllabus', body.subjectCode, body.assessedOn))) {
        throw badRequest('no_individualised_decision', {
          fi: 'Yksilöllistetty oppimäärä edellyttää voimassa olevaa päätöstä tässä oppiaineessa.',
          sv: 'Individualiserad lärokurs kräver ett gällande beslut i ämnet.',
          en: 'An individualised syllabus needs a decision in force for the subject.',
        });
      }
      const values = {
        pupil_id: params.pupilId,
        school_id: enrolment.school_id,
        school_year: body.schoolYear,
        grade_level: body.gradeLevel,
        kind: body.kind,
        subject_code: body.subjectCode,
        language_code: body.languageCode ?? null,
        syllabus: body.syllabus ?? 'general',
        optional: body.optional ?? false,
        local_subject: body.localSubject ?? false,
        weekly_lessons: body.weeklyLessons ?? null,
        numeric_grade: body.numericGrade ?? null,
        verbal_mark: body.verbalMark ?? null,
        assessed_on: body.assessedOn,
        assessed_by: user?.userId ?? null,
      };
      let q = tx
        .selectFrom('be_assessment')
        .select('id')
        .where('pupil_id', '=', params.pupilId)
        .where('school_year', '=', body.schoolYear)
        .where('kind', '=', body.kind)
        .where('subject_code', '=', body.subjectCode)
        .where('optional', '=', values.optional);
      q = body.languageCode ? q.where('language_code', '=', body.languageCode) : q.where('language_code', 'is', null);
      const existing = await q.executeTakeFirst();
      let id: string;
      if (existing) {
        await tx.updateTable('be_assessment').set(values).where('id', '=', existing.id).execute();
        id = existing.id;
      } else {
        id = (await tx.insertInto('be_assessment').values(values).returning('id').executeTakeFirstOrThrow()).id;
        reply.status(201);
      }
      audit.objects([id]);
      return { id, corrected: !!existing };
    },
  }),
  defineRoute<unknown, unknown, PupilP>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/koski',
    summary: 'A pupil’s study rights and assessments as JSON in the shape of the KOSKI data model',
    action: A.pupilRead.name,
    audit: 'PupilKoskiExport',
    datasetId: DS.studies,
    target: ({ params }) => [params.pupilId],
    schema: { params: pupilParams },
    handler: async ({ tx, params }) => {
      const out = await koskiExport(tx, params.pupilId);
      if (!out) throw notFoundOrDenied();
      return out;
    },
  }),
];
