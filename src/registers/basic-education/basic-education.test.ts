import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { addRelationship } from '../../core/persons/person.queries.ts';
import { basicEducation } from './index.ts';
import { R } from './access.ts';

const B = '/api/v1/basic-education';

describeDb('basic-education register over HTTP', (ctx) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let office: Awaited<ReturnType<typeof t.as>>;
  let principal: Awaited<ReturnType<typeof t.as>>;
  let teacher: Awaited<ReturnType<typeof t.as>>;
  let schoolId: string;
  let otherSchoolId: string;
  let classId: string;
  let otherClassId: string;
  let pupil: string;
  let classmate: string;
  let stranger: string;
  let guardian: string;

  beforeAll(async () => {
    t = await testApp(ctx.database);
    office = await t.as([{ role: R.office }]);
    const s = await office.post(`${B}/schools`, { name: 'Varantolan yhtenäiskoulu', language: 'fi', oid: '1.2.246.562.10.99999999999' });
    expect(s.status).toBe(201);
    schoolId = s.body.id;
    otherSchoolId = (await office.post(`${B}/schools`, { name: 'Vårdö skola', language: 'sv' })).body.id;
    principal = await t.as([{ role: R.principal, unitId: schoolId }]);
    teacher = await t.as([{ role: R.teacher, unitId: schoolId }]);
    const staff = await principal.post(`${B}/schools/${schoolId}/staff`, { userId: teacher.userId, firstNames: 'Outi', lastName: 'Opettaja', title: 'class_teacher', subjects: ['MA', 'AI'], validFrom: '2020-08-01' });
    expect(staff.status).toBe(201);
    const c = await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '7A', kind: 'class', grade: 7, teacherStaffIds: [staff.body.id] });
    expect(c.status).toBe(201);
    classId = c.body.id;
    otherClassId = (await principal.post(`${B}/schools/${schoolId}/groups`, { schoolYear: 2025, name: '7B', kind: 'class', grade: 7 })).body.id;
    pupil = await insertTestPerson(ctx.db, { firstNames: 'Aino Maria', lastName: 'Oppilas', birthDate: '2012-05-05', nativeLanguage: 'fi' });
    classmate = await insertTestPerson(ctx.db, { firstNames: 'Eero', lastName: 'Luokkalainen', birthDate: '2012-09-01', nativeLanguage: 'sv' });
    stranger = await insertTestPerson(ctx.db, { firstNames: 'Vilma', lastName: 'Vieras', birthDate: '2012-03-03' });
    guardian = await insertTestPerson(ctx.db, { firstNames: 'Hanna', lastName: 'Oppilas', birthDate: '1980-01-01' });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: guardian, relatedPersonId: pupil, validFrom: '2012-05-05' }));
    for (const [id, cls] of [[pupil, classId], [classmate, classId], [stranger, otherClassId]] as const) {
      const e = await principal.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: id, classId: cls, grade: 7, startDate: '2025-08-11' });
      expect(e.status).toBe(201);
    }
  });

  it('keeps the enrolment history with the reason for moving when a pupil changes school', async () => {
    const p = await insertTestPerson(ctx.db, { birthDate: '2013-01-01' });
    expect((await principal.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: p, grade: 6, startDate: '2024-08-08' })).status).toBe(201);
    const noReason = await office.post(`${B}/schools/${otherSchoolId}/enrolments`, { pupilId: p, grade: 6, startDate: '2025-01-07' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('end_reason_required');
    expect(Object.keys(noReason.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
    expect((await office.post(`${B}/schools/${otherSchoolId}/enrolments`, { pupilId: p, grade: 6, startDate: '2025-01-07', previousEndReason: 'moved_municipality' })).status).toBe(201);
    const card = await office.get(`${B}/pupils/${p}`);
    expect(card.body.enrolments.map((e: any) => [e.school_name, e.start_date, e.end_date, e.end_reason])).toEqual([
      ['Varantolan yhtenäiskoulu', '2024-08-08', '2025-01-06', 'moved_municipality'],
      ['Vårdö skola', '2025-01-07', null, null],
    ]);
  });

  it('lets a teacher see the pupils of their own groups only, and denies others with a logged 404', async () => {
    expect((await teacher.get(`${B}/pupils/${pupil}`)).status).toBe(200);
    const denied = await teacher.get(`${B}/pupils/${stranger}`);
    expect(denied.status).toBe(404);
    expect((await teacher.get(`${B}/groups/${classId}`)).body.pupils.map((p: any) => p.id).sort()).toEqual([pupil, classmate].sort());
    expect((await teacher.get(`${B}/groups/${otherClassId}`)).status).toBe(404);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'outcome', 'person_ids']).where('actor_user_id', '=', teacher.userId).execute();
    expect(events).toContainEqual({ event: 'PupilRead', outcome: 'denied', person_ids: [stranger] });
    expect(events).toContainEqual({ event: 'PupilRead', outcome: 'success', person_ids: expect.arrayContaining([pupil, guardian]) });
  });

  it('validates grades against the core curriculum and needs a decision for an individualised syllabus', async () => {
    const verbal = await teacher.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'interim', subjectCode: 'MA', verbalMark: 'S', assessedOn: '2025-10-10' });
    expect(verbal.status).toBe(400);
    expect(verbal.body.error.code).toBe('verbal_not_allowed');
    const indiv = await teacher.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'interim', subjectCode: 'MA', syllabus: 'individualised', numericGrade: 7, assessedOn: '2025-10-10' });
    expect(indiv.body.error.code).toBe('no_individualised_decision');
    expect((await teacher.post(`${B}/pupils/${stranger}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'interim', subjectCode: 'MA', numericGrade: 7, assessedOn: '2025-10-10' })).status).toBe(404);
    const d = await principal.post(`${B}/pupils/${pupil}/decisions`, { kind: 'individualised_syllabus', subjectCode: 'MA', decidedOn: '2025-09-01', validFrom: '2025-09-01', decidedBy: 'Rehtori', grounds: 'Oppimisen vaikeudet.' });
    expect(d.status).toBe(201);
    const ok = await teacher.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'interim', subjectCode: 'MA', syllabus: 'individualised', numericGrade: 7, assessedOn: '2025-10-10' });
    expect(ok.status).toBe(201);
    const corrected = await teacher.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'interim', subjectCode: 'MA', syllabus: 'individualised', numericGrade: 8, assessedOn: '2025-10-11' });
    expect(corrected.body).toEqual({ id: ok.body.id, corrected: true });
  });

  it('rejects a deferral of school start for a child of the wrong age and an applicant who is not a guardian', async () => {
    const child = await insertTestPerson(ctx.db, { birthDate: '2018-03-01' });
    await ctx.db.transaction().execute((tx) => addRelationship(tx, { kind: 'guardian', personId: guardian, relatedPersonId: child, validFrom: '2018-03-01' }));
    await office.post(`${B}/schools/${schoolId}/enrolments`, { pupilId: child, grade: 0, startDate: '2024-08-08' });
    const base = { kind: 'deferral', decidedOn: '2025-03-01', decidedBy: 'Opetustoimi', grounds: 'Lausunto.', applicantGuardianId: guardian };
    expect((await office.post(`${B}/pupils/${child}/decisions`, { ...base, validFrom: '2025-08-01' })).body.error.code).toBe('start_age');
    expect((await office.post(`${B}/pupils/${child}/decisions`, { ...base, validFrom: '2026-08-01' })).status).toBe(201);
    expect((await office.post(`${B}/pupils/${child}/decisions`, { ...base, validFrom: '2026-08-01', applicantGuardianId: stranger })).body.error.code).toBe('not_guardian');
  });

  it('records subject choices and rejects the same language twice', async () => {
    expect((await principal.post(`${B}/pupils/${pupil}/subject-choices`, { schoolYear: 2025, kind: 'A1', subjectCode: 'A1', languageCode: 'EN', startGrade: 1 })).status).toBe(201);
    const twice = await principal.post(`${B}/pupils/${pupil}/subject-choices`, { schoolYear: 2025, kind: 'B1', subjectCode: 'B1', languageCode: 'EN' });
    expect(twice.body.error.code).toBe('language_twice');
    expect((await principal.post(`${B}/pupils/${pupil}/subject-choices`, { schoolYear: 2025, kind: 'optional', subjectCode: 'MA' })).body.error.code).toBe('choice_subject');
    expect((await principal.post(`${B}/pupils/${pupil}/subject-choices`, { schoolYear: 2025, kind: 'optional', subjectCode: 'VAL-ohjelmointi', weeklyLessons: 1 })).status).toBe(201);
  });

  it('prints a class’s school-year certificates as one PDF and a final certificate in Swedish', async () => {
    for (const [id, grade] of [[pupil, 9], [classmate, 8]] as const) {
      for (const subjectCode of ['AI', 'MA', 'BI', 'KAY']) {
        const r = await teacher.post(`${B}/pupils/${id}/assessments`, { schoolYear: 2025, gradeLevel: 7, kind: 'annual', subjectCode, numericGrade: grade, assessedOn: '2025-10-14' });
        expect(r.status, subjectCode).toBe(201);
      }
    }
    const pdf = await teacher.get(`${B}/groups/${classId}/certificates?kind=annual&lang=fi`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.startsWith('%PDF')).toBe(true);
    expect(pdf.raw).toMatch(/\/Count 2/);
    const audit = await ctx.db.selectFrom('audit_event').select('person_ids').where('event', '=', 'CertificatePrint').where('actor_user_id', '=', teacher.userId).executeTakeFirstOrThrow();
    expect([...audit.person_ids].sort()).toEqual([pupil, classmate].sort());
    const bad = await principal.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 9, kind: 'final', subjectCode: 'KAY', numericGrade: 9, assessedOn: '2025-10-14' });
    expect(bad.body.error.code).toBe('behaviour_not_on_final');
    expect((await principal.post(`${B}/pupils/${pupil}/assessments`, { schoolYear: 2025, gradeLevel: 9, kind: 'final', subjectCode: 'OP', verbalMark: 'S', assessedOn: '2025-10-14' })).status).toBe(201);
    const sv = await principal.get(`${B}/pupils/${pupil}/certificate?kind=final&lang=sv`);
    expect(sv.status).toBe(200);
    expect(sv.raw.startsWith('%PDF')).toBe(true);
    expect((await principal.get(`${B}/pupils/${stranger}/certificate?kind=final&lang=sv`)).body.error.code).toBe('no_assessments');
  });

  it('exports study rights and assessments in the shape of the KOSKI data model', async () => {
    const k = await principal.get(`${B}/pupils/${pupil}/koski`);
    expect(k.status).toBe(200);
    expect(k.raw).not.toMatch(/\d{6}[-+A-Y]\d{3}[0-9A-Y]/);
    const oo = k.body.opiskeluoikeudet[0];
    expect(oo.tyyppi).toEqual({ koodiarvo: 'perusopetus', koodistoUri: 'opiskeluoikeudentyyppi' });
    expect(oo.oppilaitos.oid).toBe('1.2.246.562.10.99999999999');
    expect(oo.tila.opiskeluoikeusjaksot[0]).toEqual({ alku: '2025-08-11', tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' } });
    const grade7 = oo.suoritukset.find((s: any) => s.tyyppi.koodiarvo === 'perusopetuksenvuosiluokka');
    expect(grade7.koulutusmoduuli.tunniste.koodiarvo).toBe('7');
    expect(grade7.luokka).toBe('7A');
    expect(grade7.käyttäytymisenArvio.arvosana.koodiarvo).toBe('9');
    const ma = grade7.osasuoritukset.find((o: any) => o.koulutusmoduuli.tunniste.koodiarvo === 'MA');
    expect(ma.arviointi[0].arvosana).toEqual({ koodiarvo: '9', koodistoUri: 'arviointiasteikkoyleissivistava' });
    const oppimaara = oo.suoritukset.find((s: any) => s.tyyppi.koodiarvo === 'perusopetuksenoppimaara');
    expect(oppimaara.osasuoritukset[0].arviointi[0].arvosana.koodiarvo).toBe('S');
    // The individualised syllabus decision shows on the subject's suoritus, not as lisätiedot.
    expect(ma.yksilöllistettyOppimäärä).toBe(false);
    expect(oo.lisätiedot).toBeUndefined();
  });

  it('raises an absence alert once unauthorised absences pass the municipal threshold and reports the term', async () => {
    const threshold = Number((await ctx.db.selectFrom('be_parameter').select('value').where('key', '=', 'absence.unauthorised_alert_lessons').executeTakeFirstOrThrow()).value);
    let last: any;
    for (let period = 1; period <= threshold + 1; period++) {
      last = await teacher.post(`${B}/groups/${classId}/lessons`, { date: '2025-10-01', period: period % 10, subjectCode: 'MA', absences: [{ pupilId: classmate, kind: 'unauthorised' }] });
      if (period === threshold) expect(last.body.alertsRaisedFor).toEqual([]);
      if (period >= 10) await teacher.post(`${B}/groups/${classId}/lessons`, { date: '2025-10-02', period: period - 9, absences: [{ pupilId: classmate, kind: 'unauthorised' }] });
    }
    expect(last.body.alertsRaisedFor).toEqual([classmate]);
    expect((await teacher.post(`${B}/groups/${classId}/lessons`, { date: '2025-10-03', period: 1, absences: [{ pupilId: stranger, kind: 'authorised' }] })).body.error.code).toBe('pupil_not_in_group');
    const alerts = await principal.get(`${B}/schools/${schoolId}/absence-alerts`);
    expect(alerts.body.alerts.map((a: any) => a.pupil_id)).toEqual([classmate]);
    const report = await principal.get(`${B}/schools/${schoolId}/attendance-report?from=2025-08-01&to=2025-12-31`);
    const row = report.body.rows.find((r: any) => r.pupil_id === classmate);
    expect(row.unauthorised).toBeGreaterThan(threshold);
    expect(row.lessons).toBeGreaterThanOrEqual(row.unauthorised);
    expect(report.body.rows.find((r: any) => r.pupil_id === pupil)).toMatchObject({ unauthorised: 0, class_name: '7A' });
    expect((await teacher.get(`${B}/schools/${schoolId}/attendance-report?from=2025-08-01&to=2025-12-31`)).status).toBe(404);
    const fixed = await principal.post(`${B}/pupils/${classmate}/absences/authorise`, { from: '2025-10-01', to: '2025-10-01', reason: 'Huoltajan selvitys' });
    expect(fixed.body.updated).toBe(10);
  });

  it('needs an assessment of need, a plan and a hearing before a support decision, and keeps three-tier records as history only', async () => {
    const dec = { kind: 'support_decision', supportForms: ['special_teacher_small_group'], recordDate: '2025-10-10', validFrom: '2025-10-13', decidedBy: 'Rehtori', heardPersonIds: [pupil, guardian], heardOn: '2025-10-08', summary: 'Päätös.' };
    expect((await principal.post(`${B}/pupils/${pupil}/support`, dec)).body.error.code).toBe('decision_needs_assessment_and_plan');
    expect((await teacher.post(`${B}/pupils/${pupil}/support`, { kind: 'need_assessment', recordDate: '2025-09-15', summary: 'Arvio.' })).status).toBe(201);
    expect((await teacher.post(`${B}/pupils/${pupil}/support`, { kind: 'support_plan', recordDate: '2025-09-30', supportForms: ['special_teacher_small_group'], summary: 'Suunnitelma.' })).status).toBe(201);
    expect((await teacher.post(`${B}/pupils/${pupil}/support`, dec)).body.error.code).toBe('decision_by_principal');
    expect((await principal.post(`${B}/pupils/${pupil}/support`, { ...dec, heardPersonIds: [pupil] })).body.error.code).toBe('hearing_required');
    expect((await principal.post(`${B}/pupils/${pupil}/support`, dec)).status).toBe(201);
    expect((await principal.post(`${B}/pupils/${pupil}/support/history`, { kind: 'hojks', recordDate: '2025-09-01', summary: 'HOJKS' })).body.error.code).toBe('three_tier_ended');
    expect((await principal.post(`${B}/pupils/${pupil}/support`, { kind: 'need_assessment', recordDate: '2025-07-01', summary: 'x' })).body.error.code).toBe('support_model_not_in_force');
    expect((await teacher.post(`${B}/groups/${classId}/support`, { form: 'remedial_teaching', validFrom: '2025-09-01' })).status).toBe(201);
    const s = await teacher.get(`${B}/pupils/${pupil}/support`);
    expect(s.body.pupilLevel.map((r: any) => r.kind)).toEqual(['need_assessment', 'support_plan', 'support_decision']);
    expect(s.body.groupLevel.map((r: any) => r.form)).toEqual(['remedial_teaching']);
  });

  it('lets only the pupil-welfare staff of the school read welfare records, never teachers, and logs every read', async () => {
    const welfare = await t.as([{ role: R.welfare, unitId: schoolId }]);
    const elsewhere = await t.as([{ role: R.welfare, unitId: otherSchoolId }]);
    const w = await welfare.post(`${B}/pupils/${pupil}/welfare-records`, { recordedOn: '2025-10-01', professional: 'school_nurse', topic: 'Terveystarkastus', content: 'Kirjaus.' });
    expect(w.status).toBe(201);
    expect((await teacher.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(404);
    expect((await principal.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(404);
    expect((await office.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(404);
    expect((await elsewhere.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(404);
    const read = await welfare.get(`${B}/pupils/${pupil}/welfare-records`);
    expect(read.body.records.map((r: any) => r.id)).toEqual([w.body.id]);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'outcome', 'dataset_id', 'person_ids', 'actor_user_id']).where('event', '=', 'WelfareRecordRead').execute();
    expect(events).toContainEqual({ event: 'WelfareRecordRead', outcome: 'success', dataset_id: 'welfare-records', person_ids: [pupil], actor_user_id: welfare.userId });
    expect(events).toContainEqual({ event: 'WelfareRecordRead', outcome: 'denied', dataset_id: 'welfare-records', person_ids: [pupil], actor_user_id: teacher.userId });
  });

  it("answers pupil-welfare staff the card's absences and welfare records, but not the studies behind Pupil.READ", async () => {
    // The staff web app's pupil card asks each part by itself, so that this role sees what it may.
    const welfare = await t.as([{ role: R.welfare, unitId: schoolId }]);
    expect((await welfare.get(`${B}/pupils/${pupil}`)).status).toBe(404);
    expect((await welfare.get(`${B}/pupils/${pupil}/koski`)).status).toBe(404);
    expect((await welfare.get(`${B}/pupils/${pupil}/absences`)).status).toBe(200);
    expect((await welfare.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(200);
    expect((await welfare.get(`${B}/pupils/${pupil}/support`)).status).toBe(200);
    // The pupil's teacher sees the studies and absences, never the welfare records.
    expect((await teacher.get(`${B}/pupils/${pupil}/absences`)).status).toBe(200);
    expect((await teacher.get(`${B}/pupils/${pupil}/welfare-records`)).status).toBe(404);
  });

  it('computes transport eligibility from the stored distance or an unsafe-route decision', async () => {
    await principal.post(`${B}/pupils/${classmate}/school-trips`, { schoolId, distanceKm: 3.2, dailyTravelMinutes: 40, measuredOn: '2025-08-01' });
    const short = await principal.get(`${B}/pupils/${classmate}/transport-eligibility?schoolYear=2025`);
    expect(short.body).toMatchObject({ eligible: false, grounds: [], maxDailyMinutes: 150, ageAtSchoolYearStart: 12 });
    const refused = await principal.post(`${B}/pupils/${classmate}/transport-decisions`, { schoolId, kind: 'transport', eligible: true, decidedOn: '2025-08-05', validFrom: '2025-08-11', decidedBy: 'Rehtori' });
    expect(refused.body.error.code).toBe('transport_grounds_required');
    await principal.post(`${B}/pupils/${classmate}/transport-decisions`, { schoolId, kind: 'unsafe_route', eligible: true, decidedOn: '2025-08-05', validFrom: '2025-08-11', decidedBy: 'Rehtori', grounds: ['Vilkas maantie ilman kevyen liikenteen väylää'] });
    expect((await principal.get(`${B}/pupils/${classmate}/transport-eligibility?schoolYear=2025`)).body).toMatchObject({ eligible: true, grounds: ['unsafe_route'] });
    await principal.post(`${B}/pupils/${pupil}/school-trips`, { schoolId, distanceKm: 7.5, dailyTravelMinutes: 170, measuredOn: '2025-08-01' });
    expect((await principal.get(`${B}/pupils/${pupil}/transport-eligibility?schoolYear=2025`)).body).toMatchObject({ eligible: true, grounds: ['distance'], maxDailyMinutes: 180, travelTimeWithinLimit: true });
    expect((await teacher.get(`${B}/pupils/${pupil}/transport-eligibility`)).status).toBe(404);
  });

  it('keeps morning and afternoon activity fees within the statutory cap in force', async () => {
    const over = await principal.post(`${B}/pupils/${pupil}/activity-enrolments`, { schoolId, hoursPerSchoolYear: 570, monthlyFee: 130, validFrom: '2025-08-11' });
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe('activity_fee_over_cap');
    const e = await principal.post(`${B}/pupils/${pupil}/activity-enrolments`, { schoolId, payerId: guardian, hoursPerSchoolYear: 760, monthlyFee: 160, reductionPercent: 50, validFrom: '2025-08-11' });
    expect(e.status).toBe(201);
    expect((await principal.post(`${B}/pupils/${pupil}/activity-attendance`, { enrolmentId: e.body.id, days: [{ date: '2025-09-01', present: true }, { date: '2025-09-02', present: false }] })).body.recorded).toBe(2);
    const fees = await principal.get(`${B}/schools/${schoolId}/activity-fees?month=2025-09`);
    expect(fees.body.caps).toEqual({ cap570: 120, cap760: 160 });
    expect(fees.body.fees).toEqual([expect.objectContaining({ pupilId: pupil, payerId: guardian, fee: 80, daysPresent: 1 })]);
  });

  it('finds a pupil’s whole history for an information request, welfare records marked as the sensitive dataset, and a guardian’s references', async () => {
    const items = await basicEducation.findByPerson(ctx.db, pupil as any, { clock: t.clock });
    const datasets = new Set(items.map((i) => i.datasetId));
    expect(datasets).toEqual(new Set(['attendance-history', 'studies', 'support-welfare', 'welfare-records', 'transport-activity']));
    const sensitive = basicEducation.datasets.filter((d) => d.sensitive).map((d) => d.id);
    expect(sensitive).toEqual(['support-welfare', 'welfare-records']);
    expect(basicEducation.datasets.find((d) => d.id === 'welfare-records')?.partOf).toBe('support-welfare');
    const welfare = items.filter((i) => i.title.en === 'Pupil welfare record');
    expect(welfare).toHaveLength(1);
    expect(sensitive).toContain(welfare[0]!.datasetId);
    expect(items.filter((i) => !sensitive.includes(i.datasetId)).some((i) => i.title.en === 'Pupil welfare record')).toBe(false);
    const refs = await basicEducation.findByPerson(ctx.db, guardian as any, { clock: t.clock });
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.role === 'reference' && (r.otherPersonIds?.length ?? 0) > 0)).toBe(true);
    expect([...new Set(refs.map((r) => r.datasetId))].every((d) => ['studies', 'support-welfare', 'welfare-records', 'transport-activity'].includes(d))).toBe(true);
  });

  it('gives school staff need-to-know access to the person cards of pupils and guardians through the school', async () => {
    const secretary = await t.as([{ role: R.secretary, unitId: schoolId }]);
    expect((await secretary.get(`/api/v1/persons/${guardian}`)).status).toBe(200);
    const outsider = await insertTestPerson(ctx.db, { birthDate: '2012-01-01' });
    expect((await secretary.get(`/api/v1/persons/${outsider}`)).status).toBe(404);
  });

  it('counts pupils per school, grade and language on the 20 September statistics day', async () => {
    const r = await office.get(`/api/v1/statistics/basic-education/pupils-on-statistics-day?from=2025-01-01&to=2025-12-31`);
    expect(r.status).toBe(200);
    const mine = r.body.rows.filter((x: any) => x.dims.school === 'Varantolan yhtenäiskoulu' && x.dims.grade === '7');
    expect(mine).toEqual(
      expect.arrayContaining([
        { dims: { day: '2025-09-20', school: 'Varantolan yhtenäiskoulu', grade: '7', language: 'fi' }, values: { pupils: 1 } },
        { dims: { day: '2025-09-20', school: 'Varantolan yhtenäiskoulu', grade: '7', language: 'sv' }, values: { pupils: 1 } },
      ]),
    );
    const pub = await t.anonymous.get(`/api/v1/public/statistics/basic-education/pupils-on-statistics-day?from=2025-01-01&to=2025-12-31`);
    expect(pub.body.rows.every((x: any) => x.values.pupils === null || x.values.pupils >= 5)).toBe(true);
    const grades = await office.get(`/api/v1/statistics/basic-education/grade-distribution?from=2025-08-01&to=2026-07-31`);
    expect(grades.body.rows).toContainEqual({ dims: { kind: 'annual', subject: 'MA', grade: '9' }, values: { pupils: 1 } });
    const support = await office.get(`/api/v1/statistics/basic-education/support-counts?from=2025-01-01&to=2026-12-31`);
    expect(support.status).toBe(200);
  });
});
