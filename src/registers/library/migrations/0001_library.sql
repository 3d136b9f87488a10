-- Kirjastopalveluiden asiakasrekisteri: patrons, collection, loans, fees and self-service
-- (omatoimikirjasto) door access.
--
-- Laki yleisistä kirjastoista 1492/2016 6 §: using, borrowing and reserving the library's own
-- materials is free. Only other services (late returns, unclaimed reservations) may be
-- charged, so the only fee kinds below are those. Fee amounts are municipal decisions and
-- live in library_fee_parameter with effective dates; no statutory euro cap was found.

create table library_patron (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  -- Home library: the unit whose librarians serve the patron (need-to-know).
  home_unit_id uuid not null references organisation_unit (id),
  card_number text not null check (card_number ~ '^[0-9A-Za-z]{4,20}$'),
  -- argon2id hash of the PIN of the self-service library and the online account.
  pin_hash text not null,
  -- A minor's card needs a guardian's consent and responsibility commitment.
  guardian_consent_person_id uuid references person (id),
  guardian_consent_on date,
  registered_on date not null,
  -- Self-service library (omatoimikirjasto) terms accepted on; null = no door access.
  self_service_from date,
  closed_on date,
  created_at timestamptz not null default now(),
  check (closed_on is null or closed_on >= registered_on),
  check ((guardian_consent_person_id is null) = (guardian_consent_on is null))
);
create unique index library_patron_card_key on library_patron (card_number);
create unique index library_patron_person_key on library_patron (person_id) where closed_on is null;
create index library_patron_person_idx on library_patron (person_id);
create index library_patron_home_unit_idx on library_patron (home_unit_id);
create index library_patron_guardian_idx on library_patron (guardian_consent_person_id);

-- Lainauskielto: a borrowing ban. 1492/2016 allows one only for unpaid fees, not for
-- compensation of damaged items, hence the closed list of reasons.
create table library_patron_block (
  id uuid primary key default gen_random_uuid(),
  patron_id uuid not null references library_patron (id),
  reason text not null check (reason in ('unpaid_fees', 'lost_card', 'guardian_request', 'other')),
  blocked_from date not null,
  blocked_to date,
  created_at timestamptz not null default now(),
  check (blocked_to is null or blocked_to >= blocked_from)
);
create index library_patron_block_patron_idx on library_patron_block (patron_id);

-- Kokoelmatiedot: a minimal bibliographic record per copy; `marc` will hold the MARC21
-- record once the collection is imported from the library system.
create table library_item (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references organisation_unit (id),
  barcode text not null check (btrim(barcode) <> ''),
  title text not null check (btrim(title) <> ''),
  author text,
  isbn text check (isbn is null or isbn ~ '^(97[89])?[0-9]{9}[0-9X]$'),
  marc text,
  loan_period_days integer not null default 28 check (loan_period_days between 1 and 365),
  withdrawn_on date,
  created_at timestamptz not null default now()
);
create unique index library_item_barcode_key on library_item (barcode);
create index library_item_unit_idx on library_item (unit_id);

-- Lainauksenvalvonta: loans with due dates, renewals and returns.
create table library_loan (
  id uuid primary key default gen_random_uuid(),
  patron_id uuid not null references library_patron (id),
  item_id uuid not null references library_item (id),
  unit_id uuid not null references organisation_unit (id),
  loaned_on date not null,
  due_on date not null,
  renewals integer not null default 0 check (renewals >= 0),
  returned_on date,
  created_at timestamptz not null default now(),
  check (due_on >= loaned_on),
  check (returned_on is null or returned_on >= loaned_on)
);
create unique index library_loan_item_open_key on library_loan (item_id) where returned_on is null;
create index library_loan_patron_idx on library_loan (patron_id);
create index library_loan_item_idx on library_loan (item_id);
create index library_loan_unit_idx on library_loan (unit_id, loaned_on);

-- Municipal fee and loan-rule parameters, effective-dated (the municipality decides them).
create table library_fee_parameter (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  late_fee_per_day numeric(8, 2) not null check (late_fee_per_day >= 0),
  late_fee_max_per_item numeric(8, 2) not null check (late_fee_max_per_item >= 0),
  -- Days after the due date without a fee (municipal grace period).
  grace_days integer not null default 0 check (grace_days >= 0),
  max_renewals integer not null check (max_renewals >= 0),
  -- Unpaid fees at or above this block borrowing (1492/2016: only unpaid fees may).
  block_threshold numeric(8, 2) not null check (block_threshold >= 0),
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  created_at timestamptz not null default now(),
  check (effective_to is null or effective_to >= effective_from),
  constraint library_fee_parameter_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);

-- Example municipal figures; a municipality replaces them by its own decision.
insert into library_fee_parameter (effective_from, effective_to, late_fee_per_day, late_fee_max_per_item, grace_days, max_renewals, block_threshold, status, source)
values ('2017-01-01', null, 0.20, 5.00, 0, 5, 10.00, 'unverified',
  'Laki yleisistä kirjastoista 1492/2016 (HE 238/2016, Kuntaliitto "Kirjastojen maksut"): borrowing own materials is free, late fees allowed; no statutory cap. Amounts are placeholders until the municipality enters its own fee decision.');

create table library_fee (
  id uuid primary key default gen_random_uuid(),
  patron_id uuid not null references library_patron (id),
  loan_id uuid references library_loan (id),
  kind text not null check (kind in ('late_return', 'unclaimed_reservation', 'compensation')),
  amount numeric(8, 2) not null check (amount > 0),
  charged_on date not null,
  parameter_id uuid references library_fee_parameter (id),
  paid_on date,
  cancelled_on date,
  created_at timestamptz not null default now()
);
create index library_fee_patron_idx on library_fee (patron_id);
create index library_fee_loan_idx on library_fee (loan_id);
create index library_fee_parameter_idx on library_fee (parameter_id);

-- Omatoimikirjasto: door events of the self-service library (card + PIN).
create table library_door_event (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references organisation_unit (id),
  patron_id uuid references library_patron (id),
  occurred_at timestamptz not null,
  outcome text not null check (outcome in ('opened', 'wrong_pin', 'blocked', 'unknown_card', 'no_self_service'))
);
create index library_door_event_unit_idx on library_door_event (unit_id, occurred_at);
create index library_door_event_patron_idx on library_door_event (patron_id);
