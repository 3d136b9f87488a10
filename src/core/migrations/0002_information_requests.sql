-- Information requests (tietopyynnöt) across all registers: the request, its deadlines, the
-- items found in every register and the officer's review of each item.

create table information_request (
  id uuid primary key default gen_random_uuid(),
  -- access = GDPR 15, document = Julkisuuslaki 11-12 §, access_log = Asiakastietolaki 11 §,
  -- rectification = GDPR 16, restriction = GDPR 18, objection = GDPR 21.
  kind text not null check (kind in ('access', 'document', 'access_log', 'rectification', 'restriction', 'objection')),
  status text not null default 'received' check (status in ('received', 'searched', 'decided', 'delivered')),
  subject_person_id uuid not null references person (id),
  requester_kind text not null check (requester_kind in ('subject', 'guardian', 'legal_representative', 'authorised_person', 'other')),
  requester_person_id uuid references person (id),
  -- Only for a requester who is not in the person register (e.g. an attorney).
  requester_name text,
  identification_method text not null
    check (identification_method in ('strong_electronic', 'identity_document', 'known_in_person', 'guardian_relationship', 'power_of_attorney', 'other')),
  channel text not null check (channel in ('letter', 'email', 'in_person', 'e_service', 'phone')),
  received_on date not null,
  language text not null default 'fi' check (language in ('fi', 'sv', 'en')),
  -- Julkisuuslaki 14 § 4 mom.: special measures or an unusually large amount of work.
  large boolean not null default false,
  extension_reason text,
  outcome text check (outcome in ('full', 'partial', 'negative')),
  decided_on date,
  delivered_on date,
  delivery_channel text check (delivery_channel in ('letter', 'email', 'in_person', 'e_service')),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index information_request_subject_idx on information_request (subject_person_id);
create index information_request_requester_idx on information_request (requester_person_id);
create index information_request_created_by_idx on information_request (created_by);
create index information_request_open_idx on information_request (status, received_on) where status <> 'delivered';

-- The deadlines in force for a request; an extension adds a row and supersedes the original.
create table information_request_deadline (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references information_request (id) on delete cascade,
  kind text not null check (kind in ('julkisuuslaki_14', 'gdpr_12_3', 'gdpr_12_3_extended', 'julkisuuslaki_14_large')),
  due_on date not null,
  legal_parameter_id uuid not null references legal_parameter (id),
  superseded boolean not null default false,
  created_at timestamptz not null default now(),
  unique (request_id, kind)
);
create index information_request_deadline_request_idx on information_request_deadline (request_id);
create index information_request_deadline_parameter_idx on information_request_deadline (legal_parameter_id);

-- A snapshot of every item a register returned for the request, with its review decision, so
-- that what is delivered is exactly what was reviewed.
create table information_request_item (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references information_request (id) on delete cascade,
  register_id text not null,
  dataset_id text not null,
  item_key text not null,
  role text not null check (role in ('subject', 'reference')),
  title jsonb not null,
  item_date date,
  data jsonb not null,
  other_person_ids uuid[] not null default '{}',
  decision text not null default 'pending' check (decision in ('pending', 'release', 'redact', 'withhold')),
  legal_ground text,
  redacted_fields text[] not null default '{}',
  reviewed_by uuid references app_user (id),
  reviewed_at timestamptz,
  check (decision in ('pending', 'release') or legal_ground is not null),
  unique (request_id, register_id, item_key)
);
create index information_request_item_request_idx on information_request_item (request_id, register_id, dataset_id);
create index information_request_item_reviewed_by_idx on information_request_item (reviewed_by);

-- Deadlines as effective-dated legal parameters (rules.md §5).
insert into legal_parameter (key, effective_from, value, law, source, status) values
  ('information_request.document_deadline', '1999-12-01', '{"days": 14}',
   'Julkisuuslaki 621/1999 14 § 4 mom.', 'https://www.finlex.fi/fi/laki/ajantasa/1999/19990621#L4P14', 'official'),
  ('information_request.document_deadline_large', '1999-12-01', '{"months": 1}',
   'Julkisuuslaki 621/1999 14 § 4 mom.', 'https://www.finlex.fi/fi/laki/ajantasa/1999/19990621#L4P14', 'official'),
  ('information_request.gdpr_deadline', '2018-05-25', '{"months": 1}',
   'EU 2016/679 12 art. 3 kohta', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'official'),
  ('information_request.gdpr_extension', '2018-05-25', '{"months": 2}',
   'EU 2016/679 12 art. 3 kohta', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'official'),
  -- When the registry office is warned before a deadline; organisation practice, not law.
  ('information_request.warning_working_days', '2018-05-25', '{"workingDays": 3}',
   'Organisation practice', 'Varanto default', 'unverified');
