-- The library as staff expect it of a library system (Koha): bibliographic records with their
-- copies, circulation rules per item type, holds (varaukset), overdue notices (palautuskehotukset)
-- and fees and borrowing bans that can be settled and lifted.

-- Bibliographic records (Koha biblio): one per title, imported from MARC21 or entered by hand.
-- The copies (niteet) are library_item rows pointing at their record.
create table library_biblio (
  id uuid primary key default gen_random_uuid(),
  -- 001 and 003 of an imported record: a re-import of the same record updates it.
  control_number text,
  control_source text,
  title text not null check (btrim(title) <> ''),
  author text,
  isbn text check (isbn is null or isbn ~ '^(97[89])?[0-9]{9}[0-9X]$'),
  publisher text,
  publication_year integer check (publication_year is null or publication_year between 1000 and 2999),
  -- 008/35-37, MARC language code (fin, swe, eng …).
  language text check (language is null or language ~ '^[a-z]{3}$'),
  -- The whole MARC21 record as JSON: {leader, fields: [{tag, value} | {tag, ind1, ind2, subfields}]}.
  marc jsonb,
  -- Title, authors, subjects, ISBN and publisher for catalogue search; built by the application.
  search_text text not null default '',
  search tsvector generated always as (to_tsvector('simple', search_text)) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index library_biblio_control_key on library_biblio (coalesce(control_source, ''), control_number) where control_number is not null;
create index library_biblio_search_idx on library_biblio using gin (search);
create index library_biblio_isbn_idx on library_biblio (isbn);

-- Aineistolajit: item types are data, so that a municipality can add its own and give each its
-- loan rules.
create table library_item_type (
  code text primary key check (code ~ '^[a-z_]{2,30}$'),
  name_fi text not null check (btrim(name_fi) <> ''),
  name_sv text not null check (btrim(name_sv) <> ''),
  name_en text not null check (btrim(name_en) <> '')
);
insert into library_item_type (code, name_fi, name_sv, name_en) values
  ('book', 'Kirja', 'Bok', 'Book'),
  ('magazine', 'Lehti', 'Tidskrift', 'Magazine'),
  ('audiobook', 'Äänikirja', 'Ljudbok', 'Audiobook'),
  ('music', 'Musiikkitallenne', 'Musikinspelning', 'Music recording'),
  ('film', 'Elokuva', 'Film', 'Film'),
  ('game', 'Peli', 'Spel', 'Game'),
  ('equipment', 'Laite tai väline', 'Apparat eller utrustning', 'Equipment'),
  ('quick_loan', 'Pikalaina', 'Snabblån', 'Quick loan');

-- Copies move onto records. An existing copy gets a record of its own, with the copy's id as the
-- record's id so the two can be matched without a mapping table.
insert into library_biblio (id, title, author, isbn, search_text)
select id, title, author, isbn, lower(concat_ws(' ', title, author, isbn)) from library_item;
alter table library_item add column biblio_id uuid references library_biblio (id);
update library_item set biblio_id = id;
alter table library_item alter column biblio_id set not null;
create index library_item_biblio_idx on library_item (biblio_id);
alter table library_item add column item_type text not null default 'book' references library_item_type (code);
alter table library_item alter column item_type drop default;
create index library_item_type_idx on library_item (item_type);
-- Luokka / hyllypaikka, e.g. "84.2 LIN".
alter table library_item add column call_number text;
alter table library_item drop column title, drop column author, drop column isbn, drop column marc, drop column loan_period_days;

-- Municipal figures and limits of the library rules (käyttösäännöt), one row per period. The
-- loan period and renewals depend on the item type and live in library_loan_rule.
alter table library_fee_parameter rename to library_parameter;
alter table library_parameter rename constraint library_fee_parameter_no_overlap to library_parameter_no_overlap;
alter table library_parameter drop column max_renewals;
alter table library_parameter
  -- 1492/2016 6 §: an unclaimed reservation may be charged.
  add column unclaimed_hold_fee numeric(8, 2) not null default 1.00 check (unclaimed_hold_fee >= 0),
  -- Days a trapped hold waits on the hold shelf.
  add column hold_pickup_days integer not null default 7 check (hold_pickup_days between 1 and 60),
  add column max_holds integer not null default 30 check (max_holds >= 0),
  add column max_loans integer not null default 100 check (max_loans >= 0),
  -- Days after the due date on which the 1st, 2nd, 3rd … overdue notice is sent.
  add column overdue_notice_days integer[] not null default '{7,21,35}' check (cardinality(overdue_notice_days) between 1 and 5),
  -- A child under this age gets a card only with a guardian's consent.
  add column guardian_consent_below_age integer not null default 15 check (guardian_consent_below_age between 0 and 18),
  -- The self-service library (omatoimikirjasto) opens to patrons of this age and older.
  add column self_service_min_age integer not null default 15 check (self_service_min_age between 0 and 18);
alter table library_parameter
  alter column unclaimed_hold_fee drop default,
  alter column hold_pickup_days drop default,
  alter column max_holds drop default,
  alter column max_loans drop default,
  alter column overdue_notice_days drop default,
  alter column guardian_consent_below_age drop default,
  alter column self_service_min_age drop default;

-- Lainaussäännöt: loan period, renewals and whether holds are allowed, per item type and period.
create table library_loan_rule (
  id uuid primary key default gen_random_uuid(),
  item_type text not null references library_item_type (code),
  effective_from date not null,
  effective_to date,
  loan_period_days integer not null check (loan_period_days between 1 and 365),
  max_renewals integer not null check (max_renewals between 0 and 100),
  holdable boolean not null,
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  created_at timestamptz not null default now(),
  check (effective_to is null or effective_to >= effective_from),
  constraint library_loan_rule_no_overlap exclude using gist (item_type with =, daterange(effective_from, effective_to, '[]') with &&)
);
insert into library_loan_rule (item_type, effective_from, loan_period_days, max_renewals, holdable, status, source)
select code, '2017-01-01', period, renewals, holdable, 'unverified',
  'Example rules of a Finnish public library; the municipality replaces them by its own library rules (käyttösäännöt).'
from (values ('book', 28, 5, true), ('magazine', 14, 2, true), ('audiobook', 28, 5, true), ('music', 28, 5, true),
  ('film', 14, 2, true), ('game', 14, 2, true), ('equipment', 14, 0, false), ('quick_loan', 14, 0, false))
  as r (code, period, renewals, holdable);

-- library_patron.closed_on is the day the card stops being valid: a card closed today no
-- longer opens a door or lends today.
comment on column library_patron.closed_on is 'The first day the card is no longer valid.';

-- A lifted ban stays on record (who lifted it is in the audit log).
alter table library_patron_block add column lifted_on date;

-- Varaukset: title-level holds in queue order. A returned copy is trapped for the first pending
-- hold: in transit to the pickup library or waiting on its hold shelf until pickup_by.
create table library_hold (
  id uuid primary key default gen_random_uuid(),
  patron_id uuid not null references library_patron (id),
  biblio_id uuid not null references library_biblio (id),
  pickup_unit_id uuid not null references organisation_unit (id),
  placed_at timestamptz not null,
  placed_on date not null,
  -- The patron's "not needed after" date.
  not_needed_after date,
  status text not null check (status in ('pending', 'in_transit', 'waiting', 'fulfilled', 'cancelled', 'expired')),
  item_id uuid references library_item (id),
  waiting_from date,
  pickup_by date,
  loan_id uuid references library_loan (id),
  closed_on date,
  created_at timestamptz not null default now(),
  check (status <> 'pending' or item_id is null),
  check (status not in ('in_transit', 'waiting', 'fulfilled') or item_id is not null),
  check (status <> 'waiting' or (waiting_from is not null and pickup_by is not null)),
  check (status <> 'fulfilled' or loan_id is not null),
  check ((status in ('fulfilled', 'cancelled', 'expired')) = (closed_on is not null))
);
create index library_hold_patron_idx on library_hold (patron_id);
create index library_hold_biblio_idx on library_hold (biblio_id, placed_at) where status = 'pending';
create index library_hold_biblio_all_idx on library_hold (biblio_id);
create index library_hold_pickup_unit_idx on library_hold (pickup_unit_id, status);
create unique index library_hold_item_key on library_hold (item_id) where status in ('in_transit', 'waiting');
create index library_hold_item_idx on library_hold (item_id);
create index library_hold_loan_idx on library_hold (loan_id);
create index library_hold_expiry_idx on library_hold (pickup_by) where status = 'waiting';
create unique index library_hold_open_key on library_hold (patron_id, biblio_id) where status in ('pending', 'in_transit', 'waiting');

-- Palautuskehotukset: one row per loan and notice level, so a daily run never sends twice.
create table library_overdue_notice (
  id uuid primary key default gen_random_uuid(),
  loan_id uuid not null references library_loan (id),
  level integer not null check (level between 1 and 5),
  sent_on date not null,
  channel text not null check (channel in ('email', 'letter')),
  created_at timestamptz not null default now(),
  unique (loan_id, level)
);
create index library_overdue_notice_sent_idx on library_overdue_notice (sent_on);

create index library_loan_open_due_idx on library_loan (due_on) where returned_on is null;

-- Omatoimikirjasto and self-service machines. Devices (door controllers, SIP2 self-check
-- machines) log in with their own credentials; their events name the device, not a user.
create table library_device (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references organisation_unit (id),
  kind text not null check (kind in ('door', 'sip2')),
  name text not null check (btrim(name) <> ''),
  login text not null check (login ~ '^[A-Za-z0-9_.-]{3,50}$'),
  -- argon2id hash of the device's secret.
  secret_hash text not null,
  disabled_on date,
  created_at timestamptz not null default now()
);
create unique index library_device_login_key on library_device (login);
create index library_device_unit_idx on library_device (unit_id);

alter table library_door_event add column device_id uuid references library_device (id);
create index library_door_event_device_idx on library_door_event (device_id);
alter table library_door_event drop constraint library_door_event_outcome_check;
alter table library_door_event add constraint library_door_event_outcome_check
  check (outcome in ('opened', 'wrong_pin', 'pin_locked', 'blocked', 'unknown_card', 'no_self_service', 'too_young'));

-- Self-service loans name the machine; desk loans have none.
alter table library_loan add column device_id uuid references library_device (id);
create index library_loan_device_idx on library_loan (device_id);

-- Wrong PINs in a row at a door or a machine; at the municipal limit the PIN locks until a
-- librarian sets a new one, so a found card cannot be tried through.
alter table library_patron add column pin_failures integer not null default 0 check (pin_failures >= 0);
alter table library_parameter add column max_pin_failures integer not null default 5 check (max_pin_failures between 1 and 100);
alter table library_parameter alter column max_pin_failures drop default;
