-- The month's charge of a fee decision (kuukausimaksun laskutus): the rules that laki
-- varhaiskasvatuksen asiakasmaksuista 1503/2016 leaves to the municipality, as effective-dated
-- rows, together with the two figures of the act's absence rule (11 sick operating days, half
-- the fee), which are data like every legal figure. The rules themselves (no fee for a month
-- sick on all operating days, the reduced fee for the sick days or for a month absent on all
-- operating days for another reason, no fee for parental-leave days): fees/monthly-fee.ts.
create table ecec_monthly_fee_rule (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  -- Divisor of the daily fee of a part month (varhaiskasvatus alkaa tai päättyy kesken
  -- kuukauden) and of a refunded day. Null: the month's operating days (eVaka's default,
  -- businessDays.size); a number: a fixed divisor (eVaka dailyFeeDivisorOperationalDaysOverride).
  daily_fee_divisor integer check (daily_fee_divisor between 1 and 31),
  -- 1503/2016: sick on at least this many operating days of a month → the reduced fee.
  sick_days_for_reduced_fee smallint not null check (sick_days_for_reduced_fee between 1 and 31),
  -- 1503/2016: the reduced fee (puolet kuukausimaksun määrästä), percent of the month's fee.
  reduced_fee_percent smallint not null check (reduced_fee_percent between 0 and 100),
  -- Whether a month absent on all operating days for another reason than sickness is halved
  -- only when the absences were notified in advance (type 'planned' or recorded before the day).
  -- The act as quoted by Espoo and Kirkkonummi does not require it; Kerava and Siuntio do.
  full_month_absence_requires_notice boolean not null default false,
  -- Whether the days of an unexpected closure (force majeure, e.g. the unit closed) are
  -- refunded day by day; eVaka's FORCE_MAJEURE does so. Not in the act.
  force_majeure_refunded boolean not null default true,
  -- A summer month charged nothing (maksuton heinäkuu) when the placement has lasted without a
  -- break since the first day of the month free_month_min_months before it (July with 11:
  -- since August of the operating year, as Hyvinkää and Kokkola; 10: since September, as
  -- Espoo). Null: no free month. Not in the act: a municipal decision.
  free_month smallint check (free_month between 1 and 12),
  free_month_min_months smallint check (free_month_min_months between 1 and 12),
  source text not null,
  check (effective_to is null or effective_to >= effective_from),
  check ((free_month is null) = (free_month_min_months is null)),
  constraint ecec_monthly_fee_rule_no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&)
);
insert into ecec_monthly_fee_rule (effective_from, daily_fee_divisor, sick_days_for_reduced_fee, reduced_fee_percent, full_month_absence_requires_notice, force_majeure_refunded, free_month, free_month_min_months, source)
values ('2017-03-01', null, 11, 50, false, true, null, null,
  'Default: the act 1503/2016 (in force 1.3.2017: 11 sick operating days, half the fee); part months by the month''s operating days and force-majeure days refunded as eVaka does; no free summer month until the municipality decides one.');
