-- Fee parameter periods are edited by the municipality when figures arrive or are corrected
-- (the 2026-08-01 income limits were not known when the period was entered). Who entered each
-- period and every earlier version of a corrected period are kept: a fee decision names the
-- period it used, so an appeal can be answered with the figures as they were.
alter table ecec_fee_parameters
  add column created_by uuid references app_user (id),
  add column updated_at timestamptz,
  add column updated_by uuid references app_user (id);
create index ecec_fee_parameters_created_by_idx on ecec_fee_parameters (created_by);
create index ecec_fee_parameters_updated_by_idx on ecec_fee_parameters (updated_by);

create table ecec_fee_parameters_version (
  id uuid primary key default gen_random_uuid(),
  parameters_id uuid not null references ecec_fee_parameters (id),
  -- The period's row as it was before the change.
  previous jsonb not null,
  changed_at timestamptz not null default now(),
  changed_by uuid references app_user (id)
);
create index ecec_fee_parameters_version_parameters_idx on ecec_fee_parameters_version (parameters_id);
create index ecec_fee_parameters_version_changed_by_idx on ecec_fee_parameters_version (changed_by);
