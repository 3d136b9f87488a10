import { sql } from 'kysely';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { A } from '../access.ts';
import { DS } from '../datasets.ts';
import { assertPeriod, date, idParams, nullableText, objectBody, schoolYear, uuid } from '../http-schemas.ts';
import { isKnownSubject } from '../assessment/subjects.ts';
import { parameterOn, parameterOrNull, schoolYearEnd, schoolYearOf, schoolYearStart } from '../parameters.ts';
import { attendanceReport, pupilAbsences, pupilLessonCount, updateAbsenceAlerts } from './attendance.queries.ts';

type AbsenceIn = { pupilId: string; kind: 'authorised' | 'unauthorised' | 'late'; reason?: string | null };


const absenceKinds = ['authorised', 'unauthorised', 'late'];
const nullableString = { type: ['string', 'null'] } as const;
const pupilAbsencesResponse = {
  type: 'object',
  properties: {
    pupilId: { type: 'string' },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    absences: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          date: { type: 'string', format: 'date' },
          period: { type: 'integer' },
          subjectCode: nullableString,
          groupName: { type: 'string' },
          schoolId: { type: 'string' },
          schoolName: { type: 'string' },
          kind: { type: 'string', enum: absenceKinds },
          reason: nullableString,
        },
        required: ['id', 'date', 'period', 'subjectCode', 'groupName', 'schoolId', 'schoolName', 'kind', 'reason'],
      },
    },
    totals: {
      type: 'object',
      properties: { lessons: { type: 'integer' }, authorised: { type: 'integer' }, unauthorised: { type: 'integer' }, late: { type: 'integer' } },
      required: ['lessons', 'authorised', 'unauthorised', 'late'],
    },
    // The threshold in force at the end of the period (or today): null when none is.
    threshold: { type: ['integer', 'null'] },
    // The municipal threshold applies to unauthorised lessons per school year and school.
    thresholds: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          schoolYear: { type: 'integer' },
          schoolId: { type: 'string' },
          schoolName: { type: 'string' },
          unauthorised: { type: 'integer' },
          threshold: { type: 'integer' },
          exceeded: { type: 'boolean' },
        },
        required: ['schoolYear', 'schoolId', 'schoolName', 'unauthorised', 'threshold', 'exceeded'],
      },
    },
    alerts: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          schoolId: { type: 'string' },
          schoolYear: { type: 'integer' },
          unauthorisedLessons: { type: 'integer' },
          threshold: { type: 'integer' },
          createdAt: { type: 'string', format: 'date-time' },
          acknowledgedAt: { type: ['string', 'null'], format: 'date-time' },
          acknowledgedByName: nullableString,
          acknowledgementNote: nullableString,
        },
        required: ['id', 'schoolId', 'schoolYear', 'unauthorisedLessons', 'threshold', 'createdAt', 'acknowledgedAt', 'acknowledgedByName', 'acknowledgementNote'],
      },
    },
  },
  required: ['pupilId', 'from', 'to', 'absences', 'totals', 'threshold', 'thresholds', 'alerts'],
} as const;

const periodChoice = () =>
  badRequest('period_or_school_year', {
    fi: 'Anna joko alku- ja loppupäivä tai lukuvuosi.',
    sv: 'Ange antingen start- och slutdatum eller läsår.',
    en: 'Give either both from and to, or a school year.',
  });

