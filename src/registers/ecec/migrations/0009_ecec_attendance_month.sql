-- A child's realised stays per unit and calendar month as one bit per day (bit 0 = the 1st).
-- The occupancy report's utilisation (käyttöaste) half reads one row per child and month
-- instead of every stay: a month of 35 000 children is some 700 000 stays, more than the
-- embedded database can group within the report's two seconds.
--
-- Derived data only, kept by statement triggers on ecec_attendance, so that every writer
-- (staff routes, imports, demo, benchmark) keeps it right without knowing of it. It holds no
-- more than ecec_attendance does and is read only by the statistics; information requests and
-- retention follow ecec_attendance.
create table ecec_attendance_month (
  month date not null check (extract(day from month) = 1),
  unit_id uuid not null,
  child_id uuid not null,
  days integer not null check (days <> 0),
  primary key (month, unit_id, child_id)
);

create function ecec_attendance_month_add() returns trigger language plpgsql as $$
begin
  insert into ecec_attendance_month (month, unit_id, child_id, days)
  select date_trunc('month', n.date)::date, n.unit_id, n.child_id, bit_or(1 << (extract(day from n.date)::int - 1))
  from new_rows n group by 1, 2, 3
  on conflict (month, unit_id, child_id) do update set days = ecec_attendance_month.days | excluded.days;
  return null;
end $$;

-- Stays deleted or moved: the months they touched are counted again from the stays left.
create function ecec_attendance_month_recount(touched_months jsonb) returns void language sql as $$
  delete from ecec_attendance_month m
  using jsonb_to_recordset(touched_months) as t(month date, unit_id uuid, child_id uuid)
  where m.month = t.month and m.unit_id = t.unit_id and m.child_id = t.child_id;
  insert into ecec_attendance_month (month, unit_id, child_id, days)
  select t.month, t.unit_id, t.child_id, bit_or(1 << (extract(day from a.date)::int - 1))
  from jsonb_to_recordset(touched_months) as t(month date, unit_id uuid, child_id uuid)
  join ecec_attendance a on a.child_id = t.child_id and a.unit_id = t.unit_id
    and a.date >= t.month and a.date < (t.month + interval '1 month')::date
  group by 1, 2, 3;
$$;

create function ecec_attendance_month_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    perform ecec_attendance_month_recount((select coalesce(jsonb_agg(distinct jsonb_build_object(
      'month', date_trunc('month', x.date)::date, 'unit_id', x.unit_id, 'child_id', x.child_id)), '[]')
      from (select date, unit_id, child_id from old_rows union select date, unit_id, child_id from new_rows) x));
  else
    perform ecec_attendance_month_recount((select coalesce(jsonb_agg(distinct jsonb_build_object(
      'month', date_trunc('month', x.date)::date, 'unit_id', x.unit_id, 'child_id', x.child_id)), '[]')
      from old_rows x));
  end if;
  return null;
end $$;

create function ecec_attendance_month_clear() returns trigger language plpgsql as $$
begin
  truncate ecec_attendance_month;
  return null;
end $$;

create trigger ecec_attendance_month_insert after insert on ecec_attendance
  referencing new table as new_rows for each statement execute function ecec_attendance_month_add();
create trigger ecec_attendance_month_update after update on ecec_attendance
  referencing old table as old_rows new table as new_rows for each statement execute function ecec_attendance_month_changed();
create trigger ecec_attendance_month_delete after delete on ecec_attendance
  referencing old table as old_rows for each statement execute function ecec_attendance_month_changed();
create trigger ecec_attendance_month_truncate after truncate on ecec_attendance
  for each statement execute function ecec_attendance_month_clear();

insert into ecec_attendance_month (month, unit_id, child_id, days)
select date_trunc('month', date)::date, unit_id, child_id, bit_or(1 << (extract(day from date)::int - 1))
from ecec_attendance group by 1, 2, 3;
