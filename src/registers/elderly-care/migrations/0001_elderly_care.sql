-- Ikäihmisten palveluiden tietovaranto: clients and contact persons, applications and
-- service-need assessments, care and service plans, care records, service providers,
-- service and fee decisions.

create table elderly_client (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  -- The care unit (home care area, service housing unit) responsible for the client.
  unit_id uuid not null references organisation_unit (id),
  start_date date not null,
  end_date date,
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);
create index elderly_client_person_idx on elderly_client (person_id);
create index elderly_client_unit_idx on elderly_client (unit_id);

-- Yhteyshenkilöt: relatives and others to contact. A contact may or may not be in the person
-- register; the free-text name and phone cover those who are not.
create table elderly_contact_person (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references elderly_client (id) on delete cascade,
  person_id uuid references person (id),
  name text check (name is null or btrim(name) <> ''),
  phone text,
  relation text not null check (relation in ('spouse', 'child', 'relative', 'guardian', 'trustee', 'other')),
  check (person_id is not null or name is not null)
);
create index elderly_contact_person_client_idx on elderly_contact_person (client_id);
create index elderly_contact_person_person_idx on elderly_contact_person (person_id);

-- Hakemukset and palvelutarpeen arviointi. Sosiaalihuoltolaki 1301/2014 36 §: for a person
-- aged 75 or more, or receiving the highest care allowance, the assessment must start at the
-- latest on the 7th working day after the matter became pending.
create table elderly_application (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('service_need_assessment', 'home_care', 'service_housing', 'informal_care_support', 'support_services')),
  received_on date not null,
  urgent_statutory boolean not null,
  assessment_start_due date,
  assessment_started_on date,
  assessment_completed_on date,
  status text not null default 'pending' check (status in ('pending', 'assessing', 'decided', 'withdrawn')),
  created_at timestamptz not null default now(),
  check (assessment_started_on is null or assessment_started_on >= received_on)
);
create index elderly_application_person_idx on elderly_application (person_id);
create index elderly_application_received_idx on elderly_application (received_on);

