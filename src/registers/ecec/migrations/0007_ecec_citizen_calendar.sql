-- Guardians' own reservations and absence notices (kuntalainen): who entered them, and the
-- municipality's rules for them as effective-dated data.
alter table ecec_reservation add column created_by_person_id uuid references person (id);
create index ecec_reservation_person_idx on ecec_reservation (created_by_person_id);
alter table ecec_absence add column reported_by_person_id uuid references person (id);
create index ecec_absence_person_idx on ecec_absence (reported_by_person_id);

create table ecec_citizen_calendar_rule (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  -- Reservations of a day close this many days before it (1: until the day before).
  reservation_closing_days integer not null check (reservation_closing_days between 0 and 60),
  -- Absence notices of a day close this many days before it (0: the same day still).
  absence_closing_days integer not null check (absence_closing_days between 0 and 60),
  -- How far ahead a guardian may reserve or notify, in days.
  max_days_ahead integer not null check (max_days_ahead between 1 and 400),
  source text not null,
  check (effective_to is null or effective_to >= effective_from),
  constraint ecec_citizen_calendar_rule_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);
insert into ecec_citizen_calendar_rule (effective_from, reservation_closing_days, absence_closing_days, max_days_ahead, source)
values ('2020-01-01', 1, 0, 92, 'Default of the municipality (change by a new effective-dated row)');
