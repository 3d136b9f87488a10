-- Kuntalaisen kirjautuminen: a resident's session, bound to a person of the person register
-- (Suomi.fi identification, or the demo's test identification). Staff sessions stay in
-- user_session; the two principals never share a table or a cookie.
create table citizen_session (
  token_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  csrf_token text not null,
  auth_method text not null check (auth_method in ('suomifi', 'test')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  last_seen_at timestamptz not null
);
create index citizen_session_person_idx on citizen_session (person_id);

-- A resident's own reads and writes are logged with actor kind 'citizen' and the acting person.
alter table audit_event add column actor_person_id uuid;
alter table audit_event drop constraint audit_event_actor_kind_check;
alter table audit_event add constraint audit_event_actor_kind_check
  check (actor_kind in ('user', 'cli', 'system', 'anonymous', 'citizen'));
create index audit_event_actor_person_idx on audit_event (actor_person_id, occurred_at) where actor_person_id is not null;

-- The acting person joins the hash. concat_ws skips nulls, so every earlier event (no acting
-- person) keeps the hash it was written with and the chain still verifies.
create or replace function audit_event_digest(e audit_event) returns text language sql immutable as $$
  select encode(sha256(convert_to(concat_ws('|',
    e.chain_no, e.prev_hash, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e.actor_user_id, e.actor_kind, array_to_string(e.actor_roles, ','), array_to_string(e.actor_unit_ids, ','),
    e.event, e.register_id, e.dataset_id, array_to_string(e.person_ids, ','), array_to_string(e.object_ids, ','),
    e.purpose, e.information_request_id, e.request_id, e.outcome, e.actor_person_id), 'UTF8')), 'hex')
$$;
