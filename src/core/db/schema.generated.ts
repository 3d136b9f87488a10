// GENERATED FILE: no manual modifications. Source: the migrations; regenerate with `npm run db:codegen`.
import type { ColumnType } from "kysely";

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Numeric = ColumnType<number, number | string, number | string>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AppUser {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  display_name: string;
  email: string | null;
  id: Generated<string>;
  language: Generated<string>;
  oidc_subject: string | null;
  password_hash: string | null;
  person_id: string | null;
  username: string;
}

export interface AuditEvent {
  actor_kind: string;
  actor_person_id: string | null;
  actor_roles: Generated<string[]>;
  actor_unit_ids: Generated<string[]>;
  actor_user_id: string | null;
  chain_no: number;
  dataset_id: string | null;
  event: string;
  hash: string;
  information_request_id: string | null;
  object_ids: Generated<string[]>;
  occurred_at: Timestamp;
  outcome: Generated<string>;
  person_ids: Generated<string[]>;
  prev_hash: string;
  purpose: string | null;
  register_id: string | null;
  request_id: string | null;
  seq: Generated<number>;
}

export interface BeAbsence {
  id: Generated<string>;
  kind: string;
  lesson_id: string;
  pupil_id: string;
  reason: string | null;
  recorded_at: Generated<Timestamp>;
  recorded_by: string | null;
}

export interface BeAbsenceAlert {
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
  created_at: Timestamp;
  id: Generated<string>;
  pupil_id: string;
  school_id: string;
  school_year: number;
  threshold: number;
  unauthorised_lessons: number;
}

export interface BeActivityAttendance {
  attendance_date: string;
  enrolment_id: string;
  present: boolean;
}

