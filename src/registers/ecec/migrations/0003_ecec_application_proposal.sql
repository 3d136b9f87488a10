-- A placement proposal (sijoitusehdotus) carries everything the placement will be made of, so
-- that what was proposed is what is accepted: the group, the end date and the service need.
-- A rejection is a decision and must state its grounds (Hallintolaki 434/2003 45 §).
alter table ecec_application
  add column proposed_group_id uuid references ecec_group (id),
  add column proposed_end_date date,
  add column proposed_hours_per_month numeric check (proposed_hours_per_month is null or proposed_hours_per_month >= 0),
  add column proposed_free_hours_per_month numeric check (proposed_free_hours_per_month is null or proposed_free_hours_per_month >= 0),
  add column rejection_reason text check (rejection_reason is null or btrim(rejection_reason) <> ''),
  add constraint ecec_application_proposed_range check (proposed_end_date is null or proposed_end_date >= proposed_start_date);
create index ecec_application_proposed_group_idx on ecec_application (proposed_group_id);
