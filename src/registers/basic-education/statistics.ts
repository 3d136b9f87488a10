// Statistics of basic education. Pupil counts are taken on the statistics day 20 September
// (Tilastokeskus' tilastointipäivä) of each year in the requested period.
import { sql } from 'kysely';
import type { StatisticDefinition } from '../../core/statistics/statistics.ts';
import { A } from './access.ts';

/** The 20 September statistics days within [from, to]. */
export function statisticsDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const d = `${y}-09-20`;
    if (d >= from && d <= to) days.push(d);
  }
  return days;
}

const col = (id: string, fi: string, sv: string, en: string) => ({ id, names: { fi, sv, en } });

export const statistics: StatisticDefinition[] = [
  {
    id: 'pupils-on-statistics-day',
    names: { fi: 'Oppilasmäärät 20.9.', sv: 'Elevantal 20.9', en: 'Pupils on 20 September' },
    description: {
      fi: 'Oppilaat kouluittain, vuosiluokittain ja äidinkielen mukaan tilastointipäivänä 20.9.',
      sv: 'Elever per skola, årskurs och modersmål på statistikdagen 20.9.',
      en: 'Pupils per school, grade and mother tongue on the 20 September statistics day.',
    },
    public: true,
    dimensions: [col('day', 'Tilastointipäivä', 'Statistikdag', 'Statistics day'), col('school', 'Koulu', 'Skola', 'School'), col('grade', 'Vuosiluokka', 'Årskurs', 'Grade'), col('language', 'Kieli', 'Språk', 'Language')],
    measures: [col('pupils', 'Oppilaat', 'Elever', 'Pupils')],
    personCounts: ['pupils'],
    chart: 'bar',
    action: A.statistics.name,
    async compute(db, { from, to }) {
      const out = [];
      for (const day of statisticsDays(from, to)) {
        const { rows } = await sql<{ school: string; grade: number; language: string; pupils: number }>`
          select u.name as school, e.grade, case when p.native_language in ('fi', 'sv') then p.native_language else 'other' end as language, count(distinct e.pupil_id)::int as pupils
          from be_enrolment e join organisation_unit u on u.id = e.school_id join person p on p.id = e.pupil_id
          where e.start_date <= ${day} and (e.end_date is null or e.end_date >= ${day})
          group by 1, 2, 3 order by 1, 2, 3`.execute(db);
        out.push(...rows.map((r) => ({ dims: { day, school: r.school, grade: String(r.grade), language: r.language }, values: { pupils: r.pupils } })));
      }
      return out;
    },
  },
  {
    id: 'support-counts',
    names: { fi: 'Tuen piirissä olevat oppilaat', sv: 'Elever som får stöd', en: 'Pupils receiving support' },
    description: {
      fi: 'Oppilaat, joilla on 20.9. voimassa oleva tukea koskeva päätös tukimuodoittain (1.8.2025 alkaen) tai tehostettu tai erityinen tuki (aiempi malli).',
      sv: 'Elever med ett gällande beslut om stöd 20.9 per stödform (från 1.8.2025) eller intensifierat eller särskilt stöd (tidigare modell).',
      en: 'Pupils with a support decision in force on 20 September by form of support (from 1 Aug 2025) or in intensified or special support (earlier model).',
    },
    public: true,
    dimensions: [col('day', 'Tilastointipäivä', 'Statistikdag', 'Statistics day'), col('model', 'Malli', 'Modell', 'Model'), col('category', 'Tukimuoto tai taso', 'Stödform eller nivå', 'Form or tier')],
    measures: [col('pupils', 'Oppilaat', 'Elever', 'Pupils')],
    personCounts: ['pupils'],
    chart: 'bar',
    action: A.statistics.name,
    async compute(db, { from, to }) {
      const out = [];
      for (const day of statisticsDays(from, to)) {
        const { rows } = await sql<{ model: string; category: string; pupils: number }>`
          select model, category, count(distinct pupil_id)::int as pupils from (
            select r.model, unnest(r.support_forms) as category, r.pupil_id from be_support_record r
            where r.model = '2025' and r.kind = 'support_decision' and r.valid_from <= ${day} and (r.valid_to is null or r.valid_to >= ${day})
            union all
            select r.model, r.tier, r.pupil_id from be_support_record r
            where r.model = 'three_tier' and r.tier in ('intensified', 'special') and coalesce(r.valid_from, r.record_date) <= ${day} and (r.valid_to is null or r.valid_to >= ${day})
          ) x group by 1, 2 order by 1, 2`.execute(db);
        out.push(...rows.map((r) => ({ dims: { day, model: r.model, category: r.category }, values: { pupils: r.pupils } })));
      }
      return out;
    },
  },
  {
    id: 'absences',
    names: { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' },
    description: {
      fi: 'Poissaolot kouluittain ja kuukausittain: selvitetyt ja selvittämättömät oppitunnit sekä oppilaat, joilla on selvittämättömiä poissaoloja.',
      sv: 'Frånvaro per skola och månad: utredda och outredda lektioner samt elever med outredd frånvaro.',
      en: 'Absences per school and month: authorised and unauthorised lessons, and pupils with unauthorised absences.',
    },
    public: false,
    dimensions: [col('school', 'Koulu', 'Skola', 'School'), col('month', 'Kuukausi', 'Månad', 'Month')],
    measures: [col('authorised', 'Selvitetyt (h)', 'Utredda (h)', 'Authorised (lessons)'), col('unauthorised', 'Selvittämättömät (h)', 'Outredda (h)', 'Unauthorised (lessons)'), col('pupils_unauthorised', 'Oppilaita, luvattomia', 'Elever, olovlig', 'Pupils with unauthorised')],
    personCounts: ['pupils_unauthorised'],
    chart: 'line',
    action: A.statistics.name,
    async compute(db, { from, to }) {
      const { rows } = await sql<{ school: string; month: string; authorised: number; unauthorised: number; pupils_unauthorised: number }>`
        select u.name as school, to_char(l.lesson_date, 'YYYY-MM') as month,
          count(*) filter (where a.kind = 'authorised')::int as authorised,
          count(*) filter (where a.kind = 'unauthorised')::int as unauthorised,
          count(distinct a.pupil_id) filter (where a.kind = 'unauthorised')::int as pupils_unauthorised
        from be_absence a join be_lesson l on l.id = a.lesson_id join be_group g on g.id = l.group_id join organisation_unit u on u.id = g.school_id
        where l.lesson_date between ${from} and ${to}
        group by 1, 2 order by 1, 2`.execute(db);
      return rows.map((r) => ({ dims: { school: r.school, month: r.month }, values: { authorised: r.authorised, unauthorised: r.unauthorised, pupils_unauthorised: r.pupils_unauthorised } }));
    },
  },
  {
    id: 'grade-distribution',
    names: { fi: 'Arvosanajakaumat', sv: 'Vitsordsfördelning', en: 'Grade distribution' },
    description: {
      fi: 'Numeroarvosanojen jakauma oppiaineittain ja arvioinnin lajin mukaan (lukuvuosi- ja päättöarviointi).',
      sv: 'Fördelningen av vitsord per läroämne och slag av bedömning (läsårs- och slutbedömning).',
      en: 'Distribution of numeric grades per subject and kind of assessment (annual and final).',
    },
    public: true,
    dimensions: [col('kind', 'Arviointi', 'Bedömning', 'Assessment'), col('subject', 'Oppiaine', 'Läroämne', 'Subject'), col('grade', 'Arvosana', 'Vitsord', 'Grade')],
    measures: [col('pupils', 'Oppilaat', 'Elever', 'Pupils')],
    personCounts: ['pupils'],
    chart: 'bar',
    action: A.statistics.name,
    async compute(db, { from, to }) {
      const { rows } = await sql<{ kind: string; subject: string; grade: number; pupils: number }>`
        select kind, subject_code as subject, numeric_grade as grade, count(distinct pupil_id)::int as pupils
        from be_assessment where numeric_grade is not null and assessed_on between ${from} and ${to} and kind in ('annual', 'final')
        group by 1, 2, 3 order by 1, 2, 3`.execute(db);
      return rows.map((r) => ({ dims: { kind: r.kind, subject: r.subject, grade: String(r.grade) }, values: { pupils: r.pupils } }));
    },
  },
];
