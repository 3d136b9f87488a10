-- Basic education (perusopetus) register: schools, groups, staff, enrolments (study rights),
-- subject choices, assessments, decisions, attendance, pedagogical support, pupil welfare,
-- school transport and morning/afternoon activity. Pupils and guardians are core persons;
-- schools are organisation_unit rows with register_id 'basic-education'.

-- Legal and municipal parameters as effective-dated rows (never figures in code).
create table be_parameter (
  id uuid primary key default gen_random_uuid(),
  key text not null,
  effective_from date not null,
  effective_to date,
  value numeric not null,
  basis text not null check (btrim(basis) <> ''),
  status text not null check (status in ('official', 'verified', 'unverified', 'municipal')),
  created_at timestamptz not null default now(),
  check (effective_to is null or effective_to >= effective_from),
  constraint be_parameter_no_overlap exclude using gist (key with =, daterange(effective_from, effective_to, '[]') with &&)
);
create index be_parameter_key_idx on be_parameter (key, effective_from);

insert into be_parameter (key, effective_from, effective_to, value, basis, status) values
  ('transport.min_distance_km', '1999-01-01', null, 5, 'Perusopetuslaki 628/1998 32 § 1 mom.', 'official'),
  ('transport.max_daily_minutes', '1999-01-01', null, 150, 'Perusopetuslaki 628/1998 32 § 2 mom.', 'official'),
  ('transport.max_daily_minutes_age13', '1999-01-01', null, 180, 'Perusopetuslaki 628/1998 32 § 2 mom. (13 v. lukuvuoden alkaessa)', 'official'),
  ('activity.max_monthly_fee_570h', '2004-08-01', '2016-07-31', 60, 'Perusopetuslaki 628/1998 48 f § (ennen HE 78/2015)', 'verified'),
  ('activity.max_monthly_fee_760h', '2004-08-01', '2016-07-31', 80, 'Perusopetuslaki 628/1998 48 f § (ennen HE 78/2015)', 'verified'),
  ('activity.max_monthly_fee_570h', '2016-08-01', null, 120, 'Perusopetuslaki 628/1998 48 f § (HE 78/2015), fees.json apt-2016-08-01', 'verified'),
  ('activity.max_monthly_fee_760h', '2016-08-01', null, 160, 'Perusopetuslaki 628/1998 48 f § (HE 78/2015), fees.json apt-2016-08-01', 'verified'),
  ('absence.unauthorised_alert_lessons', '2000-01-01', null, 10, 'Kunnan päätös: luvattomien poissaolojen ilmoitusraja (oppituntia lukuvuodessa)', 'municipal');

-- A school's register-specific details; the school itself is an organisation_unit.
create table be_school (
  unit_id uuid primary key references organisation_unit (id),
  school_code text,
  -- KOSKI oppilaitos OID (1.2.246.562.10.…) when known.
  oid text,
  teaching_language text not null default 'fi' check (teaching_language in ('fi', 'sv', 'en')),
  first_grade integer not null default 1 check (first_grade between 0 and 10),
  last_grade integer not null default 9 check (last_grade between 0 and 10),
  municipality text not null default 'Varantola',
  check (first_grade <= last_grade)
);

-- Classes (luokka) and teaching groups (opetusryhmä) of a school year.
create table be_group (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references organisation_unit (id),
  school_year integer not null check (school_year between 1990 and 2200),
  name text not null check (btrim(name) <> ''),
  kind text not null check (kind in ('class', 'teaching_group')),
  grade integer check (grade between 0 and 10),
  subject_code text,
  created_at timestamptz not null default now()
);
create index be_group_school_idx on be_group (school_id, school_year);
create unique index be_group_name_key on be_group (school_id, school_year, name);

-- Teachers and other staff of a school, with subjects; optionally linked to a person and a user.
create table be_staff (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references organisation_unit (id),
  person_id uuid references person (id),
  user_id uuid references app_user (id),
  first_names text not null,
  last_name text not null,
  title text not null check (title in ('teacher', 'class_teacher', 'subject_teacher', 'special_teacher', 'principal', 'school_secretary', 'school_assistant', 'counsellor', 'school_social_worker', 'school_psychologist', 'school_nurse', 'other')),
  subjects text[] not null default '{}',
  phone text,
  email text,
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create index be_staff_school_idx on be_staff (school_id);
create index be_staff_person_idx on be_staff (person_id);
create index be_staff_user_idx on be_staff (user_id);

create table be_group_teacher (
  group_id uuid not null references be_group (id) on delete cascade,
  staff_id uuid not null references be_staff (id),
  primary key (group_id, staff_id)
);
create index be_group_teacher_staff_idx on be_group_teacher (staff_id);

-- Enrolment history (opiskeluoikeus and its periods): school, class, grade, start/end, reason.
create table be_enrolment (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  class_id uuid references be_group (id),
  grade integer not null check (grade between 0 and 10),
  start_date date not null,
  end_date date,
  end_reason text check (end_reason in ('moved_school', 'moved_municipality', 'grade_change', 'completed', 'class_change', 'resigned', 'other')),
  end_note text,
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date),
  check ((end_date is null) = (end_reason is null))
);
create index be_enrolment_pupil_idx on be_enrolment (pupil_id, start_date);
create index be_enrolment_school_idx on be_enrolment (school_id, start_date);
create index be_enrolment_class_idx on be_enrolment (class_id);