export interface BeActivityEnrolment {
  created_at: Generated<Timestamp>;
  hours_per_school_year: number;
  id: Generated<string>;
  monthly_fee: Numeric;
  payer_id: string | null;
  pupil_id: string;
  reduction_percent: Generated<Numeric>;
  school_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface BeAssessment {
  assessed_by: string | null;
  assessed_on: string;
  created_at: Generated<Timestamp>;
  grade_level: number;
  id: Generated<string>;
  kind: string;
  language_code: string | null;
  local_subject: Generated<boolean>;
  numeric_grade: number | null;
  optional: Generated<boolean>;
  pupil_id: string;
  school_id: string;
  school_year: number;
  subject_code: string;
  syllabus: Generated<string>;
  verbal_mark: string | null;
  weekly_lessons: Numeric | null;
}

export interface BeDecision {
  applicant_guardian_id: string | null;
  created_at: Generated<Timestamp>;
  decided_by: string;
  decided_on: string;
  grounds: string;
  id: Generated<string>;
  kind: string;
  pupil_id: string;
  school_id: string | null;
  subject_code: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface BeEnrolment {
  class_id: string | null;
  created_at: Generated<Timestamp>;
  end_date: string | null;
  end_note: string | null;
  end_reason: string | null;
  grade: number;
  id: Generated<string>;
  pupil_id: string;
  school_id: string;
  start_date: string;
}

export interface BeGroup {
  created_at: Generated<Timestamp>;
  grade: number | null;
  id: Generated<string>;
  kind: string;
  name: string;
  school_id: string;
  school_year: number;
  subject_code: string | null;
}

export interface BeGroupMember {
  group_id: string;
  id: Generated<string>;
  pupil_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface BeGroupSupport {
  description: string | null;
  form: string;
  group_id: string;
  id: Generated<string>;
  valid_from: string;
  valid_to: string | null;
}

export interface BeGroupTeacher {
  group_id: string;
  id: Generated<string>;
  staff_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface BeLesson {
  group_id: string;
  id: Generated<string>;
  lesson_date: string;
  period: number;
  subject_code: string | null;
}

export interface BeParameter {
  basis: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  key: string;
  status: string;
  value: Numeric;
}

export interface BeSchool {
  first_grade: Generated<number>;
  last_grade: Generated<number>;
  municipality: Generated<string>;
  municipality_code: string | null;
  oid: string | null;
  school_code: string | null;
  teaching_language: Generated<string>;
  unit_id: string;
}

export interface BeSchoolTrip {
  daily_travel_minutes: number | null;
  distance_km: Numeric;
  home_address: string | null;
  id: Generated<string>;
  measured_on: string;
  method: Generated<string>;
  pupil_id: string;
  school_id: string;
}

export interface BeStaff {
  email: string | null;
  first_names: string;
  id: Generated<string>;
  last_name: string;
  person_id: string | null;
  phone: string | null;
  school_id: string;
  subjects: Generated<string[]>;
  title: string;
  user_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface BeSubjectChoice {
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  language_code: string | null;
  pupil_id: string;
  school_year: number;
  start_grade: number | null;
  subject_code: string;
  weekly_lessons: Numeric | null;
}

export interface BeSupportRecord {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  decided_by: string | null;
  heard_on: string | null;
  heard_person_ids: Generated<string[]>;
  id: Generated<string>;
  kind: string;
  model: string;
  pupil_id: string;
  record_date: string;
  school_id: string;
  summary: string;
  support_forms: Generated<string[]>;
  tier: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface BeTransportDecision {
  decided_by: string;
  decided_on: string;
  eligible: boolean;
  grounds: Generated<string[]>;
  id: Generated<string>;
  kind: string;
  mode: string | null;
  pupil_id: string;
  school_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface BeWelfareRecord {
  author_user_id: string | null;
  content: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  measures: string | null;
  participants: string | null;
  professional: string;
  pupil_id: string;
  recorded_on: string;
  school_id: string;
  topic: string;
}

export interface CitizenSession {
  auth_method: string;
  created_at: Timestamp;
  csrf_token: string;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  person_id: string;
  token_hash: string;
}

export interface EcecAbsence {
  child_id: string;
  created_at: Generated<Timestamp>;
  date: string;
  id: Generated<string>;
  reported_by_person_id: string | null;
  type: string;
}

export interface EcecApplication {
  attachment_received_date: string | null;
  child_id: string;
  created_at: Generated<Timestamp>;
  due_date: string | null;
  due_date_set_manually: Generated<boolean>;
  guardian_id: string;
  hours_per_month: Numeric | null;
  id: Generated<string>;
  other_guardian_consent: string | null;
  other_guardian_id: string | null;
  preferred_start_date: string;
  proposed_end_date: string | null;
  proposed_free_hours_per_month: Numeric | null;
  proposed_group_id: string | null;
  proposed_hours_per_month: Numeric | null;
  proposed_start_date: string | null;
  proposed_unit_id: string | null;
  rejection_reason: string | null;
  sent_date: string;
  sibling_basis: Generated<boolean>;
  sibling_id: string | null;
  status: Generated<string>;
  type: string;
  updated_at: Generated<Timestamp>;
  urgent: Generated<boolean>;
}

export interface EcecApplicationUnit {
  application_id: string;
  priority: number;
  unit_id: string;
}

export interface EcecAttendance {
  arrived: string;
  child_id: string;
  created_at: Generated<Timestamp>;
  date: string;
  departed: string | null;
  id: Generated<string>;
  unit_id: string;
}

export interface EcecAttendanceMonth {
  child_id: string;
  days: number;
  month: string;
  unit_id: string;
}

export interface EcecCitizenCalendarRule {
  absence_closing_days: number;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  max_days_ahead: number;
  reservation_closing_days: number;
  source: string;
}

export interface EcecFeeDecision {
  created_at: Generated<Timestamp>;
  decision_date: string;
  decision_number: Generated<number>;
  family_size: number;
  gross_income: Numeric | null;
  head_of_family_id: string;
  id: Generated<string>;
  language: string;
  parameters_effective_from: string;
  parameters_status: string;
  partner_id: string | null;
  status: Generated<string>;
  superseded_by: string | null;
  total_fee: number;
  valid_from: string;
  valid_to: string | null;
}

export interface EcecFeeDecisionChild {
  base_fee: number;
  child_id: string;
  fee: number;
  fee_decision_id: string;
  hours_per_month: Numeric;
  placement_id: string;
  service_need_percent: Numeric;
  sibling_order: number | null;
  sibling_percent: Numeric;
}

export interface EcecFeeParameters {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  effective_from: string;
  effective_to: string | null;
  fee_percent: Numeric;
  further_child_percent: Numeric;
  id: Generated<string>;
  income_limit_2: number | null;
  income_limit_3: number | null;
  income_limit_4: number | null;
  income_limit_5: number | null;
  income_limit_6: number | null;
  increment_per_child: number | null;
  max_fee: number;
  min_fee: number;
  second_child_percent: Numeric;
  source: string;
  status: string;
  updated_at: Timestamp | null;
  updated_by: string | null;
}

export interface EcecFeeParametersVersion {
  changed_at: Generated<Timestamp>;
  changed_by: string | null;
  id: Generated<string>;
  parameters_id: string;
  previous: Json;
}

export interface EcecGroup {
  end_date: string | null;
  id: Generated<string>;
  name: string;
  start_date: string;
  unit_id: string;
}

export interface EcecIncome {
  created_at: Generated<Timestamp>;
  gross_income: Numeric;
  id: Generated<string>;
  max_fee_accepted: Generated<boolean>;
  person_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface EcecMonthlyFeeRule {
  daily_fee_divisor: number | null;
  effective_from: string;
  effective_to: string | null;
  force_majeure_refunded: Generated<boolean>;
  free_month: number | null;
  free_month_min_months: number | null;
  full_month_absence_requires_notice: Generated<boolean>;
  id: Generated<string>;
  reduced_fee_percent: number;
  sick_days_for_reduced_fee: number;
  source: string;
}

export interface EcecOccupancyParameters {
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  part_day_coefficient: Numeric;
  part_day_max_hours_per_month: Numeric;
  source: string;
  under_3_coefficient: Numeric;
}

export interface EcecPlacement {
  application_id: string | null;
  child_id: string;
  created_at: Generated<Timestamp>;
  end_date: string | null;
  free_hours_per_month: Generated<Numeric>;
  group_id: string | null;
  hours_per_month: Numeric;
  id: Generated<string>;
  start_date: string;
  type: string;
  unit_id: string;
}

export interface EcecPlacementDecision {
  application_id: string | null;
  created_at: Generated<Timestamp>;
  decided_by: string | null;
  decision_date: string;
  decision_number: Generated<number>;
  id: Generated<string>;
  language: string;
  placement_id: string;
}

export interface EcecProvider {
  business_id: string | null;
  created_at: Generated<Timestamp>;
  email: string | null;
  id: Generated<string>;
  kind: string;
  last_supervision_date: string | null;
  name: string;
  person_id: string | null;
  phone: string | null;
  registered_on: string | null;
  supervision_notes: string | null;
  voucher_eligible: Generated<boolean>;
}

export interface EcecReservation {
  child_id: string;
  created_at: Generated<Timestamp>;
  created_by_person_id: string | null;
  created_by_user_id: string | null;
  date: string;
  end_time: string;
  id: Generated<string>;
  start_time: string;
}

export interface EcecServiceNeedTier {
  created_at: Generated<Timestamp>;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  label_en: string;
  label_fi: string;
  label_sv: string;
  max_hours_per_month: Numeric | null;
  percent: Numeric;
  source: string;
}

export interface EcecStaff {
  email: string | null;
  end_date: string | null;
  first_name: string;
  group_id: string | null;
  id: Generated<string>;
  last_name: string;
  phone: string | null;
  start_date: string;
  title: string | null;
  unit_id: string;
  user_id: string | null;
}

export interface EcecUnit {
  capacity: Numeric;
  created_at: Generated<Timestamp>;
  language: Generated<string>;
  provider_id: string | null;
  provider_type: string;
  unit_id: string;
}

export interface EcecVasuVersion {
  authored_by: string | null;
  child_id: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  sections: Json;
  version: number;
  visible_to_guardians: Generated<boolean>;
}

export interface EcecVoucherCoefficient {
  coefficient: Numeric;
  created_at: Generated<Timestamp>;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  label_en: string;
  label_fi: string;
  label_sv: string;
  max_hours_per_month: Numeric | null;
  source: string;
}

export interface EcecVoucherValue {
  base_value: number;
  base_value_under_3: number;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  source: string;
}

export interface EcecVoucherValueDecision {
  base_co_payment: number | null;
  base_value: number | null;
  child_id: string;
  co_payment: number;
  created_at: Generated<Timestamp>;
  decision_date: string;
  decision_number: Generated<number>;
  family_size: number | null;
  fee_decision_id: string | null;
  gross_income: Numeric | null;
  head_of_family_id: string;
  hours_per_month: Numeric | null;
  id: Generated<string>;
  language: Generated<string>;
  parameters_effective_from: string | null;
  partner_id: string | null;
  placement_id: string;
  service_need_percent: Numeric;
  sibling_order: number | null;
  sibling_percent: Numeric | null;
  status: Generated<string>;
  superseded_by: string | null;
  unit_id: string;
  valid_from: string;
  valid_to: string | null;
  value_coefficient: Numeric | null;
  voucher_value: number;
}

export interface ElderlyApplication {
  assessment_completed_on: string | null;
  assessment_start_due: string | null;
  assessment_started_on: string | null;
  created_at: Generated<Timestamp>;
  deadline_parameter_id: string | null;
  highest_care_allowance: Generated<boolean>;
  id: Generated<string>;
  kind: string;
  person_id: string;
  processing_due: string | null;
  received_on: string;
  status: Generated<string>;
  urgent_statutory: boolean;
}

export interface ElderlyCareRecord {
  author_user_id: string | null;
  correction_reason: string | null;
  corrects_id: string | null;
  id: Generated<string>;
  kind: string;
  person_id: string;
  recorded_at: Timestamp;
  text: string;
  unit_id: string;
}

export interface ElderlyClient {
  created_at: Generated<Timestamp>;
  end_date: string | null;
  id: Generated<string>;
  person_id: string;
  start_date: string;
  unit_id: string;
}

export interface ElderlyContactPerson {
  client_id: string;
  id: Generated<string>;
  name: string | null;
  person_id: string | null;
  phone: string | null;
  relation: string;
}

export interface ElderlyDeadlineParameter {
  arrange_within_months: number;
  assessment_start_working_days: number;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  processing_months: number;
  source: string;
  status: string;
  urgent_age: number;
}

export interface ElderlyFeeDecision {
  created_at: Generated<Timestamp>;
  gross_income: Numeric;
  household_size: number;
  id: Generated<string>;
  income_limit: Numeric;
  monthly_fee: Numeric;
  parameter_id: string;
  parameters_unverified: boolean;
  percent: Numeric;
  person_id: string;
  service_decision_id: string;
  service_hours: number;
  valid_from: string;
  valid_to: string | null;
}

export interface ElderlyHomeCareFeeParameter {
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  income_limit_1: number;
  income_limit_2: number;
  income_limit_3: number;
  income_limit_4: number;
  income_limit_5: number;
  income_limit_6: number;
  increment_per_person: number;
  max_percent_1: Numeric | null;
  max_percent_2: Numeric | null;
  max_percent_3: Numeric | null;
  max_percent_4: Numeric | null;
  max_percent_5: Numeric | null;
  max_percent_6: Numeric | null;
  source: string;
  status: string;
  uses_hours_table: boolean;
}

export interface ElderlyHomeCareFeePercent {
  effective_from: string;
  id: Generated<string>;
  percent_1: Numeric;
  percent_2: Numeric;
  percent_3: Numeric;
  percent_4: Numeric;
  percent_5: Numeric;
  percent_6: Numeric;
  service_hours: number;
}

export interface ElderlyInvoice {
  amount: Numeric;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  days: number;
  fee_decision_id: string;
  id: Generated<string>;
  invoice_date: string;
  month: string;
  person_id: string;
}

export interface ElderlyProvider {
  active: Generated<boolean>;
  business_id: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  name: string;
  services: Generated<string[]>;
}

export interface ElderlyServiceDecision {
  application_id: string | null;
  arrange_by: string | null;
  created_at: Generated<Timestamp>;
  decided_by: string | null;
  decided_on: string;
  hours_per_month: Numeric | null;
  id: Generated<string>;
  outcome: string;
  person_id: string;
  provider_id: string | null;
  reasoning: string | null;
  service_type: string;
  starts_on: string | null;
}

export interface ElderlyServicePlan {
  client_participated: boolean;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  goals: string;
  id: Generated<string>;
  person_id: string;
  services: string;
  valid_from: string;
  version: number;
}

export interface InformationRequest {
  channel: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  decided_on: string | null;
  delivered_on: string | null;
  delivery_channel: string | null;
  extension_reason: string | null;
  id: Generated<string>;
  identification_method: string;
  kind: string;
  language: Generated<string>;
  large: Generated<boolean>;
  outcome: string | null;
  received_on: string;
  requester_kind: string;
  requester_name: string | null;
  requester_person_id: string | null;
  status: Generated<string>;
  subject_person_id: string;
  updated_at: Generated<Timestamp>;
}

export interface InformationRequestDeadline {
  created_at: Generated<Timestamp>;
  due_on: string;
  id: Generated<string>;
  kind: string;
  legal_parameter_id: string;
  request_id: string;
  superseded: Generated<boolean>;
}

export interface InformationRequestItem {
  data: Json;
  dataset_id: string;
  decision: Generated<string>;
  id: Generated<string>;
  item_date: string | null;
  item_key: string;
  legal_ground: string | null;
  other_person_ids: Generated<string[]>;
  redacted_fields: Generated<string[]>;
  register_id: string;
  request_id: string;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  role: string;
  title: Json;
}

export interface LegalParameter {
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  key: string;
  law: string;
  source: string;
  status: string;
  value: Json;
}

export interface LibraryBiblio {
  author: string | null;
  control_number: string | null;
  control_source: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  isbn: string | null;
  language: string | null;
  marc: Json | null;
  publication_year: number | null;
  publisher: string | null;
  search: Generated<string | null>;
  search_text: Generated<string>;
  title: string;
  updated_at: Generated<Timestamp>;
}

export interface LibraryDevice {
  created_at: Generated<Timestamp>;
  disabled_on: string | null;
  id: Generated<string>;
  kind: string;
  login: string;
  name: string;
  secret_hash: string;
  unit_id: string;
}

export interface LibraryDoorEvent {
  device_id: string | null;
  id: Generated<string>;
  occurred_at: Timestamp;
  outcome: string;
  patron_id: string | null;
  unit_id: string;
}

export interface LibraryFee {
  amount: Numeric;
  cancelled_on: string | null;
  charged_on: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  loan_id: string | null;
  paid_on: string | null;
  parameter_id: string | null;
  patron_id: string;
}

export interface LibraryHold {
  biblio_id: string;
  closed_on: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  item_id: string | null;
  loan_id: string | null;
  not_needed_after: string | null;
  patron_id: string;
  pickup_by: string | null;
  pickup_unit_id: string;
  placed_at: Timestamp;
  placed_on: string;
  status: string;
  waiting_from: string | null;
}

export interface LibraryItem {
  barcode: string;
  biblio_id: string;
  call_number: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  item_type: string;
  unit_id: string;
  withdrawn_on: string | null;
}

export interface LibraryItemType {
  code: string;
  name_en: string;
  name_fi: string;
  name_sv: string;
}

export interface LibraryLoan {
  created_at: Generated<Timestamp>;
  device_id: string | null;
  due_on: string;
  id: Generated<string>;
  item_id: string;
  loaned_on: string;
  patron_id: string;
  renewals: Generated<number>;
  returned_on: string | null;
  unit_id: string;
}

export interface LibraryLoanRule {
  created_at: Generated<Timestamp>;
  effective_from: string;
  effective_to: string | null;
  holdable: boolean;
  id: Generated<string>;
  item_type: string;
  loan_period_days: number;
  max_renewals: number;
  source: string;
  status: string;
}

export interface LibraryOverdueNotice {
  channel: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  level: number;
  loan_id: string;
  sent_on: string;
}

export interface LibraryParameter {
  block_threshold: Numeric;
  created_at: Generated<Timestamp>;
  effective_from: string;
  effective_to: string | null;
  grace_days: Generated<number>;
  guardian_consent_below_age: number;
  hold_pickup_days: number;
  id: Generated<string>;
  late_fee_max_per_item: Numeric;
  late_fee_per_day: Numeric;
  max_holds: number;
  max_loans: number;
  max_pin_failures: number;
  overdue_notice_days: number[];
  self_service_min_age: number;
  source: string;
  status: string;
  unclaimed_hold_fee: Numeric;
}

export interface LibraryPatron {
  card_number: string;
  /**
   * The first day the card is no longer valid.
   */
  closed_on: string | null;
  created_at: Generated<Timestamp>;
  guardian_consent_on: string | null;
  guardian_consent_person_id: string | null;
  home_unit_id: string;
  id: Generated<string>;
  person_id: string;
  pin_failures: Generated<number>;
  pin_hash: string;
  registered_on: string;
  self_service_from: string | null;
}

export interface LibraryPatronBlock {
  blocked_from: string;
  blocked_to: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  lifted_on: string | null;
  patron_id: string;
  reason: string;
}

export interface LoginFailure {
  id: Generated<number>;
  occurred_at: Timestamp;
  username_key: string;
}

export interface NameWord {
  word: string;
}

export interface OrganisationSetting {
  key: string;
  updated_at: Generated<Timestamp>;
  value: Json;
}

export interface OrganisationUnit {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  language: Generated<string>;
  name: string;
  parent_id: string | null;
  post_office: string | null;
  postal_code: string | null;
  register_id: string | null;
  street_address: string | null;
}

export interface Person {
  birth_date: string;
  calling_name: string | null;
  contact_language: Generated<string>;
  created_at: Generated<Timestamp>;
  date_of_death: string | null;
  email: string | null;
  external_key: string | null;
  first_names: string;
  hetu: string | null;
  hetu_temporary: Generated<boolean>;
  id: Generated<string>;
  last_name: string;
  municipality_code: string | null;
  native_language: string | null;
  non_disclosure: Generated<boolean>;
  phone: string | null;
  sex: string | null;
  updated_at: Generated<Timestamp>;
}

export interface PersonAddress {
  id: Generated<string>;
  person_id: string;
  post_office: string | null;
  postal_code: string | null;
  street_address: string;
  valid_from: string;
  valid_to: string | null;
}

export interface PersonNameIndex {
  folded: string;
  kind: string;
  person_id: string;
  source_id: string;
}

export interface PersonNameWord {
  kind: string;
  person_id: string;
  word: string;
}

export interface PersonPreviousName {
  changed_on: string | null;
  first_names: string;
  id: Generated<string>;
  last_name: string;
  person_id: string;
}

export interface PersonRelationship {
  id: Generated<string>;
  kind: string;
  person_id: string;
  related_person_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface RoleGrant {
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  role: string;
  unit_id: string | null;
  user_id: string;
}

export interface SocialApplication {
  created_at: Generated<Timestamp>;
  highest_care_allowance: Generated<boolean>;
  id: Generated<string>;
  kind: string;
  person_id: string;
  received_on: string;
  special_support_child: Generated<boolean>;
  status: Generated<string>;
  summary: string | null;
  unit_id: string;
}

export interface SocialClient {
  created_at: Generated<Timestamp>;
  end_date: string | null;
  id: Generated<string>;
  person_id: string;
  service_area: string;
  start_date: string;
  unit_id: string;
}

export interface SocialClientPlan {
  client_participated: Generated<boolean>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  goals: string;
  id: Generated<string>;
  measures: string;
  person_id: string;
  valid_from: string;
  version: number;
}

export interface SocialContact {
  client_id: string;
  id: Generated<string>;
  name: string | null;
  person_id: string | null;
  phone: string | null;
  relation: string;
}

export interface SocialDeadline {
  application_id: string | null;
  due_on: string;
  id: Generated<string>;
  kind: string;
  met_on: string | null;
  notification_id: string | null;
  parameter_id: string | null;
  pending_since: string;
  person_id: string;
}

export interface SocialDeadlineParameter {
  assessment_start_working_days: number;
  child_welfare_completion_months: number;
  child_welfare_decision_working_days: number;
  effective_from: string;
  effective_to: string | null;
  id: Generated<string>;
  processing_months: number;
  source: string;
  special_support_completion_months: number;
  status: string;
  urgent_age: number;
}

export interface SocialDecision {
  application_id: string | null;
  created_at: Generated<Timestamp>;
  decided_by: string | null;
  decided_on: string;
  id: Generated<string>;
  kind: string;
  notification_id: string | null;
  person_id: string;
  text: string;
}

export interface SocialNarrativeEntry {
  author_user_id: string | null;
  correction_reason: string | null;
  corrects_id: string | null;
  id: Generated<string>;
  person_id: string;
  recorded_at: Timestamp;
  text: string;
  unit_id: string;
}

export interface SocialNotification {
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  person_id: string;
  received_on: string;
  summary: string;
  unit_id: string;
  urgent: boolean;
}

export interface SocialNotifier {
  id: Generated<string>;
  identity_protected: boolean;
  name: string | null;
  notification_id: string;
  notifier_role: string;
  person_id: string | null;
}

export interface SocialSituation {
  area: string;
  created_by: string | null;
  id: Generated<string>;
  person_id: string;
  recorded_on: string;
  text: string;
}

export interface UserSession {
  created_at: Timestamp;
  csrf_token: string;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  token_hash: string;
  user_id: string;
}

export interface DB {
  app_user: AppUser;
  audit_event: AuditEvent;
  be_absence: BeAbsence;
  be_absence_alert: BeAbsenceAlert;
  be_activity_attendance: BeActivityAttendance;
  be_activity_enrolment: BeActivityEnrolment;
  be_assessment: BeAssessment;
  be_decision: BeDecision;
  be_enrolment: BeEnrolment;
  be_group: BeGroup;
  be_group_member: BeGroupMember;
  be_group_support: BeGroupSupport;
  be_group_teacher: BeGroupTeacher;
  be_lesson: BeLesson;
  be_parameter: BeParameter;
  be_school: BeSchool;
  be_school_trip: BeSchoolTrip;
  be_staff: BeStaff;
  be_subject_choice: BeSubjectChoice;
  be_support_record: BeSupportRecord;
  be_transport_decision: BeTransportDecision;
  be_welfare_record: BeWelfareRecord;
  citizen_session: CitizenSession;
  ecec_absence: EcecAbsence;
  ecec_application: EcecApplication;
  ecec_application_unit: EcecApplicationUnit;
  ecec_attendance: EcecAttendance;
  ecec_attendance_month: EcecAttendanceMonth;
  ecec_citizen_calendar_rule: EcecCitizenCalendarRule;
  ecec_fee_decision: EcecFeeDecision;
  ecec_fee_decision_child: EcecFeeDecisionChild;
  ecec_fee_parameters: EcecFeeParameters;
  ecec_fee_parameters_version: EcecFeeParametersVersion;
  ecec_group: EcecGroup;
  ecec_income: EcecIncome;
  ecec_monthly_fee_rule: EcecMonthlyFeeRule;
  ecec_occupancy_parameters: EcecOccupancyParameters;
  ecec_placement: EcecPlacement;
  ecec_placement_decision: EcecPlacementDecision;
  ecec_provider: EcecProvider;
  ecec_reservation: EcecReservation;
  ecec_service_need_tier: EcecServiceNeedTier;
  ecec_staff: EcecStaff;
  ecec_unit: EcecUnit;
  ecec_vasu_version: EcecVasuVersion;
  ecec_voucher_coefficient: EcecVoucherCoefficient;
  ecec_voucher_value: EcecVoucherValue;
  ecec_voucher_value_decision: EcecVoucherValueDecision;
  elderly_application: ElderlyApplication;
  elderly_care_record: ElderlyCareRecord;
  elderly_client: ElderlyClient;
  elderly_contact_person: ElderlyContactPerson;
  elderly_deadline_parameter: ElderlyDeadlineParameter;
  elderly_fee_decision: ElderlyFeeDecision;
  elderly_home_care_fee_parameter: ElderlyHomeCareFeeParameter;
  elderly_home_care_fee_percent: ElderlyHomeCareFeePercent;
  elderly_invoice: ElderlyInvoice;
  elderly_provider: ElderlyProvider;
  elderly_service_decision: ElderlyServiceDecision;
  elderly_service_plan: ElderlyServicePlan;
  information_request: InformationRequest;
  information_request_deadline: InformationRequestDeadline;
  information_request_item: InformationRequestItem;
  legal_parameter: LegalParameter;
  library_biblio: LibraryBiblio;
  library_device: LibraryDevice;
  library_door_event: LibraryDoorEvent;
  library_fee: LibraryFee;
  library_hold: LibraryHold;
  library_item: LibraryItem;
  library_item_type: LibraryItemType;
  library_loan: LibraryLoan;
  library_loan_rule: LibraryLoanRule;
  library_overdue_notice: LibraryOverdueNotice;
  library_parameter: LibraryParameter;
  library_patron: LibraryPatron;
  library_patron_block: LibraryPatronBlock;
  login_failure: LoginFailure;
  name_word: NameWord;
  organisation_setting: OrganisationSetting;
  organisation_unit: OrganisationUnit;
  person: Person;
  person_address: PersonAddress;
  person_name_index: PersonNameIndex;
  person_name_word: PersonNameWord;
  person_previous_name: PersonPreviousName;
  person_relationship: PersonRelationship;
  role_grant: RoleGrant;
  social_application: SocialApplication;
  social_client: SocialClient;
  social_client_plan: SocialClientPlan;
  social_contact: SocialContact;
  social_deadline: SocialDeadline;
  social_deadline_parameter: SocialDeadlineParameter;
  social_decision: SocialDecision;
  social_narrative_entry: SocialNarrativeEntry;
  social_notification: SocialNotification;
  social_notifier: SocialNotifier;
  social_situation: SocialSituation;
  user_session: UserSession;
}
