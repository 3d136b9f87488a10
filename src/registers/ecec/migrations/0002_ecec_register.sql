-- ECEC register (varhaiskasvatus): units, groups, staff, providers, applications, placements
-- and decisions, incomes, fee and voucher value decisions, attendance, vasu.
-- Municipal and legal parameters (voucher values, occupancy coefficients) are effective-dated rows.

-- 6. Private providers and family day-care providers (perhepäivähoitajat).
create table ecec_provider (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('private', 'family_daycare')),
  name text not null check (btrim(name) <> ''),
  business_id text,
  -- A family day-care provider is a person; a company is not.
  person_id uuid references person (id),
  phone text,
  email text,
  -- Supervision (valvonta) of a private provider by the municipality.
  registered_on date,
  last_supervision_date date,
  supervision_notes text,
  voucher_eligible boolean not null default false,
  created_at timestamptz not null default now()
);
create index ecec_provider_person_idx on ecec_provider (person_id);

-- ECEC data of an organisation unit (a day-care centre, a family day-care home, a club).
create table ecec_unit (
  unit_id uuid primary key references organisation_unit (id),
  provider_type text not null check (provider_type in ('municipal', 'private_voucher', 'private', 'family_daycare')),
  provider_id uuid references ecec_provider (id),
  -- Places counted with coefficients (an under-3 child takes 1.75 places).
  capacity numeric not null check (capacity >= 0),
  language text not null default 'fi' check (language in ('fi', 'sv')),
  created_at timestamptz not null default now()
);
create index ecec_unit_provider_idx on ecec_unit (provider_id);

create table ecec_group (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references ecec_unit (unit_id),
  name text not null check (btrim(name) <> ''),
  start_date date not null,
  end_date date,
  check (end_date is null or end_date >= start_date)
);
create index ecec_group_unit_idx on ecec_group (unit_id);

-- 1. Staff contact details, linked to a unit and optionally a group.
create table ecec_staff (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references ecec_unit (unit_id),
  group_id uuid references ecec_group (id),
  user_id uuid references app_user (id),
  first_name text not null check (btrim(first_name) <> ''),
  last_name text not null check (btrim(last_name) <> ''),
  title text,
  phone text,
  email text,
  start_date date not null,
  end_date date,
  check (end_date is null or end_date >= start_date)
);
create index ecec_staff_unit_idx on ecec_staff (unit_id);
create index ecec_staff_group_idx on ecec_staff (group_id);
create index ecec_staff_user_idx on ecec_staff (user_id);

-- 2. Applications.
create table ecec_application (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  guardian_id uuid not null references person (id),
  type text not null check (type in ('daycare', 'preschool', 'preschool_daycare', 'club', 'transfer')),
  status text not null default 'sent'
    check (status in ('sent', 'processing', 'placement_proposal', 'accepted', 'rejected', 'cancelled')),
  sent_date date not null,
  preferred_start_date date not null,
  hours_per_month numeric check (hours_per_month is null or hours_per_month > 0),
  urgent boolean not null default false,
  -- The first attachment (work or study certificate) of an urgent application.
  attachment_received_date date,
  sibling_basis boolean not null default false,
  sibling_id uuid references person (id),
  -- When the guardians live apart, the other guardian must consent.
  other_guardian_id uuid references person (id),
  other_guardian_consent text check (other_guardian_consent in ('pending', 'given', 'refused')),
  due_date date,
  due_date_set_manually boolean not null default false,
  proposed_unit_id uuid references ecec_unit (unit_id),
  proposed_start_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ecec_application_child_idx on ecec_application (child_id);
create index ecec_application_guardian_idx on ecec_application (guardian_id);
create index ecec_application_sibling_idx on ecec_application (sibling_id);
create index ecec_application_other_guardian_idx on ecec_application (other_guardian_id);
create index ecec_application_proposed_unit_idx on ecec_application (proposed_unit_id);
create index ecec_application_due_idx on ecec_application (due_date);

create table ecec_application_unit (
  application_id uuid not null references ecec_application (id) on delete cascade,
  unit_id uuid not null references ecec_unit (unit_id),
  priority smallint not null check (priority between 1 and 3),
  primary key (application_id, priority),
  unique (application_id, unit_id)
);
create index ecec_application_unit_unit_idx on ecec_application_unit (unit_id);

-- 3. Placements and placement decisions.
create table ecec_placement (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  unit_id uuid not null references ecec_unit (unit_id),
  group_id uuid references ecec_group (id),
  application_id uuid references ecec_application (id),
  type text not null check (type in ('daycare', 'daycare_part_day', 'preschool', 'preschool_daycare', 'club', 'family_daycare')),
  start_date date not null,
  end_date date,
  hours_per_month numeric not null check (hours_per_month >= 0),
  -- Free hours within hours_per_month (preschool, free ECEC of 5-year-olds).
  free_hours_per_month numeric not null default 0 check (free_hours_per_month >= 0),
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date),
  check (free_hours_per_month <= hours_per_month),
  constraint ecec_placement_no_overlap exclude using gist (
    child_id with =, daterange(start_date, end_date, '[]') with &&
  )
);
create index ecec_placement_child_idx on ecec_placement (child_id);
create index ecec_placement_unit_idx on ecec_placement (unit_id, start_date);
create index ecec_placement_group_idx on ecec_placement (group_id);
create index ecec_placement_application_idx on ecec_placement (application_id);

