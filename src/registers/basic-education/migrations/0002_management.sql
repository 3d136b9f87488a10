-- Management by the school's and the education office's staff: parameter periods added through
-- the API keep who added them; acknowledged absence alerts keep a note; a teacher's assignment
-- to a class or teaching group has a period, so ending one keeps the history and ends the
-- teacher's access to the group's pupils.

alter table be_parameter add column created_by uuid references app_user (id);
create index be_parameter_user_idx on be_parameter (created_by);

alter table be_absence_alert add column acknowledgement_note text;
alter table be_absence_alert add constraint be_absence_alert_ack_check
  check (acknowledged_at is not null or (acknowledged_by is null and acknowledgement_note is null));

alter table be_group_teacher drop constraint be_group_teacher_pkey;
alter table be_group_teacher add column id uuid not null default gen_random_uuid() primary key;
alter table be_group_teacher add column valid_from date;
alter table be_group_teacher add column valid_to date;
-- Assignments made before this migration ran from the start of the group's school year.
update be_group_teacher gt set valid_from = make_date(g.school_year, 8, 1) from be_group g where g.id = gt.group_id;
alter table be_group_teacher alter column valid_from set not null;
alter table be_group_teacher add constraint be_group_teacher_period_check check (valid_to is null or valid_to >= valid_from);
create index be_group_teacher_group_idx on be_group_teacher (group_id, staff_id);
-- At most one open assignment of a teacher to a group; closed ones are history.
create unique index be_group_teacher_open_key on be_group_teacher (group_id, staff_id) where valid_to is null;
