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

export interface LoginFailure {
  id: Generated<number>;
  occurred_at: Timestamp;
  username_key: string;
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
  legal_parameter: LegalParameter;
  login_failure: LoginFailure;
  organisation_setting: OrganisationSetting;
  organisation_unit: OrganisationUnit;
  person: Person;
  person_address: PersonAddress;
  person_name_index: PersonNameIndex;
  person_previous_name: PersonPreviousName;
  person_relationship: PersonRelationship;
  role_grant: RoleGrant;
  user_session: UserSession;
}