-- Hoito- ja palvelusuunnitelmat: a new version per change, never an edit.
create table elderly_service_plan (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  version integer not null check (version >= 1),
  valid_from date not null,
  goals text not null,
  services text not null,
  client_participated boolean not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create unique index elderly_service_plan_version_key on elderly_service_plan (person_id, version);
create index elderly_service_plan_created_by_idx on elderly_service_plan (created_by);

-- Hoitoon liittyvät kirjaukset.
create table elderly_care_record (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  unit_id uuid not null references organisation_unit (id),
  recorded_at timestamptz not null,
  kind text not null check (kind in ('visit', 'observation', 'medication', 'other')),
  text text not null check (btrim(text) <> ''),
  author_user_id uuid references app_user (id)
);
create index elderly_care_record_person_idx on elderly_care_record (person_id, recorded_at);
create index elderly_care_record_unit_idx on elderly_care_record (unit_id);
create index elderly_care_record_author_idx on elderly_care_record (author_user_id);

-- Palveluiden tuottajien perustiedot (organisations, no personal data).
create table elderly_provider (
  id uuid primary key default gen_random_uuid(),
  name text not null check (btrim(name) <> ''),
  business_id text check (business_id is null or business_id ~ '^[0-9]{7}-[0-9]$'),
  kind text not null check (kind in ('municipal', 'private', 'voucher', 'third_sector')),
  services text[] not null default '{}',
  active boolean not null default true,
  created_at timestamptz not null default now()
);

-- Palvelupäätökset. Vanhuspalvelulaki 980/2012 18 §: services must be arranged within
-- three months of the decision.
create table elderly_service_decision (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  application_id uuid references elderly_application (id),
  provider_id uuid references elderly_provider (id),
  service_type text not null check (service_type in ('home_care', 'support_services', 'service_housing', 'service_housing_24h', 'informal_care_support', 'day_activity')),
  outcome text not null check (outcome in ('granted', 'rejected')),
  decided_on date not null,
  arrange_by date,
  starts_on date,
  hours_per_month numeric(6, 2) check (hours_per_month is null or hours_per_month >= 0),
  decided_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index elderly_service_decision_person_idx on elderly_service_decision (person_id);
create index elderly_service_decision_application_idx on elderly_service_decision (application_id);
create index elderly_service_decision_provider_idx on elderly_service_decision (provider_id);
create index elderly_service_decision_decided_by_idx on elderly_service_decision (decided_by);

-- Home-care fee figures (laki 734/1992, 10 e § since 1.7.2021; asetus 912/1992 3 § before).
-- Copied from /shared/reference/fees.json; status 'unverified' marks a period whose source or
-- dates are uncertain, and decisions made with it say so.
create table elderly_home_care_fee_parameter (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  income_limit_1 integer not null,
  income_limit_2 integer not null,
  income_limit_3 integer not null,
  income_limit_4 integer not null,
  income_limit_5 integer not null,
  income_limit_6 integer not null,
  increment_per_person integer not null,
  -- Before 1.7.2021 only these maxima were national; the hours table was municipal.
  max_percent_1 numeric, max_percent_2 numeric, max_percent_3 numeric,
  max_percent_4 numeric, max_percent_5 numeric, max_percent_6 numeric,
  uses_hours_table boolean not null,
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  check (effective_to is null or effective_to >= effective_from),
  constraint elderly_home_care_fee_parameter_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);

-- 10 e § table: maximum percent by monthly service hours (4 = at most 4 h, 38 = 38 h or
-- more) and household size (6 = six or more).
create table elderly_home_care_fee_percent (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  service_hours integer not null check (service_hours between 4 and 38),
  percent_1 numeric not null,
  percent_2 numeric not null,
  percent_3 numeric not null,
  percent_4 numeric not null,
  percent_5 numeric not null,
  percent_6 numeric not null,
  unique (effective_from, service_hours)
);

insert into elderly_home_care_fee_parameter (effective_from, effective_to,
  income_limit_1, income_limit_2, income_limit_3, income_limit_4, income_limit_5, income_limit_6, increment_per_person,
  max_percent_1, max_percent_2, max_percent_3, max_percent_4, max_percent_5, max_percent_6, uses_hours_table, status, source)
values
  ('2020-01-01', '2021-06-30', 588, 1084, 1701, 2103, 2546, 2924, 357, 35, 22, 18, 15, 13, 11, false, 'official',
    'Asetus sosiaali- ja terveydenhuollon asiakasmaksuista 912/1992 3 § (as amended by 1056/2019), under laki 734/1992. VN asetus 1056/2019, 3 § table + 33 § käyttövara (https://www.finlex.fi/fi/laki/alkup/2019/20191056); same table ''alkaen 1.1.2020'' (https://www.kuntaliitto.fi/sosiaali-ja-terveysasiat/sosiaali-ja-terveydenhuollon-asiakasmaksut/kotihoidon-maksut). Status: verified (official)'),
  ('2021-07-01', '2021-12-31', 588, 1084, 1701, 2103, 2546, 2924, 350, null, null, null, null, null, null, true, 'verified',
    'Laki sosiaali- ja terveydenhuollon asiakasmaksuista 734/1992, 10 e § (added by 1201/2020). ''Tulorajat ovat 1.7.2021 alkaen'' 588/1084/1701/2103/2546/2924, +350 €, hours table (10 e §) (https://www.kuntaliitto.fi/sosiaali-ja-terveysasiat/sosiaali-ja-terveydenhuollon-asiakasmaksut/kotihoidon-maksut); 1201/2020 in force mainly 1.7.2021 (https://www.kuntaliitto.fi/yleiskirjeet/2021/sosiaali-ja-terveydenhuollon-asiakasmaksulain-osittaisuudistus); amending act 1201/2020 (10 d-10 k § added); the table section itself not in stored excerpt (https://www.finlex.fi/fi/laki/alkup/2020/20201201). Status: verified (Kuntaliitto), effective_to inferred'),
  ('2022-01-01', '2023-12-31', 598, 1103, 1731, 2140, 2591, 2976, 356, null, null, null, null, null, null, true, 'verified',
    '734/1992 10 e § as index-revised. ''Kotihoidon maksut 1.1.2022 alkaen'' limits + 356 + table (https://www.fshky.fi/asiakkaalle/asiakasmaksut/kotihoito1883716400/); ''Sosiaalipalveluiden asiakasmaksut 2022'' same limits, +356 (https://sotesi.fi/sivu.tmpl?sivu_id=11236); same limits (https://salo.fi/sosiaali-ja-terveyspalvelut/ikaihmisten-palvelut/kotiin-tuotavat-palvelut/kotihoito/jatkuvan-ja-saannollisen-kotihoidon-asiakasmaksut/). Status: verified (3 wellbeing-area/municipal pages); effective_to unverified'),
  ('2024-01-01', null, 653, 1205, 1891, 2338, 2830, 3251, 389, null, null, null, null, null, null, true, 'unverified',
    '734/1992 10 e § as index-revised. Pirkanmaa wellbeing area, yhteisöllinen asuminen page (uses home-care fee rule): 653/1205/1891/2338/2830/3251, +389; no date on excerpt (https://www.pirha.fi/asiakkaalle/asiakasmaksut/yhteisollisen-asumisen-maksut); Pohde 30.12.2025: ''Asiakasmaksulain ja -asetuksen mukaisia maksuja korotetaan 6,93 prosenttia'' from 1.1.2026 - suggests a 1.1.2026 index revision; home-care income limits for 2026 not given (https://www.sttinfo.fi/tiedote/71715599/pohteen-uudet-asiakasmaksut-tulevat-voimaan-112026?lang=fi). Status: UNVERIFIED (values read, effective date not stated on the page)');

-- Rows ≤4..28 h from 4–5 sources, 29..≥38 h from one source (PHHYKY) but consistent.
insert into elderly_home_care_fee_percent (effective_from, service_hours, percent_1, percent_2, percent_3, percent_4, percent_5, percent_6)
values
  ('2021-07-01', 4, 8, 7, 6, 6, 6, 6),
  ('2021-07-01', 5, 10, 8.75, 7.5, 7.5, 7.5, 7.5),
  ('2021-07-01', 6, 12, 10.5, 9, 9, 9, 9),
  ('2021-07-01', 7, 14, 12.25, 10.5, 10.5, 10.5, 10.5),
  ('2021-07-01', 8, 16, 14, 12, 12, 12, 12),
  ('2021-07-01', 9, 17, 14.75, 12.5, 12.5, 12.5, 12),
  ('2021-07-01', 10, 18, 15.5, 13, 13, 13, 12),
  ('2021-07-01', 11, 19, 16.25, 13.5, 13.5, 13.5, 12),
  ('2021-07-01', 12, 20, 17, 14, 14, 14, 12),
  ('2021-07-01', 13, 21, 17.75, 14.5, 14.5, 14, 12),
  ('2021-07-01', 14, 22, 18.5, 15, 15, 14, 12),
  ('2021-07-01', 15, 23, 19.25, 15.5, 15.5, 14, 12),
  ('2021-07-01', 16, 24, 20, 16, 16, 14, 12),
  ('2021-07-01', 17, 24.5, 20.5, 16.5, 16, 14, 12),
  ('2021-07-01', 18, 25, 21, 17, 16, 14, 12),
  ('2021-07-01', 19, 25.5, 21.5, 17.5, 16, 14, 12),
  ('2021-07-01', 20, 26, 22, 18, 16, 14, 12),
  ('2021-07-01', 21, 26.5, 22.5, 18.5, 16, 14, 12),
  ('2021-07-01', 22, 27, 23, 19, 16, 14, 12),
  ('2021-07-01', 23, 27.5, 23.5, 19, 16, 14, 12),
  ('2021-07-01', 24, 28, 24, 19, 16, 14, 12),
  ('2021-07-01', 25, 28.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 26, 29.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 27, 29.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 28, 30.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 29, 30.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 30, 31.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 31, 31.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 32, 32.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 33, 32.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 34, 33.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 35, 33.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 36, 34.0, 24, 19, 16, 14, 12),
  ('2021-07-01', 37, 34.5, 24, 19, 16, 14, 12),
  ('2021-07-01', 38, 35, 24, 19, 16, 14, 12);

-- Maksupäätökset: the fee decided with the figures used, kept with the decision.
create table elderly_fee_decision (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  service_decision_id uuid not null references elderly_service_decision (id),
  valid_from date not null,
  gross_income numeric(10, 2) not null check (gross_income >= 0),
  household_size integer not null check (household_size >= 1),
  service_hours integer not null check (service_hours >= 0),
  income_limit numeric(10, 2) not null,
  percent numeric not null,
  monthly_fee numeric(10, 2) not null check (monthly_fee >= 0),
  parameter_id uuid not null references elderly_home_care_fee_parameter (id),
  parameters_unverified boolean not null,
  created_at timestamptz not null default now()
);
create index elderly_fee_decision_person_idx on elderly_fee_decision (person_id);
create index elderly_fee_decision_service_decision_idx on elderly_fee_decision (service_decision_id);
create index elderly_fee_decision_parameter_idx on elderly_fee_decision (parameter_id);