-- Membership of classes and teaching groups (the class of an enrolment is also a row here).
create table be_group_member (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references be_group (id) on delete cascade,
  pupil_id uuid not null references person (id),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create index be_group_member_group_idx on be_group_member (group_id);
create index be_group_member_pupil_idx on be_group_member (pupil_id);

-- Subject choices: languages A1/A2/B1/B2 and optional or local subjects.
create table be_subject_choice (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_year integer not null,
  kind text not null check (kind in ('A1', 'A2', 'B1', 'B2', 'optional', 'local')),
  subject_code text not null,
  language_code text,
  weekly_lessons numeric check (weekly_lessons > 0 and weekly_lessons <= 30),
  start_grade integer check (start_grade between 1 and 9),
  created_at timestamptz not null default now(),
  check (kind not in ('A1', 'A2', 'B1', 'B2') or language_code is not null)
);
create index be_subject_choice_pupil_idx on be_subject_choice (pupil_id, school_year);

-- Assessment: numeric 4–10 or verbal S/H/O, validated in code against the core curriculum.
create table be_assessment (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  school_year integer not null,
  grade_level integer not null check (grade_level between 1 and 10),
  kind text not null check (kind in ('annual', 'final', 'interim')),
  subject_code text not null,
  language_code text,
  syllabus text not null default 'general' check (syllabus in ('general', 'individualised')),
  optional boolean not null default false,
  local_subject boolean not null default false,
  weekly_lessons numeric,
  numeric_grade integer check (numeric_grade between 4 and 10),
  verbal_mark text check (verbal_mark in ('S', 'H', 'O')),
  assessed_on date not null,
  assessed_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (num_nonnulls(numeric_grade, verbal_mark) = 1)
);
create index be_assessment_pupil_idx on be_assessment (pupil_id, school_year);
create index be_assessment_school_idx on be_assessment (school_id, school_year);
create index be_assessment_user_idx on be_assessment (assessed_by);
create unique index be_assessment_unique on be_assessment (pupil_id, school_year, kind, subject_code, coalesce(language_code, ''), optional);

-- Decisions: school place, early start / deferral of compulsory education, exemptions,
-- individualised syllabus.
create table be_decision (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  kind text not null check (kind in ('school_place', 'early_start', 'deferral', 'exemption', 'individualised_syllabus')),
  school_id uuid references organisation_unit (id),
  subject_code text,
  applicant_guardian_id uuid references person (id),
  decided_on date not null,
  valid_from date not null,
  valid_to date,
  decided_by text not null,
  grounds text not null check (btrim(grounds) <> ''),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  check (kind not in ('exemption', 'individualised_syllabus') or subject_code is not null),
  check (kind <> 'school_place' or school_id is not null)
);
create index be_decision_pupil_idx on be_decision (pupil_id);
create index be_decision_school_idx on be_decision (school_id);
create index be_decision_guardian_idx on be_decision (applicant_guardian_id);

-- Lessons held by a group, and absences from them.
create table be_lesson (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references be_group (id) on delete cascade,
  lesson_date date not null,
  period integer not null check (period between 0 and 15),
  subject_code text
);
create unique index be_lesson_key on be_lesson (group_id, lesson_date, period);

create table be_absence (
  id uuid primary key default gen_random_uuid(),
  lesson_id uuid not null references be_lesson (id) on delete cascade,
  pupil_id uuid not null references person (id),
  kind text not null check (kind in ('authorised', 'unauthorised', 'late')),
  reason text,
  recorded_by uuid references app_user (id),
  recorded_at timestamptz not null default now()
);
create unique index be_absence_key on be_absence (lesson_id, pupil_id);
create index be_absence_pupil_idx on be_absence (pupil_id);
create index be_absence_user_idx on be_absence (recorded_by);

-- An alert to the school when a pupil's unauthorised absences pass the municipal threshold.
create table be_absence_alert (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  school_year integer not null,
  unauthorised_lessons integer not null,
  threshold integer not null,
  created_at timestamptz not null,
  acknowledged_at timestamptz,
  acknowledged_by uuid references app_user (id)
);
create unique index be_absence_alert_key on be_absence_alert (pupil_id, school_id, school_year);
create index be_absence_alert_school_idx on be_absence_alert (school_id);
create index be_absence_alert_user_idx on be_absence_alert (acknowledged_by);

-- Pedagogical support. model '2025': pupil-level need assessment, plan and decision (from
-- 2025-08-01). model 'three_tier': general/intensified/special support and HOJKS, history.
create table be_support_record (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  model text not null check (model in ('2025', 'three_tier')),
  kind text not null check (kind in (
    'need_assessment', 'support_plan', 'support_decision',
    'pedagogical_assessment', 'learning_plan', 'pedagogical_statement', 'intensified_support', 'special_support_decision', 'hojks', 'general_support')),
  tier text check (tier in ('general', 'intensified', 'special')),
  support_forms text[] not null default '{}',
  record_date date not null,
  valid_from date,
  valid_to date,
  heard_person_ids uuid[] not null default '{}',
  heard_on date,
  decided_by text,
  summary text not null check (btrim(summary) <> ''),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_to >= valid_from),
  check ((model = '2025') = (kind in ('need_assessment', 'support_plan', 'support_decision'))),
  check (model <> '2025' or record_date >= '2025-08-01'),
  check (model <> 'three_tier' or record_date < '2025-08-01')
);
create index be_support_record_pupil_idx on be_support_record (pupil_id);
create index be_support_record_school_idx on be_support_record (school_id);
create index be_support_record_user_idx on be_support_record (created_by);

