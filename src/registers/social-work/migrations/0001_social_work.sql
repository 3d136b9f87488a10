-- Perhetyön ja aikuissosiaalityön tietovaranto: clients and contacts, applications,
-- notifications (ilmoitukset, incl. child-welfare notifications), client plans, decisions,
-- client narrative (asiakaskertomus), situation data and statutory deadlines.

create table social_client (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  unit_id uuid not null references organisation_unit (id),
  service_area text not null check (service_area in ('family', 'child_welfare', 'adult')),
  start_date date not null,
  end_date date,
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);
create index social_client_person_idx on social_client (person_id);
create index social_client_unit_idx on social_client (unit_id);

create table social_contact (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references social_client (id) on delete cascade,
  person_id uuid references person (id),
  name text check (name is null or btrim(name) <> ''),
  phone text,
  relation text not null check (relation in ('guardian', 'parent', 'spouse', 'relative', 'network', 'other')),
  check (person_id is not null or name is not null)
);
create index social_contact_client_idx on social_contact (client_id);
create index social_contact_person_idx on social_contact (person_id);

create table social_application (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  unit_id uuid not null references organisation_unit (id),
  kind text not null check (kind in ('family_work', 'home_service', 'social_rehabilitation', 'preventive_income_support', 'other')),
  received_on date not null,
  status text not null default 'pending' check (status in ('pending', 'decided', 'withdrawn')),
  created_at timestamptz not null default now()
);
create index social_application_person_idx on social_application (person_id);
create index social_application_unit_idx on social_application (unit_id);

-- Ilmoitukset: child-welfare notifications (Lastensuojelulaki 25 §), requests for an
-- assessment (25 a §) and notifications of a need for social care (Sosiaalihuoltolaki 35 §).
create table social_notification (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  unit_id uuid not null references organisation_unit (id),
  kind text not null check (kind in ('child_welfare', 'child_welfare_assessment_request', 'social_care_need')),
  received_on date not null,
  summary text not null check (btrim(summary) <> ''),
  -- Lastensuojelulaki 26 §: urgency is assessed immediately.
  urgent boolean not null,
  created_at timestamptz not null default now()
);
create index social_notification_person_idx on social_notification (person_id);
create index social_notification_unit_idx on social_notification (unit_id, received_on);

-- The notifier, kept apart from the notification: a private notifier's identity may be
-- withheld from the family (Julkisuuslaki 24 § 1 mom. 25 k., Lastensuojelulaki 25 §), so
-- only roles that may see it read this table and information requests leave it out.
create table social_notifier (
  id uuid primary key default gen_random_uuid(),
  notification_id uuid not null references social_notification (id) on delete cascade,
  person_id uuid references person (id),
  name text,
  notifier_role text not null check (notifier_role in ('private', 'health_care', 'school', 'ecec', 'police', 'social_services', 'other_authority', 'anonymous')),
  identity_protected boolean not null
);
create unique index social_notifier_notification_key on social_notifier (notification_id);
create index social_notifier_person_idx on social_notifier (person_id);

-- Statutory deadlines of a pending matter (Lastensuojelulaki 26 §): decide whether to start
-- an assessment within 7 working days, complete it within 3 months.
create table social_deadline (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  notification_id uuid references social_notification (id),
  application_id uuid references social_application (id),
  kind text not null check (kind in ('assessment_start_decision', 'assessment_completion')),
  pending_since date not null,
  due_on date not null,
  met_on date,
  check (due_on >= pending_since)
);
create index social_deadline_person_idx on social_deadline (person_id);
create index social_deadline_notification_idx on social_deadline (notification_id);
create index social_deadline_application_idx on social_deadline (application_id);
create index social_deadline_due_idx on social_deadline (due_on) where met_on is null;

-- Asiakassuunnitelmat, versioned.
create table social_client_plan (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  version integer not null check (version >= 1),
  valid_from date not null,
  goals text not null,
  measures text not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create unique index social_client_plan_version_key on social_client_plan (person_id, version);
create index social_client_plan_created_by_idx on social_client_plan (created_by);

create table social_decision (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  application_id uuid references social_application (id),
  notification_id uuid references social_notification (id),
  kind text not null check (kind in ('assessment_start', 'assessment_not_started', 'service_granted', 'service_rejected', 'client_relationship_ended')),
  decided_on date not null,
  text text not null,
  decided_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index social_decision_person_idx on social_decision (person_id);
create index social_decision_application_idx on social_decision (application_id);
create index social_decision_notification_idx on social_decision (notification_id);
create index social_decision_decided_by_idx on social_decision (decided_by);

-- Asiakaskertomus: the running narrative of the client work.
create table social_narrative_entry (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  unit_id uuid not null references organisation_unit (id),
  recorded_at timestamptz not null,
  text text not null check (btrim(text) <> ''),
  author_user_id uuid references app_user (id)
);
create index social_narrative_entry_person_idx on social_narrative_entry (person_id, recorded_at);
create index social_narrative_entry_unit_idx on social_narrative_entry (unit_id);
create index social_narrative_entry_author_idx on social_narrative_entry (author_user_id);

-- Social, economic and health situation data needed for the services.
create table social_situation (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  area text not null check (area in ('social', 'economic', 'health', 'housing', 'other')),
  recorded_on date not null,
  text text not null check (btrim(text) <> ''),
  created_by uuid references app_user (id)
);
create index social_situation_person_idx on social_situation (person_id);
create index social_situation_created_by_idx on social_situation (created_by);
