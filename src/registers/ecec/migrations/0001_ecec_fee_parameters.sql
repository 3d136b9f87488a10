-- ECEC client-fee parameters (laki varhaiskasvatuksen asiakasmaksuista 1503/2016).
--
-- National figures change by index revision every other August and by law changes; each
-- change is a new row with its effective dates, never an edit of code. The rows below are
-- copied from /shared/reference/fees.json (the test fee-parameters.test.ts checks that they
-- stay equal). A NULL figure means no public source was found: the calculation refuses to
-- use such a period instead of guessing, and the municipality must enter the figure.

create table ecec_fee_parameters (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  fee_percent numeric not null check (fee_percent > 0 and fee_percent <= 100),
  income_limit_2 integer,
  income_limit_3 integer,
  income_limit_4 integer,
  income_limit_5 integer,
  income_limit_6 integer,
  increment_per_child integer check (increment_per_child is null or increment_per_child >= 0),
  max_fee integer not null check (max_fee >= 0),
  min_fee integer not null check (min_fee >= 0),
  second_child_percent numeric not null check (second_child_percent >= 0 and second_child_percent <= 100),
  further_child_percent numeric not null check (further_child_percent >= 0 and further_child_percent <= 100),
  status text not null check (status in ('official', 'verified', 'unverified')),
  source text not null check (btrim(source) <> ''),
  created_at timestamptz not null default now(),
  constraint ecec_fee_parameters_valid_period check (effective_to is null or effective_to >= effective_from),
  constraint ecec_fee_parameters_min_below_max check (min_fee <= max_fee),
  constraint ecec_fee_parameters_sibling_order check (further_child_percent <= second_child_percent),
  -- A period's limits are usable only as a whole; a larger family never has a lower limit.
  constraint ecec_fee_parameters_income_limits check (
    num_nulls(income_limit_2, income_limit_3, income_limit_4, income_limit_5, income_limit_6) in (0, 5)
    and (income_limit_2 is null or (income_limit_2 >= 0 and income_limit_2 <= income_limit_3
      and income_limit_3 <= income_limit_4 and income_limit_4 <= income_limit_5 and income_limit_5 <= income_limit_6))
  ),
  -- At most one set of figures applies on any day (range types need no extension for gist).
  constraint ecec_fee_parameters_no_overlap exclude using gist (
    daterange(effective_from, effective_to, '[]') with &&
  )
);

comment on table ecec_fee_parameters is
  'National ECEC fee figures (1503/2016) by effective period; NULL = not found in any public source, must be entered by the municipality.';

insert into ecec_fee_parameters (
  effective_from, effective_to, fee_percent,
  income_limit_2, income_limit_3, income_limit_4, income_limit_5, income_limit_6, increment_per_child,
  max_fee, min_fee, second_child_percent, further_child_percent, status, source
) values
  ('2018-01-01', '2018-07-31', 10.7,
    2050, 2646, 3003, 3361, 3718, null,
    290, 27, 50, 20, 'unverified',
    'Income limits, 10.70 % and sibling 50 %/20 %: law 959/2017 (finlex, official). Max 290 € and min 27 €: municipal news page on the 1.3.2017 law, assumed unchanged until 31.7.2018 (unverified). Increment per child over 6 persons: not found (NULL); the municipality must enter it before fees of families of 7 or more can be calculated.'),
  ('2018-08-01', '2020-07-31', 10.7,
    2102, 2713, 3080, 3447, 3813, 142,
    289, 27, 50, 20, 'official',
    'OKM ilmoitus 840/2017 (finlex): limits, +142, max 289, min 27, second child max 145. Sibling 50 %/20 %: law 959/2017. Same values in eVaka Tampere dev-data.'),
  ('2020-08-01', '2021-07-31', 10.7,
    2136, 2756, 3129, 3502, 3874, 144,
    288, 27, 50, 20, 'verified',
    'Limits, max 288, min 27, second child 144: Merikarvia, Yle (citing OKM), Lemi; OKM notice number not found. Increment 144 is UNVERIFIED: single source (eVaka Tampere dev-data; eVaka generic dev-data says 142).'),
  ('2021-08-01', '2022-07-31', 10.7,
    2798, 3610, 4099, 4588, 5075, 189,
    288, 27, 40, 20, 'verified',
    'Law 1052/2020 (HE 198/2020; limits quoted in HE 228/2022): limits +31 %, second child 40 %. Max 288, min 27, second child max 115, +189: Heinola, Mustasaari, eVaka Tampere dev-data.'),
  ('2022-08-01', '2023-02-28', 10.7,
    2913, 3758, 4267, 4777, 5284, 197,
    295, 28, 40, 20, 'verified',
    'OKM ilmoitus 1087/2021 (notice itself not read) via Turku, Liminka, Merikarvia and eVaka: limits, +197, max 295, min 28, second child max 118. Pieksämäki''s 5285 for 6 persons taken as a typo.'),
  ('2023-03-01', '2024-07-31', 10.7,
    3874, 4998, 5675, 6353, 7028, 262,
    295, 28, 40, 20, 'official',
    'Law 1365/2022 (finlex): income limits raised mid-year; max 295, min 28 and sibling percentages unchanged.'),
  ('2024-08-01', '2026-07-31', 10.7,
    4066, 5245, 5956, 6667, 7376, 275,
    311, 30, 40, 20, 'verified',
    'Kuntaliitto yleiskirje 19/2023 (OKM ilmoitus 1062/2023), Kerava, Kokkola, Saarijärvi: limits, +275, max 311, min 30, second child max 124, further children max 62.'),
  ('2026-08-01', null, 10.7,
    null, null, null, null, null, null,
    335, 32, 40, 20, 'unverified',
    'OKM ilmoitus 1028/2025 via Tornio sivistyslautakunta 18.3.2026 and another city board 25.2.2026: max 335, min 32, second child max 134. Income limits and the increment NOT FOUND (NULL): the municipality must enter them from OKM ilmoitus 1028/2025 before fees from 1.8.2026 can be calculated. Fee percent 10.7 and sibling 40 %/20 % assumed unchanged.');