-- Group-level support (2025 model): no pupil-level plan or decision.
create table be_group_support (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references be_group (id) on delete cascade,
  form text not null check (form in ('remedial_teaching', 'language_remedial_teaching', 'special_teacher_alongside')),
  valid_from date not null,
  valid_to date,
  description text,
  check (valid_to is null or valid_to >= valid_from)
);
create index be_group_support_group_idx on be_group_support (group_id);

-- Pupil welfare records (oppilashuoltokertomus): a separate, stricter dataset.
create table be_welfare_record (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  recorded_on date not null,
  professional text not null check (professional in ('school_nurse', 'school_doctor', 'school_psychologist', 'school_social_worker', 'multidisciplinary_group')),
  topic text not null,
  content text not null check (btrim(content) <> ''),
  measures text,
  participants text,
  author_user_id uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index be_welfare_record_pupil_idx on be_welfare_record (pupil_id);
create index be_welfare_record_school_idx on be_welfare_record (school_id);
create index be_welfare_record_author_idx on be_welfare_record (author_user_id);

-- School trip measured from the home address (distance and travel time incl. waiting).
create table be_school_trip (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  home_address text,
  distance_km numeric not null check (distance_km >= 0),
  daily_travel_minutes integer check (daily_travel_minutes >= 0),
  measured_on date not null,
  method text not null default 'route_planner'
);
create index be_school_trip_pupil_idx on be_school_trip (pupil_id, measured_on);
create index be_school_trip_school_idx on be_school_trip (school_id);

-- Transport decisions and decisions that the route is unsafe for the pupil.
create table be_transport_decision (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  kind text not null check (kind in ('transport', 'unsafe_route')),
  eligible boolean not null,
  grounds text[] not null default '{}',
  mode text check (mode in ('taxi', 'bus', 'public_transport_card', 'allowance', 'other')),
  decided_on date not null,
  valid_from date not null,
  valid_to date,
  decided_by text not null,
  check (valid_to is null or valid_to >= valid_from)
);
create index be_transport_decision_pupil_idx on be_transport_decision (pupil_id);
create index be_transport_decision_school_idx on be_transport_decision (school_id);

-- Morning and afternoon activity (aamu- ja iltapäivätoiminta).
create table be_activity_enrolment (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid not null references person (id),
  school_id uuid not null references organisation_unit (id),
  payer_id uuid references person (id),
  hours_per_school_year integer not null check (hours_per_school_year > 0 and hours_per_school_year <= 760),
  monthly_fee numeric not null check (monthly_fee >= 0),
  reduction_percent numeric not null default 0 check (reduction_percent between 0 and 100),
  valid_from date not null,
  valid_to date,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index be_activity_enrolment_pupil_idx on be_activity_enrolment (pupil_id);
create index be_activity_enrolment_school_idx on be_activity_enrolment (school_id);
create index be_activity_enrolment_payer_idx on be_activity_enrolment (payer_id);

create table be_activity_attendance (
  enrolment_id uuid not null references be_activity_enrolment (id) on delete cascade,
  attendance_date date not null,
  present boolean not null,
  primary key (enrolment_id, attendance_date)
);
