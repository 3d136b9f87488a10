-- Daily work of family and adult social work: deadlines as effective-dated rows, application
-- deadlines (Sosiaalihuoltolaki 36 § and 45 §), and an append-only client narrative.

-- Statutory deadlines by the date a matter became pending.
--  * Lastensuojelulaki 417/2007 26 §: decide within 7 working days whether to start the
--    service-need assessment of a child-welfare matter; complete it within 3 months.
--  * Sosiaalihuoltolaki 1301/2014 36 §: start the assessment at the latest on the 7th working
--    day for persons aged 75+, receiving the highest care allowance, or children needing special
--    support; complete it within 3 months for children needing special support.
--  * Sosiaalihuoltolaki 45 §: implement the decision at the latest 3 months after the matter
--    became pending (section number only from THL, unverified: rules.md "Not verified" 5).
create table social_deadline_parameter (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  child_welfare_decision_working_days integer not null check (child_welfare_decision_working_days > 0),
  child_welfare_completion_months integer not null check (child_welfare_completion_months > 0),
  assessment_start_working_days integer not null check (assessment_start_working_days > 0),
  urgent_age integer not null check (urgent_age > 0),
  special_support_completion_months integer not null check (special_support_completion_months > 0),
  processing_months integer not null check (processing_months > 0),
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  check (effective_to is null or effective_to >= effective_from),
  constraint social_deadline_parameter_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);

insert into social_deadline_parameter (effective_from, effective_to, child_welfare_decision_working_days, child_welfare_completion_months,
  assessment_start_working_days, urgent_age, special_support_completion_months, processing_months, status, source)
values ('2015-04-01', null, 7, 3, 7, 75, 3, 3, 'unverified',
  'Lastensuojelulaki 417/2007 26 § (7 arkipäivää, 3 kuukautta; THL:n käsikirja). Sosiaalihuoltolaki 1301/2014 36 § (7 arkipäivää: 75 vuotta, ylin hoitotuki, erityistä tukea tarvitseva lapsi; 3 kuukautta erityistä tukea tarvitsevalle lapselle; Pohde, STM 2020) and 45 § (3 kuukautta vireilletulosta; THL only, section number unverified). Law texts not read at Finlex: /shared/reference/rules.md 4 and "Not verified" 3, 5.');

alter table social_deadline
  add column parameter_id uuid references social_deadline_parameter (id),
  drop constraint social_deadline_kind_check,
  add constraint social_deadline_kind_check check (kind in ('assessment_start_decision', 'assessment_completion', 'assessment_start', 'processing')),
  add constraint social_deadline_one_matter check (num_nonnulls(notification_id, application_id) = 1);
create index social_deadline_parameter_idx on social_deadline (parameter_id);
create unique index social_deadline_notification_kind_key on social_deadline (notification_id, kind) where notification_id is not null;
create unique index social_deadline_application_kind_key on social_deadline (application_id, kind) where application_id is not null;

-- What an application's deadlines depend on (SHL 36 §).
alter table social_application
  add column highest_care_allowance boolean not null default false,
  add column special_support_child boolean not null default false,
  add column summary text check (summary is null or btrim(summary) <> '');

-- The client narrative is append-only: a mistake is corrected by a new entry that points at
-- the entry it corrects and says why. One correction per entry keeps the history one chain.
alter table social_narrative_entry
  add column corrects_id uuid references social_narrative_entry (id),
  add column correction_reason text,
  add constraint social_narrative_entry_correction check ((corrects_id is null) = (correction_reason is null)),
  add constraint social_narrative_entry_correction_reason check (correction_reason is null or btrim(correction_reason) <> '');
create unique index social_narrative_entry_corrects_key on social_narrative_entry (corrects_id);

-- No update ever; a delete only in a retention purge that says so for its transaction.
create function social_narrative_entry_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('varanto.retention_purge', true) = 'on' then
    return old;
  end if;
  raise exception 'social_narrative_entry is append-only: write a correction instead';
end;
$$;
create trigger social_narrative_entry_append_only before update or delete on social_narrative_entry
  for each row execute function social_narrative_entry_append_only();

-- Client plans record who took part in drawing them up (SHL 39 §: together with the client).
alter table social_client_plan add column client_participated boolean not null default true;