-- Hours of care (6 §): up to 20 h/week at most 60 % of the full-time fee, 35 h/week or more
-- the full fee, proportional in between as the MUNICIPALITY decides. These tiers are
-- municipal configuration, not law: the seed is a default modelled on Alavus
-- (60/70/85/100 % at <=86/<=115/<=150/>150 h a month) that each municipality replaces.
create table ecec_service_need_tier (
  id uuid primary key default gen_random_uuid(),
  effective_from date not null,
  effective_to date,
  -- Inclusive upper bound; NULL = every number of hours above the other tiers of the set.
  max_hours_per_month numeric check (max_hours_per_month is null or max_hours_per_month > 0),
  percent numeric not null check (percent > 0 and percent <= 100),
  label_fi text not null,
  label_sv text not null,
  label_en text not null,
  source text not null check (btrim(source) <> ''),
  created_at timestamptz not null default now(),
  constraint ecec_service_need_tier_valid_period check (effective_to is null or effective_to >= effective_from),
  constraint ecec_service_need_tier_unique_bound unique nulls not distinct (effective_from, max_hours_per_month)
);

comment on table ecec_service_need_tier is
  'Municipal configuration: service-need tiers (hours per month -> percent of the full-time ECEC fee) within the frame of 1503/2016 6 §.';

insert into ecec_service_need_tier (
  effective_from, effective_to, max_hours_per_month, percent, label_fi, label_sv, label_en, source
) values
  ('2018-01-01', null, 86, 60, 'Enintään 86 h/kk (enintään 20 h/vko)', 'Högst 86 h/mån (högst 20 h/vecka)', 'Up to 86 h/month (up to 20 h/week)',
    'Municipal configuration: default modelled on Alavus; 60 % is the 6 § maximum for 20 h/week or less.'),
  ('2018-01-01', null, 115, 70, 'Enintään 115 h/kk (enintään 27 h/vko)', 'Högst 115 h/mån (högst 27 h/vecka)', 'Up to 115 h/month (up to 27 h/week)',
    'Municipal configuration: default modelled on Alavus.'),
  ('2018-01-01', null, 150, 85, 'Enintään 150 h/kk (enintään 35 h/vko)', 'Högst 150 h/mån (högst 35 h/vecka)', 'Up to 150 h/month (up to 35 h/week)',
    'Municipal configuration: default modelled on Alavus.'),
  ('2018-01-01', null, null, 100, 'Yli 150 h/kk (kokoaikainen)', 'Över 150 h/mån (heltid)', 'Over 150 h/month (full time)',
    'Municipal configuration: default modelled on Alavus; the full-time fee.');
