-- Voucher value decisions (palvelusetelin arvopäätös) as eVaka makes them, and decision numbers
-- for placement decisions so that both can be printed.
--
-- eVaka (VoucherValueDecisionGeneratorV2, service_need_option_voucher_value) gives each service
-- need a voucher value coefficient of its own, separate from the fee coefficient, and a separate
-- base value for children under 3 used until the first of the month after the third birthday.
-- These are municipal configuration (palvelusetelisääntökirja, laki sosiaali- ja terveydenhuollon
-- palvelusetelistä 569/2009 7 §), effective-dated rows that each municipality replaces.

-- The under-3 value is a euro figure of its own (eVaka base_value_under_3y), not a coefficient.
alter table ecec_voucher_value add column base_value_under_3 integer check (base_value_under_3 >= 0);
update ecec_voucher_value set base_value_under_3 = round(base_value * under_3_coefficient);
alter table ecec_voucher_value alter column base_value_under_3 set not null;
alter table ecec_voucher_value drop column under_3_coefficient;

-- Voucher value coefficient by the child's hours of care a month (eVaka: per service need option).
create table ecec_voucher_coefficient (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  -- Inclusive upper bound; NULL = every number of hours above the other tiers of the set.
  max_hours_per_month numeric check (max_hours_per_month is null or max_hours_per_month > 0),
  coefficient numeric not null check (coefficient > 0 and coefficient <= 2),
  label_fi text not null,
  label_sv text not null,
  label_en text not null,
  source text not null check (btrim(source) <> ''),
  created_at timestamptz not null default now(),
  constraint ecec_voucher_coefficient_valid_period check (effective_to is null or effective_to >= effective_from),
  constraint ecec_voucher_coefficient_unique_bound unique nulls not distinct (effective_from, max_hours_per_month)
);
comment on table ecec_voucher_coefficient is
  'Municipal configuration: voucher value coefficient by hours of care a month (palvelusetelisääntökirja).';

-- The default follows the fee tiers (the value used before this table existed), so that a
-- municipality that has not decided otherwise keeps the same values.
insert into ecec_voucher_coefficient (effective_from, max_hours_per_month, coefficient, label_fi, label_sv, label_en, source) values
  ('2018-01-01', 86, 0.60, 'Enintään 86 h/kk', 'Högst 86 h/mån', 'Up to 86 h/month',
    'Municipal configuration: default equal to the fee tier (60 %); each municipality replaces it from its voucher rules.'),
  ('2018-01-01', 115, 0.70, 'Enintään 115 h/kk', 'Högst 115 h/mån', 'Up to 115 h/month',
    'Municipal configuration: default equal to the fee tier (70 %).'),
  ('2018-01-01', 150, 0.85, 'Enintään 150 h/kk', 'Högst 150 h/mån', 'Up to 150 h/month',
    'Municipal configuration: default equal to the fee tier (85 %).'),
  ('2018-01-01', null, 1.00, 'Yli 150 h/kk', 'Över 150 h/mån', 'Over 150 h/month',
    'Municipal configuration: default equal to the fee tier (100 %, full time).');

-- What a voucher value decision states, so that it can be printed and compared as it was made
-- (eVaka voucher_value_decision): the family's figures, the value's parts and the co-payment's.
alter table ecec_voucher_value_decision
  add column partner_id uuid references person (id),
  add column family_size integer check (family_size >= 2),
  add column gross_income numeric,
  add column parameters_effective_from date,
  add column hours_per_month numeric,
  add column base_value integer,
  add column value_coefficient numeric,
  add column sibling_order integer,
  add column sibling_percent numeric,
  add column base_co_payment integer,
  add column language text not null default 'fi' check (language in ('fi', 'sv')),
  add column superseded_by uuid references ecec_voucher_value_decision (id);
create index ecec_voucher_value_decision_partner_idx on ecec_voucher_value_decision (partner_id);
create index ecec_voucher_value_decision_superseded_idx on ecec_voucher_value_decision (superseded_by);

-- Placement decisions are numbered from the same series as the other ECEC decisions.
alter table ecec_placement_decision add column decision_number bigint not null default nextval('ecec_decision_number_seq');
