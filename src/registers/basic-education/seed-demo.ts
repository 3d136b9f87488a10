// Demo data for the demo municipality Varantola: two schools (Finnish and Swedish), classes,
// teachers, the children aged 7–15 among the demo persons as pupils, last year's grades and
// this term's absences. Deterministic: the same persons and date give the same data.
import { sql } from 'kysely';
import type { Tx } from '../../core/db/database.ts';
import type { Clock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { DEMO_MUNICIPALITY_CODE } from '../../core/persons/synthetic.ts';
import { ageOn } from './transport/transport.ts';
import { schoolYearOf, schoolYearStart } from './parameters.ts';
import { insertGroup, insertSchool, insertStaff } from './school/school.queries.ts';

const hash = (s: string) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
};

const TEACHERS = [['Outi', 'Opettaja'], ['Pekka', 'Pedagogi'], ['Sanna', 'Saarinen'], ['Matti', 'Mäkelä'], ['Liisa', 'Lehtonen'], ['Anders', 'Lindqvist'], ['Karin', 'Holmberg'], ['Juha', 'Virtanen'], ['Eeva', 'Koskinen']];

export async function seedDemo(tx: Tx, ctx: { clock: Clock; personIds: PersonId[] }) {
  const today = ctx.clock.today();
  const year = schoolYearOf(today);
  const start = schoolYearStart(year);
  const fiSchool = await insertSchool(tx, { name: 'Varantolan yhtenäiskoulu', language: 'fi', schoolCode: '99001', oid: '1.2.246.562.10.99000000001', municipalityCode: DEMO_MUNICIPALITY_CODE, streetAddress: 'Koulutie 1', postalCode: '99100', postOffice: 'VARANTOLA' });
  const svSchool = await insertSchool(tx, { name: 'Varantola svenska skola', language: 'sv', schoolCode: '99002', oid: '1.2.246.562.10.99000000002', municipalityCode: DEMO_MUNICIPALITY_CODE, streetAddress: 'Skolvägen 2', postalCode: '99100', postOffice: 'VARANTOLA' });
  await insertStaff(tx, { schoolId: fiSchool, firstNames: 'Riitta', lastName: 'Rehtori', title: 'principal', validFrom: '2015-08-01' });
  await insertStaff(tx, { schoolId: svSchool, firstNames: 'Rolf', lastName: 'Rektor', title: 'principal', validFrom: '2015-08-01' });
  await insertStaff(tx, { schoolId: fiSchool, firstNames: 'Tiina', lastName: 'Terveydenhoitaja', title: 'school_nurse', validFrom: '2018-08-01' });

  const ids = ctx.personIds.length ? ctx.personIds : [];
  const children = ids.length
    ? (await tx.selectFrom('person').select(['id', 'birth_date', 'native_language']).where('id', 'in', ids).where('date_of_death', 'is', null).execute()).filter((p) => {
        const age = ageOn(p.birth_date, today);
        return age >= 7 && age <= 15;
      })
    : [];
  const classes = new Map<string, string>();
  const classOf = async (school: string, grade: number) => {
    const key = `${school}:${grade}`;
    if (!classes.has(key)) {
      const id = await insertGroup(tx, { schoolId: school, schoolYear: year, name: `${grade}A`, kind: 'class', grade });
      const [first, last] = TEACHERS[grade - 1]!;
      const staff = await insertStaff(tx, { schoolId: school, firstNames: first!, lastName: last!, title: grade <= 6 ? 'class_teacher' : 'subject_teacher', subjects: grade <= 6 ? ['AI', 'MA', 'YL'] : ['MA', 'FY', 'KE'], validFrom: '2015-08-01' });
      await tx.insertInto('be_group_teacher').values({ group_id: id, staff_id: staff, valid_from: start }).execute();
      classes.set(key, id);
    }
    return classes.get(key)!;
  };

  const enrolments: { pupil_id: string; school_id: string; class_id: string | null; grade: number; start_date: string; end_date: string | null; end_reason: string | null }[] = [];
  const members: { group_id: string; pupil_id: string; valid_from: string }[] = [];
  const assessments: any[] = [];
  for (const c of children) {
    // Grade 1 starts in the year the child turns 7.
    const grade = year - Number(c.birth_date.slice(0, 4)) - 6;
    if (grade < 1 || grade > 9) continue;
    const school = c.native_language === 'sv' ? svSchool : fiSchool;
    const cls = await classOf(school, grade);
    if (grade > 1) {
      enrolments.push({ pupil_id: c.id, school_id: school, class_id: null, grade: grade - 1, start_date: schoolYearStart(year - 1), end_date: `${year}-07-31`, end_reason: 'grade_change' });
    }
    enrolments.push({ pupil_id: c.id, school_id: school, class_id: cls, grade, start_date: start, end_date: null, end_reason: null });
    members.push({ group_id: cls, pupil_id: c.id, valid_from: start });
    if (grade - 1 >= 4) {
      for (const subject of ['AI', 'A1', 'MA', 'BI', 'HI', 'LI', 'KAY']) {
        const g = 6 + Math.floor(hash(`${c.id}:${subject}`) * 5);
        assessments.push({
          pupil_id: c.id, school_id: school, school_year: year - 1, grade_level: grade - 1, kind: 'annual', subject_code: subject,
          language_code: subject === 'A1' ? (school === svSchool ? 'FI' : 'EN') : null, numeric_grade: g, assessed_on: `${year}-05-31`,
        });
      }
    }
  }
  for (let i = 0; i < enrolments.length; i += 1000) await tx.insertInto('be_enrolment').values(enrolments.slice(i, i + 1000)).execute();
  for (let i = 0; i < members.length; i += 1000) await tx.insertInto('be_group_member').values(members.slice(i, i + 1000)).execute();
  for (let i = 0; i < assessments.length; i += 1000) await tx.insertInto('be_assessment').values(assessments.slice(i, i + 1000)).execute();

  // This term's lessons so far (at most 20 school days) with a few absences.
  const { rows: dayRows } = await sql<{ day: string }>`
    select to_char(d, 'YYYY-MM-DD') as day from generate_series(${`${year}-08-11`}::date, ${today}::date - 1, interval '1 day') d
    where extract(isodow from d) < 6 order by d limit 20`.execute(tx);
  const days = dayRows.map((r) => r.day);
  for (const [, groupId] of classes) {
    const pupils = members.filter((m) => m.group_id === groupId).map((m) => m.pupil_id);
    for (const day of days) {
      const lessons = await tx.insertInto('be_lesson').values([1, 2, 3, 4, 5].map((period) => ({ group_id: groupId, lesson_date: day, period }))).returning(['id', 'period']).execute();
      const absences = [];
      for (const p of pupils) {
        const r = hash(`${p}:${day}`);
        if (r < 0.04) absences.push(...lessons.map((l) => ({ lesson_id: l.id, pupil_id: p, kind: 'authorised' })));
        else if (r < 0.05) absences.push({ lesson_id: lessons[0]!.id, pupil_id: p, kind: 'unauthorised' });
      }
      if (absences.length) await tx.insertInto('be_absence').values(absences).execute();
    }
  }
}