create table ecec_placement_decision (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references ecec_placement (id),
  application_id uuid references ecec_application (id),
  decision_date date not null,
  decided_by uuid references app_user (id),
  language text not null check (language in ('fi', 'sv')),
  created_at timestamptz not null default now()
);
create index ecec_placement_decision_placement_idx on ecec_placement_decision (placement_id);
create index ecec_placement_decision_application_idx on ecec_placement_decision (application_id);
create index ecec_placement_decision_user_idx on ecec_placement_decision (decided_by);

-- Guardians' incomes for fee decisions: read only by fee handlers.
create table ecec_income (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  valid_from date not null,
  valid_to date,
  gross_income numeric not null check (gross_income >= 0),
  -- Income not given: the highest fee applies (eVaka "max fee accepted").
  max_fee_accepted boolean not null default false,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  constraint ecec_income_no_overlap exclude using gist (
    person_id with =, daterange(valid_from, valid_to, '[]') with &&
  )
);
create index ecec_income_person_idx on ecec_income (person_id);

create sequence ecec_decision_number_seq;

create table ecec_fee_decision (
  id uuid primary key default gen_random_uuid(),
  decision_number bigint not null default nextval('ecec_decision_number_seq'),
  head_of_family_id uuid not null references person (id),
  partner_id uuid references person (id),
  status text not null default 'sent' check (status in ('sent', 'annulled')),
  valid_from date not null,
  valid_to date,
  family_size integer not null check (family_size >= 2),
  -- Null when the income was not given and the highest fee applies.
  gross_income numeric,
  parameters_effective_from date not null,
  parameters_status text not null,
  total_fee integer not null,
  decision_date date not null,
  language text not null check (language in ('fi', 'sv')),
  superseded_by uuid references ecec_fee_decision (id),
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index ecec_fee_decision_head_idx on ecec_fee_decision (head_of_family_id, valid_from);
create index ecec_fee_decision_partner_idx on ecec_fee_decision (partner_id);
create index ecec_fee_decision_superseded_idx on ecec_fee_decision (superseded_by);

create table ecec_fee_decision_child (
  id uuid primary key default gen_random_uuid(),
  fee_decision_id uuid not null references ecec_fee_decision (id) on delete cascade,
  child_id uuid not null references person (id),
  placement_id uuid not null references ecec_placement (id),
  hours_per_month numeric not null,
  sibling_order integer,
  base_fee integer not null,
  sibling_percent numeric not null,
  service_need_percent numeric not null,
  fee integer not null
);
create index ecec_fee_decision_child_decision_idx on ecec_fee_decision_child (fee_decision_id);
create index ecec_fee_decision_child_child_idx on ecec_fee_decision_child (child_id);
create index ecec_fee_decision_child_placement_idx on ecec_fee_decision_child (placement_id);

-- Voucher values (palvelusetelin arvo): municipal configuration, effective-dated.
create table ecec_voucher_value (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  base_value integer not null check (base_value >= 0),
  under_3_coefficient numeric not null check (under_3_coefficient >= 1),
  source text not null,
  check (effective_to is null or effective_to >= effective_from),
  constraint ecec_voucher_value_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);
insert into ecec_voucher_value (effective_from, effective_to, base_value, under_3_coefficient, source) values
  ('2018-01-01', null, 1000, 1.55, 'Municipal configuration: default modelled on eVaka (base value x 1.55 for children under 3); each municipality replaces it.');

create table ecec_voucher_value_decision (
  id uuid primary key default gen_random_uuid(),
  decision_number bigint not null default nextval('ecec_decision_number_seq'),
  fee_decision_id uuid references ecec_fee_decision (id),
  head_of_family_id uuid not null references person (id),
  child_id uuid not null references person (id),
  placement_id uuid not null references ecec_placement (id),
  unit_id uuid not null references ecec_unit (unit_id),
  status text not null default 'sent' check (status in ('sent', 'annulled')),
  valid_from date not null,
  valid_to date,
  service_need_percent numeric not null,
  voucher_value integer not null,
  co_payment integer not null,
  decision_date date not null,
  created_at timestamptz not null default now()
);
create index ecec_voucher_value_decision_fee_idx on ecec_voucher_value_decision (fee_decision_id);
create index ecec_voucher_value_decision_head_idx on ecec_voucher_value_decision (head_of_family_id);
create index ecec_voucher_value_decision_child_idx on ecec_voucher_value_decision (child_id);
create index ecec_voucher_value_decision_placement_idx on ecec_voucher_value_decision (placement_id);
create index ecec_voucher_value_decision_unit_idx on ecec_voucher_value_decision (unit_id);

-- 4. Attendance: reservations by guardians, realised times by staff, absences by type.
create table ecec_reservation (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  date date not null,
  start_time time not null,
  end_time time not null,
  created_by_user_id uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (end_time > start_time),
  unique (child_id, date, start_time)
);
create index ecec_reservation_user_idx on ecec_reservation (created_by_user_id);

create table ecec_attendance (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  unit_id uuid not null references ecec_unit (unit_id),
  date date not null,
  arrived time not null,
  departed time,
  created_at timestamptz not null default now(),
  check (departed is null or departed > arrived),
  unique (child_id, date, arrived)
);
create index ecec_attendance_unit_idx on ecec_attendance (unit_id, date);

create table ecec_absence (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  date date not null,
  type text not null check (type in ('sickness', 'planned', 'other', 'unknown', 'force_majeure', 'parent_leave')),
  created_at timestamptz not null default now(),
  unique (child_id, date)
);

-- 5. ECEC plan (varhaiskasvatussuunnitelma): every version is kept, none is edited.
create table ecec_vasu_version (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references person (id),
  version integer not null check (version >= 1),
  sections jsonb not null,
  visible_to_guardians boolean not null default false,
  authored_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (child_id, version)
);
create index ecec_vasu_version_user_idx on ecec_vasu_version (authored_by);

-- Occupancy coefficients (täyttöaste): municipal configuration, effective-dated.
create table ecec_occupancy_parameters (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  under_3_coefficient numeric not null,
  part_day_max_hours_per_month numeric not null,
  part_day_coefficient numeric not null,
  source text not null,
  constraint ecec_occupancy_parameters_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);
insert into ecec_occupancy_parameters (effective_from, effective_to, under_3_coefficient, part_day_max_hours_per_month, part_day_coefficient, source) values
  ('2018-01-01', null, 1.75, 86, 0.54,
    'Municipal configuration modelled on eVaka: a child under 3 takes 1.75 places; part-day care (at most 20 h/week, 86 h/month) counts 0.54.');
