-- Core schema: organisation, person register, staff users and roles, audit log.
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- Folds a name for Finnish-aware fuzzy search: case, diacritics (ä→a, ö→o, å→o as
-- pronounced), w→v (old spellings such as Wirtanen), hyphens and commas to spaces.
create function varanto_fold_name(t text) returns text
  language sql immutable strict parallel safe
  as $$ select btrim(regexp_replace(translate(lower(t), 'äöåéèüáàw-,.''', 'aooeeyaav    '), '\s+', ' ', 'g')) $$;

create table organisation_unit (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null,
  register_id text,
  parent_id uuid references organisation_unit (id),
  street_address text,
  postal_code text,
  post_office text,
  language text not null default 'fi' check (language in ('fi', 'sv', 'en')),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index organisation_unit_parent_idx on organisation_unit (parent_id);

create table person (
  id uuid primary key default gen_random_uuid(),
  hetu text,
  hetu_temporary boolean not null default false,
  first_names text not null check (btrim(first_names) <> ''),
  calling_name text,
  last_name text not null check (btrim(last_name) <> ''),
  birth_date date not null,
  sex text check (sex in ('male', 'female')),
  date_of_death date,
  native_language text,
  contact_language text not null default 'fi' check (contact_language in ('fi', 'sv', 'en')),
  municipality_code text,
  phone text,
  email text,
  non_disclosure boolean not null default false,
  -- Key of the person in the system the record was imported from, for idempotent imports.
  external_key text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index person_hetu_key on person (hetu) where hetu is not null;
create index person_birth_date_idx on person (birth_date);
create unique index person_external_key_key on person (external_key) where external_key is not null;

create table person_previous_name (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  first_names text not null,
  last_name text not null,
  changed_on date
);
create index person_previous_name_person_idx on person_previous_name (person_id);

create table person_address (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  street_address text not null,
  postal_code text,
  post_office text,
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create index person_address_person_idx on person_address (person_id);

create table person_relationship (
  id uuid primary key default gen_random_uuid(),
  -- guardian (huoltaja) and parent: person_id is the adult, related_person_id the child;
  -- partner (spouse or cohabiting): stored once, either way round.
  kind text not null check (kind in ('guardian', 'parent', 'partner')),
  person_id uuid not null references person (id) on delete cascade,
  related_person_id uuid not null references person (id) on delete cascade,
  valid_from date not null,
  valid_to date,
  check (person_id <> related_person_id),
  check (valid_to is null or valid_to >= valid_from)
);
create index person_relationship_person_idx on person_relationship (person_id);
create index person_relationship_related_idx on person_relationship (related_person_id);
create unique index person_relationship_unique on person_relationship (kind, person_id, related_person_id, valid_from);

-- One row per searchable name of a person (current and previous), kept by triggers.
create table person_name_index (
  person_id uuid not null references person (id) on delete cascade,
  kind text not null check (kind in ('current', 'previous')),
  source_id uuid not null,
  folded text not null,
  primary key (source_id, kind)
);
create index person_name_index_person_idx on person_name_index (person_id);
create index person_name_index_trgm on person_name_index using gin (folded gin_trgm_ops);

-- Statement-level on insert (bulk imports insert thousands of rows per statement), row-level on change.
create function person_name_index_insert() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person' then
    insert into person_name_index (person_id, kind, source_id, folded)
      select id, 'current', id, varanto_fold_name(first_names || ' ' || coalesce(calling_name, '') || ' ' || last_name) from new_rows;
  else
    insert into person_name_index (person_id, kind, source_id, folded)
      select person_id, 'previous', id, varanto_fold_name(first_names || ' ' || last_name) from new_rows;
  end if;
  return null;
end $$;

create function person_name_index_change() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person' then
    update person_name_index
      set folded = varanto_fold_name(new.first_names || ' ' || coalesce(new.calling_name, '') || ' ' || new.last_name)
      where source_id = new.id and kind = 'current';
    return new;
  end if;
  delete from person_name_index where source_id = old.id and kind = 'previous';
  if tg_op = 'UPDATE' then
    insert into person_name_index (person_id, kind, source_id, folded)
      values (new.person_id, 'previous', new.id, varanto_fold_name(new.first_names || ' ' || new.last_name));
    return new;
  end if;
  return old;
end $$;
create trigger person_name_index_person_insert after insert on person
  referencing new table as new_rows for each statement execute function person_name_index_insert();
create trigger person_name_index_person_update after update of first_names, calling_name, last_name
  on person for each row execute function person_name_index_change();
create trigger person_name_index_previous_insert after insert on person_previous_name
  referencing new table as new_rows for each statement execute function person_name_index_insert();
create trigger person_name_index_previous_change after update or delete
  on person_previous_name for each row execute function person_name_index_change();

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null,
  email text,
  password_hash text,
  oidc_subject text,
  person_id uuid references person (id),
  language text not null default 'fi' check (language in ('fi', 'sv', 'en')),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create unique index app_user_username_key on app_user (lower(username));
create unique index app_user_oidc_subject_key on app_user (oidc_subject) where oidc_subject is not null;
create index app_user_person_idx on app_user (person_id);

create table role_grant (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  role text not null,
  unit_id uuid references organisation_unit (id),
  created_at timestamptz not null default now()
);
create index role_grant_user_idx on role_grant (user_id);
create index role_grant_unit_idx on role_grant (unit_id);
create unique index role_grant_unique on role_grant (user_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));

create table user_session (
  token_hash text primary key,
  user_id uuid not null references app_user (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  last_seen_at timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

create table login_failure (
  id bigint generated always as identity primary key,
  username_key text not null,
  occurred_at timestamptz not null
);
create index login_failure_username_idx on login_failure (username_key, occurred_at);

-- Organisation-level configuration (name, texts of the public description, …).
create table organisation_setting (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

-- Legal parameters of core workflows as effective-dated data (deadlines, limits).
create table legal_parameter (
  id uuid primary key default gen_random_uuid(),
  key text not null,
  effective_from date not null,
  effective_to date,
  value jsonb not null,
  law text not null,
  source text not null,
  status text not null check (status in ('official', 'verified', 'unverified')),
  check (effective_to is null or effective_to >= effective_from)
);
create index legal_parameter_key_idx on legal_parameter (key, effective_from);

-- Käyttöloki: append-only, hash-chained access and change log of personal data.
create table audit_event (
  seq bigint generated always as identity primary key,
  chain_no bigint not null unique,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_kind text not null check (actor_kind in ('user', 'cli', 'system', 'anonymous')),
  actor_roles text[] not null default '{}',
  actor_unit_ids uuid[] not null default '{}',
  event text not null,
  register_id text,
  dataset_id text,
  person_ids uuid[] not null default '{}',
  object_ids text[] not null default '{}',
  purpose text,
  information_request_id uuid,
  request_id text,
  outcome text not null default 'success' check (outcome in ('success', 'denied')),
  prev_hash text not null,
  hash text not null
);
create index audit_event_person_ids_idx on audit_event using gin (person_ids);
create index audit_event_actor_idx on audit_event (actor_user_id, occurred_at);
create index audit_event_request_idx on audit_event (information_request_id) where information_request_id is not null;

create function audit_event_digest(e audit_event) returns text language sql immutable as $$
  select encode(sha256(convert_to(concat_ws('|',
    e.chain_no, e.prev_hash, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e.actor_user_id, e.actor_kind, array_to_string(e.actor_roles, ','), array_to_string(e.actor_unit_ids, ','),
    e.event, e.register_id, e.dataset_id, array_to_string(e.person_ids, ','), array_to_string(e.object_ids, ','),
    e.purpose, e.information_request_id, e.request_id, e.outcome), 'UTF8')), 'hex')
$$;

create function audit_event_chain() returns trigger language plpgsql as $$
declare
  last audit_event;
begin
  -- Serialise appends so that every event links to the one committed before it.
  perform pg_advisory_xact_lock(7240271);
  select * into last from audit_event order by chain_no desc limit 1;
  new.chain_no := coalesce(last.chain_no, 0) + 1;
  new.prev_hash := coalesce(last.hash, 'genesis');
  new.occurred_at := coalesce(new.occurred_at, clock_timestamp());
  new.hash := '';
  new.hash := audit_event_digest(new);
  return new;
end $$;
create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_append_only();
