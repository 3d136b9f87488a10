-- Daily work of elderly services: deadlines as effective-dated rows, assessment follow-up,
-- append-only care records with corrections, decision texts, fee-decision periods and
-- monthly invoices of home-care fees (asiakasmaksujen laskutus).

-- Statutory deadlines of an application, by the date the matter became pending.
--  * Sosiaalihuoltolaki 1301/2014 36 §: the service-need assessment starts at the latest on
--    the 7th working day for persons aged 75 or more or receiving the highest care allowance.
--  * Sosiaalihuoltolaki 45 §: a decision is implemented at the latest 3 months after the matter
--    became pending (section number only from THL, unverified: rules.md "Not verified" 5).
--  * Vanhuspalvelulaki 980/2012 18 §: services arranged within 3 months of the decision.
create table elderly_deadline_parameter (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  assessment_start_working_days integer not null check (assessment_start_working_days > 0),
  urgent_age integer not null check (urgent_age > 0),
  processing_months integer not null check (processing_months > 0),
  arrange_within_months integer not null check (arrange_within_months > 0),
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  check (effective_to is null or effective_to >= effective_from),
  constraint elderly_deadline_parameter_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);

insert into elderly_deadline_parameter (effective_from, effective_to, assessment_start_working_days, urgent_age, processing_months, arrange_within_months, status, source)
values ('2015-04-01', null, 7, 75, 3, 3, 'unverified',
  'Sosiaalihuoltolaki 1301/2014 36 § (7 arkipäivää, 75 vuotta tai ylin hoitotuki; Pohde, STM 2020) and 45 § (3 kuukautta vireilletulosta; THL only, section number unverified); Vanhuspalvelulaki 980/2012 18 § (3 kuukautta päätöksestä; Rauma, Rovaniemi, Posio, Oulu). Law texts not read at Finlex: /shared/reference/rules.md 4 and "Not verified" 3, 5.');

alter table elderly_application
  add column highest_care_allowance boolean not null default false,
  add column processing_due date,
  add column deadline_parameter_id uuid references elderly_deadline_parameter (id),
  add constraint elderly_application_completed_after_start check (assessment_completed_on is null or (assessment_started_on is not null and assessment_completed_on >= assessment_started_on));
create index elderly_application_deadline_parameter_idx on elderly_application (deadline_parameter_id);
-- The worklist reads open applications by their nearest deadline.
create index elderly_application_open_idx on elderly_application (status, received_on) where status in ('pending', 'assessing');

update elderly_application a
set processing_due = (a.received_on + make_interval(months => p.processing_months))::date, deadline_parameter_id = p.id
from elderly_deadline_parameter p
where p.effective_from <= a.received_on and (p.effective_to is null or p.effective_to >= a.received_on);

-- Decisions carry their reasoning (perustelut), which the decision document prints.
alter table elderly_service_decision add column reasoning text check (reasoning is null or btrim(reasoning) <> '');

-- A fee decision is in force until the next one of the same person starts.
alter table elderly_fee_decision
  add column valid_to date,
  add constraint elderly_fee_decision_period check (valid_to is null or valid_to >= valid_from);

-- Care records are append-only: a mistake is corrected by a new entry that points at the
-- entry it corrects and says why; the corrected entry stays readable. One correction per entry
-- keeps the history a single chain (the unique index also serves the foreign key).
alter table elderly_care_record
  add column corrects_id uuid references elderly_care_record (id),
  add column correction_reason text,
  add constraint elderly_care_record_correction check ((corrects_id is null) = (correction_reason is null)),
  add constraint elderly_care_record_correction_reason check (correction_reason is null or btrim(correction_reason) <> '');
create unique index elderly_care_record_corrects_key on elderly_care_record (corrects_id);

-- No update ever; a delete only in a retention purge that says so for its transaction.
create function elderly_care_record_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('varanto.retention_purge', true) = 'on' then
    return old;
  end if;
  raise exception 'elderly_care_record is append-only: write a correction instead';
end;
$$;
create trigger elderly_care_record_append_only before update or delete on elderly_care_record
  for each row execute function elderly_care_record_append_only();

-- Monthly home-care invoices from the fee decisions in force in the month. The amount is the
-- monthly fee for the days the decision was in force in the month; one invoice per fee
-- decision and month, so running the invoicing again adds nothing twice.
create table elderly_invoice (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  fee_decision_id uuid not null references elderly_fee_decision (id),
  -- The first day of the invoiced month.
  month date not null check (extract(day from month) = 1),
  days integer not null check (days between 1 and 31),
  amount numeric(10, 2) not null check (amount >= 0),
  invoice_date date not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (fee_decision_id, month)
);
create index elderly_invoice_person_idx on elderly_invoice (person_id, month);
create index elderly_invoice_month_idx on elderly_invoice (month);
create index elderly_invoice_created_by_idx on elderly_invoice (created_by);