export const attendanceRoutes: RouteDefinition[] = [
  defineRoute<unknown, { from?: string; to?: string; schoolYear?: number }, { pupilId: string }>({
    method: 'GET',
    url: '/basic-education/pupils/:pupilId/absences',
    summary: 'A pupil’s lesson absences in a period (default: the current school year) with totals and the unauthorised-absence threshold',
    action: A.absenceRead.name,
    audit: 'PupilAbsencesRead',
    datasetId: DS.attendance,
    target: ({ params }) => [params.pupilId],
    schema: {
      params: idParams('pupilId'),
      querystring: { type: 'object', properties: { from: date, to: date, schoolYear }, additionalProperties: false },
      response: { 200: pupilAbsencesResponse },
    },
    // Only the target pupil is logged (by the target); recorders and classmates are not read.
    handler: async ({ tx, params, query, clock }) => {
      if ((query.from === undefined) !== (query.to === undefined) || (query.from !== undefined && query.schoolYear !== undefined)) throw periodChoice();
      const year = query.schoolYear ?? schoolYearOf(clock.today());
      const from = query.from ?? schoolYearStart(year);
      const to = query.to ?? schoolYearEnd(year);
      assertPeriod(from, to);
      const absences = await pupilAbsences(tx, params.pupilId, from, to);
      const count = (kind: string) => absences.filter((a) => a.kind === kind).length;
      // Unauthorised lessons per school year and school, against the threshold in force then.
      const perYear = new Map<string, { schoolYear: number; schoolId: string; schoolName: string; unauthorised: number }>();
      for (const a of absences.filter((x) => x.kind === 'unauthorised')) {
        const y = schoolYearOf(a.date);
        const key = `${y}:${a.school_id}`;
        const row = perYear.get(key) ?? { schoolYear: y, schoolId: a.school_id, schoolName: a.school_name, unauthorised: 0 };
        row.unauthorised++;
        perYear.set(key, row);
      }
      const thresholds = [];
      for (const r of perYear.values()) {
        const end = schoolYearEnd(r.schoolYear);
        const threshold = await parameterOn(tx, 'absence.unauthorised_alert_lessons', end < to ? end : to);
        thresholds.push({ ...r, threshold, exceeded: r.unauthorised > threshold });
      }
      const alerts = await tx
        .selectFrom('be_absence_alert as a')
        .leftJoin('app_user as u', 'u.id', 'a.acknowledged_by')
        .select(['a.id', 'a.school_id', 'a.school_year', 'a.unauthorised_lessons', 'a.threshold', 'a.created_at', 'a.acknowledged_at', 'u.display_name', 'a.acknowledgement_note'])
        .where('a.pupil_id', '=', params.pupilId)
        .where('a.school_year', '>=', schoolYearOf(from))
        .where('a.school_year', '<=', schoolYearOf(to))
        .orderBy('a.created_at')
        .orderBy(sql`a.acknowledged_at is null`)
        .orderBy('a.unauthorised_lessons')
        .execute();
      return {
        pupilId: params.pupilId,
        from,
        to,
        absences: absences.map((a) => ({ id: a.id, date: a.date, period: a.period, subjectCode: a.subject_code, groupName: a.group_name, schoolId: a.school_id, schoolName: a.school_name, kind: a.kind, reason: a.reason })),
        totals: { lessons: await pupilLessonCount(tx, params.pupilId, from, to), authorised: count('authorised'), unauthorised: count('unauthorised'), late: count('late') },
        threshold: await parameterOrNull(tx, 'absence.unauthorised_alert_lessons', to < clock.today() ? to : clock.today()),
        thresholds: thresholds.sort((a, b) => a.schoolYear - b.schoolYear || a.schoolName.localeCompare(b.schoolName)),
        alerts: alerts.map((a) => ({
          id: a.id,
          schoolId: a.school_id,
          schoolYear: a.school_year,
          unauthorisedLessons: a.unauthorised_lessons,
          threshold: a.threshold,
          createdAt: a.created_at,
          acknowledgedAt: a.acknowledged_at,
          acknowledgedByName: a.display_name,
          acknowledgementNote: a.acknowledgement_note,
        })),
      };
    },
  }),
  defineRoute<{ date: string; period: number; subjectCode?: string | null; absences: AbsenceIn[] }, unknown, { groupId: string }>({
    method: 'POST',
    url: '/basic-education/groups/:groupId/lessons',
    summary: 'Record a lesson held by a group and the absences from it; raises absence alerts over the municipal threshold',
    action: A.attendanceWrite.name,
    audit: 'LessonAttendanceWrite',
    datasetId: DS.attendance,
    target: ({ params }) => [params.groupId],
    schema: {
      params: idParams('groupId'),
      body: objectBody(
        {
          date,
          period: { type: 'integer', minimum: 0, maximum: 15 },
          subjectCode: nullableText(50),
          absences: {
            type: 'array',
            maxItems: 60,
            items: objectBody({ pupilId: uuid, kind: { type: 'string', enum: ['authorised', 'unauthorised', 'late'] }, reason: nullableText(500) }, ['pupilId', 'kind']),
          },
        },
        ['date', 'period', 'absences'],
      ),
    },
    handler: async ({ tx, params, body, audit, user, clock, reply }) => {
      if (body.subjectCode && !isKnownSubject(body.subjectCode)) throw badRequest('unknown_subject', { fi: 'Tuntematon oppiaine.', sv: 'Okänt läroämne.', en: 'Unknown subject.' });
      if (body.date > clock.today()) throw badRequest('future_lesson', { fi: 'Tuntia ei voi kirjata tulevalle päivälle.', sv: 'En lektion kan inte registreras för ett kommande datum.', en: 'A lesson cannot be recorded for a future date.' });
      const group = await tx.selectFrom('be_group').select(['school_id', 'subject_code']).where('id', '=', params.groupId).executeTakeFirst();
      if (!group) throw notFoundOrDenied();
      const pupilIds = [...new Set(body.absences.map((a) => a.pupilId))];
      if (pupilIds.length !== body.absences.length) throw badRequest('duplicate_pupil', { fi: 'Sama oppilas on listassa kahdesti.', sv: 'Samma elev finns två gånger i listan.', en: 'The same pupil is listed twice.' });
      if (pupilIds.length) {
        const members = await tx
          .selectFrom('be_group_member')
          .select('pupil_id')
          .where('group_id', '=', params.groupId)
          .where('pupil_id', 'in', pupilIds)
          .where('valid_from', '<=', body.date)
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', body.date)]))
          .execute();
        if (new Set(members.map((m) => m.pupil_id)).size !== pupilIds.length) {
          throw badRequest('pupil_not_in_group', { fi: 'Oppilas ei kuulu ryhmään tuntipäivänä.', sv: 'Eleven hör inte till gruppen på lektionsdagen.', en: 'A pupil is not a member of the group on the lesson date.' });
        }
      }
      const lesson = await tx
        .insertInto('be_lesson')
        .values({ group_id: params.groupId, lesson_date: body.date, period: body.period, subject_code: body.subjectCode ?? group.subject_code })
        .onConflict((oc) => oc.columns(['group_id', 'lesson_date', 'period']).doUpdateSet({ subject_code: body.subjectCode ?? group.subject_code }))
        .returning('id')
        .executeTakeFirstOrThrow();
      // Re-recording a lesson replaces its absences.
      await tx.deleteFrom('be_absence').where('lesson_id', '=', lesson.id).execute();
      if (body.absences.length) {
        await tx
          .insertInto('be_absence')
          .values(body.absences.map((a) => ({ lesson_id: lesson.id, pupil_id: a.pupilId, kind: a.kind, reason: a.reason ?? null, recorded_by: user?.userId ?? null, recorded_at: clock.now() })))
          .execute();
      }
      const alerted = await updateAbsenceAlerts(tx, clock, { schoolId: group.school_id, pupilIds: body.absences.filter((a) => a.kind === 'unauthorised').map((a) => a.pupilId), date: body.date });
      audit.persons(pupilIds);
      audit.objects([lesson.id]);
      reply.status(201);
      return { lessonId: lesson.id, alertsRaisedFor: alerted };
    },
  }),
  defineRoute<{ from: string; to: string; reason: string }, unknown, { pupilId: string }>({
    method: 'POST',
    url: '/basic-education/pupils/:pupilId/absences/authorise',
    summary: 'Mark a pupil’s unauthorised absences in a period as authorised (the guardian’s explanation was accepted)',
    action: A.pupilUpdate.name,
    audit: 'AbsenceAuthorise',
    datasetId: DS.attendance,
    target: ({ params }) => [params.pupilId],
    schema: { params: idParams('pupilId'), body: objectBody({ from: date, to: date, reason: { type: 'string', minLength: 1, maxLength: 500 } }, ['from', 'to', 'reason']) },
    handler: async ({ tx, params, body }) => {
      assertPeriod(body.from, body.to);
      const res = await tx
        .updateTable('be_absence')
        .set({ kind: 'authorised', reason: body.reason })
        .where('pupil_id', '=', params.pupilId)
        .where('kind', '=', 'unauthorised')
        .where('lesson_id', 'in', (eb) => eb.selectFrom('be_lesson').select('id').where('lesson_date', '>=', body.from).where('lesson_date', '<=', body.to))
        .executeTakeFirst();
      return { updated: Number(res.numUpdatedRows) };
    },
  }),
  defineRoute<unknown, { from: string; to: string }, { schoolId: string }>({
    method: 'GET',
    url: '/basic-education/schools/:schoolId/attendance-report',
    summary: 'A school’s attendance report for a period (e.g. a term): lessons and absences per pupil',
    action: A.attendanceReport.name,
    audit: 'AttendanceReportRead',
    datasetId: DS.attendance,
    target: ({ params }) => [params.schoolId],
    schema: { params: idParams('schoolId'), querystring: { type: 'object', properties: { from: date, to: date }, required: ['from', 'to'], additionalProperties: false } },
    handler: async ({ tx, params, query, audit }) => {
      assertPeriod(query.from, query.to);
      const rows = await attendanceReport(tx, params.schoolId, query.from, query.to);
      audit.persons(rows.map((r) => r.pupil_id));
      return { from: query.from, to: query.to, rows };
    },
  }),
  defineRoute<unknown, { status?: 'open' | 'acknowledged' | 'all' }, { schoolId: string }>({
    method: 'GET',
    url: '/basic-education/schools/:schoolId/absence-alerts',
    summary: 'Alerts of pupils whose unauthorised absences passed the municipal threshold (open ones unless asked otherwise)',
    action: A.absenceAlertRead.name,
    audit: 'AbsenceAlertRead',
    datasetId: DS.attendance,
    target: ({ params }) => [params.schoolId],
    schema: { params: idParams('schoolId'), querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'acknowledged', 'all'] } }, additionalProperties: false } },
    handler: async ({ tx, params, query, audit }) => {
      let q = tx
        .selectFrom('be_absence_alert as a')
        .innerJoin('person as p', 'p.id', 'a.pupil_id')
        .leftJoin('app_user as u', 'u.id', 'a.acknowledged_by')
        .select(['a.id', 'a.pupil_id', 'p.first_names', 'p.last_name', 'a.school_year', 'a.unauthorised_lessons', 'a.threshold', 'a.created_at', 'a.acknowledged_at', 'u.display_name as acknowledged_by_name', 'a.acknowledgement_note'])
        .where('a.school_id', '=', params.schoolId);
      const status = query.status ?? 'open';
      if (status === 'open') q = q.where('a.acknowledged_at', 'is', null);
      if (status === 'acknowledged') q = q.where('a.acknowledged_at', 'is not', null);
      const alerts = await q.orderBy('a.created_at').orderBy(sql`a.acknowledged_at is null`).orderBy('a.unauthorised_lessons').execute();
      audit.persons(alerts.map((a) => a.pupil_id));
      return { alerts };
    },
  }),
  defineRoute<{ note?: string | null }, unknown, { alertId: string }>({
    method: 'POST',
    url: '/basic-education/absence-alerts/:alertId/acknowledge',
    summary: 'Acknowledge an absence alert: who handled it, when, and a note of what was done',
    action: A.absenceAlertAcknowledge.name,
    audit: 'AbsenceAlertAcknowledge',
    datasetId: DS.attendance,
    target: ({ params }) => [params.alertId],
    schema: { params: idParams('alertId'), body: objectBody({ note: nullableText(2000) }, []) },
    handler: async ({ tx, params, body, user, clock, audit }) => {
      const alert = await tx.selectFrom('be_absence_alert').select(['id', 'pupil_id', 'acknowledged_at']).where('id', '=', params.alertId).executeTakeFirst();
      if (!alert) throw notFoundOrDenied();
      audit.persons([alert.pupil_id]);
      if (alert.acknowledged_at) {
        throw badRequest('alert_already_acknowledged', { fi: 'Hälytys on jo kuitattu.', sv: 'Larmet har redan kvitterats.', en: 'The alert has already been acknowledged.' });
      }
      const at = clock.now();
      await tx
        .updateTable('be_absence_alert')
        .set({ acknowledged_at: at, acknowledged_by: user?.userId ?? null, acknowledgement_note: body.note?.trim() || null })
        .where('id', '=', alert.id)
        .execute();
      return { id: alert.id, acknowledgedAt: at };
    },
  }),
];
