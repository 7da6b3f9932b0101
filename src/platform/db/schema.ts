// The tables of the whole database as Kysely sees them. Instants are ISO-8601 UTC strings on both engines
// (PostgreSQL timestamptz values are normalised to the same form in platform/db/database.ts).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids from the root, '/root/…/self/': ancestry checks are a prefix test. */
  path: string;
  name: string;
  type: string;
  ods_code: string | null;
  dspt_category: string | null;
  /** 'privileged' or 'everyone': who must use a second factor. */
  mfa_policy: Generated<string>;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  deactivated_at: string | null;
  failed_login_count: number;
  locked_until: string | null;
  /** When the current run of failed sign-ins last grew (the run ends after a day without one). */
  last_failed_login_at: string | null;
  last_login_at: string | null;
  /** Identifier in the provisioning identity provider (SCIM externalId). */
  external_id: Generated<string | null>;
  /** 'local', or 'scim' when an identity provider provisions the account. */
  managed_by: Generated<string>;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MembershipTable {
  id: string;
  user_id: string;
  org_id: string;
  role: string;
  /** 'manual', 'sso' or 'scim': mapped roles are recomputed from groups; manual ones are left alone. */
  source: Generated<string>;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the session token: a stolen database does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  /** 'complete', 'second-factor' (owes a second factor) or 'enrolment' (must enrol one first). */
  stage: Generated<string>;
  /** 'password', 'passkey', 'sso' */
  auth_method: Generated<string>;
  /** When the session gave or enrolled a second factor (or signed in with two at once); null if it has not. */
  second_factor_at: Generated<string | null>;
}

export interface TotpCredentialTable {
  user_id: string;
  secret_sealed: string;
  confirmed_at: string | null;
  last_step: Generated<number>;
  created_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface PasskeyTable {
  id: string;
  user_id: string;
  name: string;
  public_key: string;
  counter: number;
  transports: string | null;
  device_type: string | null;
  backed_up: number;
  created_at: string;
  last_used_at: string | null;
}

export interface AuthChallengeTable {
  id: string;
  purpose: string;
  user_id: string | null;
  data_json: string;
  expires_at: string;
}

export interface SsoConnectionTable {
  id: string;
  org_id: string;
  name: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string | null;
  allowed_domains_json: string;
  groups_claim: string;
  group_roles_json: string;
  jit_provisioning: number;
  trust_idp_mfa: number;
  enabled: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SsoIdentityTable {
  connection_id: string;
  subject: string;
  user_id: string;
  created_at: string;
  last_login_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  token_hash: string;
  kind: string;
  name: string;
  user_id: string | null;
  org_id: string | null;
  scopes_json: string;
  roles_json: string;
  /** The first characters of the token, shown so people can tell their tokens apart. */
  prefix: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  created_by: string;
  created_at: string;
}

export interface ScimGroupTable {
  id: string;
  org_id: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ScimGroupMemberTable {
  group_id: string;
  user_id: string;
}

export interface ScimProvisionedTable {
  org_id: string;
  user_id: string;
  created_at: string;
}

export interface AccountLinkTable {
  id: string;
  token_hash: string;
  /** 'invitation' or 'password-reset' */
  purpose: string;
  email: string;
  name: string | null;
  user_id: string | null;
  org_id: string | null;
  roles_json: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  /** When the invited person said no. */
  declined_at: string | null;
  created_by: string;
  created_at: string;
}

/** Failed sign-ins for an email address with no usable account, keyed by a hash of the address. */
export interface SignInThrottleTable {
  email_hash: string;
  failed_count: number;
  locked_until: string | null;
  updated_at: string;
}

export interface AuditEventTable {
  /** Position in the chain, assigned under the audit_head lock. */
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string;
  org_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  /** HMAC-SHA-256 under the key named by key_id; a plain SHA-256 for records from before the trail was keyed. */
  hash: string;
  /** Which configured key sealed the record; null for records written before the trail was keyed. */
  key_id: string | null;
}

export interface AuditHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
  /** MAC of (last_seq, last_hash) under the last record's key: where the trail ends, sealed. */
  head_mac: string | null;
}

/** A framework version: shipped from content/ or imported by a system administrator. */
export interface CatalogueTable {
  id: string;
  /** The catalogue's id in its file ('caf', 'dspt'); with version, unique. */
  key: string;
  version: string;
  name: string;
  short_name: string | null;
  kind: string;
  description: string | null;
  source: 'shipped' | 'imported';
  provenance_json: string;
  levels_json: string;
  default_levels_json: string | null;
  groups_json: string | null;
  status_labels_json: string | null;
  /** SHA-256 of the file it was loaded from: shipped content is reloaded only when it changes. */
  content_hash: string;
  loaded_at: string;
}

export interface CatalogueNodeTable {
  catalogue_id: string;
  ref: string;
  parent_ref: string | null;
  type: string;
  title: string;
  description: string | null;
  guidance: string | null;
  assessable: number;
  levels_json: string | null;
  groups_json: string | null;
  attributes_json: string | null;
  depth: number;
  /** Position in the whole tree, depth-first. */
  sort_order: number;
  /** The publisher's own text, imported by this installation (never shipped); kept when shipped content reloads. */
  local_text_json: string | null;
}

export interface CatalogueProfileTable {
  catalogue_id: string;
  profile_id: string;
  name: string;
  description: string | null;
  expected_json: string;
  origin: 'file' | 'local';
  sort_order: number;
  updated_at: string;
}

export interface CatalogueMappingSetTable {
  id: string;
  key: string;
  name: string;
  description: string | null;
  source_key: string;
  source_version: string;
  target_key: string;
  target_version: string;
  source: 'shipped' | 'imported';
  provenance_json: string;
  content_hash: string;
  loaded_at: string;
}

export interface CatalogueMappingLinkTable {
  set_id: string;
  sort_order: number;
  source_ref: string;
  target_ref: string;
  relation: string;
  note: string | null;
}

/** One organisation's own expected levels and status labels for one catalogue version. */
export interface OrganisationCatalogueSettingsTable {
  org_id: string;
  catalogue_id: string;
  /** node ref → level id (or 'not-applicable'). */
  expected_json: string;
  /** The catalogue profile it started from; its levels fill refs the organisation has not set. */
  base_profile_id: string | null;
  /** status label id → label; null means the catalogue's own labels. */
  status_labels_json: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** One run of an import: the file, how it was read, and what it changed. */
export interface ImportRunTable {
  id: string;
  org_id: string;
  kind: string;
  file_name: string;
  content_hash: string;
  mapping_json: string;
  mapping_name: string | null;
  mode: string;
  status: string;
  as_of: string;
  rows_read: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  rows_rejected: Generated<number>;
  problem_count: Generated<number>;
  problems_json: Generated<string>;
  outcome: string | null;
  actor_id: string | null;
  actor_label: string;
  started_at: string;
  finished_at: string | null;
  /** The record the file was imported into, for kinds that import into one (an assessment). */
  target: Generated<string | null>;
}

/** The rejected rows of an uploaded skip-invalid run, as the CSV the person downloads. */
export interface ImportRejectsTable {
  run_id: string;
  org_id: string;
  csv: Buffer;
  created_at: string;
}

/** A column mapping an organisation saved for one kind of import, under a name. */
export interface ImportMappingTable {
  id: string;
  org_id: string;
  kind: string;
  name: string;
  mapping_json: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A piece of evidence an organisation holds: a file, a link or a note, with the dates that make it current. */
export interface EvidenceItemTable {
  id: string;
  org_id: string;
  title: string;
  /** 'file', 'link' or 'note'. */
  kind: string;
  description: string | null;
  owner_id: string | null;
  /** UK calendar dates, YYYY-MM-DD. */
  valid_from: string | null;
  expires_on: string | null;
  review_on: string | null;
  current_version: number;
  version: Generated<number>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
  archived_at: string | null;
}

/** One version of a piece of evidence: a file's bytes and what they are, a link, or a note's text. */
export interface EvidenceVersionTable {
  item_id: string;
  number: number;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
  url: string | null;
  note_text: string | null;
  created_at: string;
  created_by: string | null;
}


/** An organisation's self-assessment against one catalogue version for one period. */
export interface AssessmentTable {
  id: string;
  org_id: string;
  catalogue_key: string;
  catalogue_version: string;
  title: string;
  period: string;
  response_style: string;
  implementation_groups_json: string | null;
  profile: string | null;
  status_rule_json: string;
  due_on: string | null;
  state: string;
  previous_id: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  snapshot_json: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** One requirement's answer in an assessment. */
export interface AssessmentResponseTable {
  assessment_id: string;
  node_ref: string;
  chosen_level: string | null;
  derived_level: string | null;
  level: string | null;
  not_applicable_reason: string | null;
  override_reason: string | null;
  indicator_answers_json: string | null;
  dimensions_json: string | null;
  narrative: string | null;
  owner_id: string | null;
  due_on: string | null;
  review_state: string;
  origin: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AssessmentResponseEvidenceTable {
  assessment_id: string;
  node_ref: string;
  evidence_id: string;
  linked_at: string;
  linked_by: string | null;
}

export interface AssessmentReviewTable {
  assessment_id: string;
  reviewer: string | null;
  opinion: string | null;
  summary: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AssessmentReviewLevelTable {
  assessment_id: string;
  node_ref: string;
  level: string;
  note: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface AssessmentReminderTable {
  assessment_id: string;
  node_ref: string;
  account_id: string;
  kind: string;
  sent_on: string;
}

/** An incident in an organisation's register. Lists are JSON text. */
export interface IncidentTable {
  id: string;
  org_id: string;
  reference: string;
  title: string;
  description: string | null;
  kind: string;
  severity: string;
  cia_json: string;
  nis: number;
  detection_source: string | null;
  owner_id: string | null;
  affected_assets_json: string;
  data_subjects_json: string;
  subjects_count: number | null;
  records_count: number | null;
  alert_refs_json: string;
  breach_likelihood: number | null;
  breach_harm: number | null;
  origin: string;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface IncidentNumberTable {
  org_id: string;
  year: number;
  last: number;
}

/** One entry on an incident's timeline, never changed: a correction is a new entry naming the one it replaces. */
export interface IncidentEventTable {
  id: string;
  incident_id: string;
  seq: number;
  kind: string;
  at: string | null;
  estimated: number;
  text: string | null;
  evidence_id: string | null;
  corrects: string | null;
  reason: string | null;
  recorded_at: string;
  recorded_by: string | null;
}

export interface IncidentNotificationTable {
  id: string;
  incident_id: string;
  recipient: string;
  recipient_name: string | null;
  sent_at: string;
  reference: string | null;
  note: string | null;
  recorded_at: string;
  recorded_by: string | null;
}

export interface IncidentReviewTable {
  incident_id: string;
  held_on: string | null;
  root_cause: string | null;
  summary: string | null;
  went_well: string | null;
  to_improve: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface IncidentActionTable {
  id: string;
  incident_id: string;
  title: string;
  owner_id: string | null;
  due_on: string | null;
  done_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface IncidentEvidenceTable {
  incident_id: string;
  evidence_id: string;
  linked_at: string;
  linked_by: string | null;
}

export interface IncidentSettingsTable {
  org_id: string;
  targets_json: string;
  dhsc_likelihood_at_least: number;
  dhsc_harm_at_least: number;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** An exercise of the incident response plan: planned, running (started_at set) or completed (ended_at set). */
export interface ExerciseTable {
  id: string;
  org_id: string;
  reference: string;
  title: string;
  scenario_id: string | null;
  format: string;
  description: string | null;
  objectives_json: string;
  planned_for: string | null;
  started_at: string | null;
  ended_at: string | null;
  evidence_id: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ExerciseNumberTable {
  org_id: string;
  year: number;
  last: number;
}

export interface ExerciseParticipantTable {
  id: string;
  exercise_id: string;
  seq: number;
  name: string;
  role: string;
  account_id: string | null;
}

export interface ExerciseInjectTable {
  id: string;
  exercise_id: string;
  seq: number;
  at_minute: number;
  text: string;
  released_at: string | null;
  released_by: string | null;
}

export interface ExerciseDecisionPointTable {
  id: string;
  exercise_id: string;
  seq: number;
  key: string;
  label: string;
  target_minutes: number;
  reached_at: string | null;
  note: string | null;
  recorded_at: string | null;
  recorded_by: string | null;
}

export interface ExerciseObservationTable {
  id: string;
  exercise_id: string;
  at: string;
  text: string;
  recorded_at: string;
  recorded_by: string | null;
}

export interface ExerciseFindingTable {
  id: string;
  exercise_id: string;
  seq: number;
  title: string;
  detail: string | null;
  bottleneck: string;
  severity: string;
  decision_point_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ExerciseActionTable {
  id: string;
  exercise_id: string;
  finding_id: string;
  seq: number;
  title: string;
  owner_id: string | null;
  due_on: string | null;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** A supplier of services or systems to the organisation, with its contract, DSPT status and certifications. */
export interface SupplierTable {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  companies_house_number: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  services: string | null;
  contract_reference: string | null;
  contract_starts_on: string | null;
  contract_ends_on: string | null;
  dspt_status: string | null;
  dspt_year: string | null;
  certifications_json: string;
  notes: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** An entry in the information asset register; archived rather than deleted. Booleans are 0/1. */
export interface InformationAssetTable {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  asset_type: string;
  description: string | null;
  owner_id: string | null;
  owner_name: string | null;
  administrator_id: string | null;
  administrator_name: string | null;
  criticality: string;
  hosting: string | null;
  hosting_region: string | null;
  supplier_id: string | null;
  support_ends_on: string | null;
  personal_data: number;
  special_category_data: number;
  patient_data: number;
  record_volume: number | null;
  encryption_at_rest: string;
  mfa: string;
  backup_restore_tested_on: string | null;
  continuity_plan: number;
  continuity_plan_reference: string | null;
  notes: string | null;
  archived_at: string | null;
  archived_by: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A flow of data between the organisation's assets, its suppliers and other organisations; archived rather than deleted. */
export interface DataFlowTable {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  description: string | null;
  from_asset_id: string | null;
  from_supplier_id: string | null;
  from_party: string | null;
  to_asset_id: string | null;
  to_supplier_id: string | null;
  to_party: string | null;
  /** JSON array of data category ids. */
  data_categories: string;
  /** JSON array of data subject ids. */
  data_subjects: string;
  personal_data: number;
  special_category_data: number;
  patient_data: number;
  record_volume: number | null;
  purpose: string | null;
  direct_care: number;
  lawful_basis: string | null;
  special_category_condition: string | null;
  schedule_1_condition: string | null;
  cldc_basis: string | null;
  cag_reference: string | null;
  national_data_opt_out: string | null;
  transfer_method: string | null;
  encrypted_in_transit: string;
  frequency: string | null;
  agreement_type: string | null;
  agreement_reference: string | null;
  agreement_expires_on: string | null;
  international_transfer: number;
  destination_country: string | null;
  transfer_safeguard: string | null;
  retention: string | null;
  notes: string | null;
  archived_at: string | null;
  archived_by: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** An action made from a risk flag of the register: what the flag said then, who does it, by when, where it stands. */
export interface RegisterActionTable {
  id: string;
  org_id: string;
  flag_key: string;
  rule: string;
  severity: string;
  subject_kind: string;
  subject_id: string;
  subject_name: string;
  title: string;
  owner_id: string | null;
  due_on: string | null;
  status: 'open' | 'in-progress' | 'done';
  closed_at: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** The record of processing's controller and DPO details (UK GDPR Art 30(1)(a)): one row per organisation. */
export interface RopaDetailsTable {
  org_id: string;
  controller_contact: string | null;
  dpo_name: string | null;
  dpo_contact: string | null;
  representative: string | null;
  joint_controllers: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** A data protection impact assessment; its state is worked out from these columns, never stored. */
export interface DpiaTable {
  id: string;
  org_id: string;
  reference: string;
  title: string;
  description: string | null;
  owner_id: string | null;
  screening_json: string;
  not_required_reason: string | null;
  necessity: string | null;
  consultation: string | null;
  assessment_version: number;
  dpo_advice: string | null;
  dpo_advice_by: string | null;
  dpo_advice_at: string | null;
  dpo_advice_version: number | null;
  sign_off_outcome: string | null;
  sign_off_conditions: string | null;
  sign_off_by: string | null;
  sign_off_at: string | null;
  review_on: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface DpiaNumberTable {
  org_id: string;
  year: number;
  last: number;
}

/** One risk to people that a DPIA weighs, before and after its measures. */
export interface DpiaRiskTable {
  id: string;
  dpia_id: string;
  seq: number;
  description: string;
  likelihood: string;
  severity: string;
  measures: string | null;
  residual_likelihood: string;
  residual_severity: string;
}

export interface DpiaAssetTable {
  dpia_id: string;
  asset_id: string;
}

export interface DpiaFlowTable {
  dpia_id: string;
  flow_id: string;
}

/** Something the app tells one person, once (per dedupe key), kept until read. */
export interface NotificationTable {
  id: string;
  account_id: string;
  org_id: string | null;
  dedupe_key: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

/** The names of an organisation's detection rules and analysts, numbered for the alerts that use them. */
export interface AlertNameTable {
  org_id: string;
  kind: 'rule' | 'owner';
  id: number;
  name: string;
}

/** An organisation's number in its alerts, and how many alert imports it has run. */
export interface AlertOrgTable {
  org_key: Generated<number>;
  org_id: string;
  runs: number;
}

/** One alert in its latest state. Instants are epoch milliseconds (bigint on PostgreSQL, read back as numbers). */
export interface AlertTable {
  org_key: number;
  /** Index into ALERT_SOURCES. */
  source: number;
  alert_id: string;
  rule_id: number;
  owner_id: number | null;
  /** Index into ALERT_SEVERITIES, ALERT_STATUSES and CLASSIFICATIONS. */
  severity: number;
  status: number;
  classification: number | null;
  created_ms: number;
  triaged_ms: number | null;
  closed_ms: number | null;
  modified_ms: number;
  /** The organisation's alert import (alert_orgs.runs) that wrote this state. */
  run_no: number;
  /** The run that wrote the state this one replaced; null for an alert's first. */
  replaced_run_no: Generated<number | null>;
  /** What the triage report reads of the alert, as 32 hexadecimal digits (see alerts/store.ts packedSql). */
  packed: string;
}

export interface AlertSettingsTable {
  org_id: string;
  targets_json: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AlertActionTable {
  id: string;
  org_id: string;
  finding_key: string;
  title: string;
  recommendation: string;
  owner_id: string | null;
  due_on: string | null;
  status: 'open' | 'in-progress' | 'done';
  created_at: string;
  created_by: string | null;
  version: number;
}

export interface Database {
  kev_catalogue: KevCatalogueTable;
  kev_entries: KevEntryTable;
  vulnerability_scopes: VulnerabilityScopeTable;
  vulnerability_hosts: VulnerabilityHostTable;
  vulnerability_findings: VulnerabilityFindingTable;
  vulnerability_finding_periods: VulnerabilityFindingPeriodTable;
  remediation_deadline_settings: RemediationDeadlineSettingsTable;
  end_of_support_edits: EndOfSupportEditsTable;
  cyber_alerts: CyberAlertTable;
  cyber_alert_updates: CyberAlertUpdateTable;
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  totp_credentials: TotpCredentialTable;
  recovery_codes: RecoveryCodeTable;
  passkeys: PasskeyTable;
  auth_challenges: AuthChallengeTable;
  sso_connections: SsoConnectionTable;
  sso_identities: SsoIdentityTable;
  api_tokens: ApiTokenTable;
  scim_groups: ScimGroupTable;
  scim_group_members: ScimGroupMemberTable;
  scim_provisioned: ScimProvisionedTable;
  account_links: AccountLinkTable;
  sign_in_throttle: SignInThrottleTable;
  catalogues: CatalogueTable;
  catalogue_nodes: CatalogueNodeTable;
  catalogue_profiles: CatalogueProfileTable;
  catalogue_mapping_sets: CatalogueMappingSetTable;
  catalogue_mapping_links: CatalogueMappingLinkTable;
  organisation_catalogue_settings: OrganisationCatalogueSettingsTable;
  import_runs: ImportRunTable;
  import_rejects: ImportRejectsTable;
  import_mappings: ImportMappingTable;
  assessments: AssessmentTable;
  assessment_responses: AssessmentResponseTable;
  assessment_response_evidence: AssessmentResponseEvidenceTable;
  assessment_reviews: AssessmentReviewTable;
  assessment_review_levels: AssessmentReviewLevelTable;
  assessment_reminders: AssessmentReminderTable;
  evidence_items: EvidenceItemTable;
  evidence_versions: EvidenceVersionTable;
  incidents: IncidentTable;
  incident_numbers: IncidentNumberTable;
  incident_events: IncidentEventTable;
  incident_notifications: IncidentNotificationTable;
  incident_reviews: IncidentReviewTable;
  incident_actions: IncidentActionTable;
  incident_evidence: IncidentEvidenceTable;
  incident_settings: IncidentSettingsTable;
  exercises: ExerciseTable;
  exercise_numbers: ExerciseNumberTable;
  exercise_participants: ExerciseParticipantTable;
  exercise_injects: ExerciseInjectTable;
  exercise_decision_points: ExerciseDecisionPointTable;
  exercise_observations: ExerciseObservationTable;
  exercise_findings: ExerciseFindingTable;
  exercise_actions: ExerciseActionTable;
  notifications: NotificationTable;
  alert_names: AlertNameTable;
  alert_orgs: AlertOrgTable;
  alerts: AlertTable;
  alert_settings: AlertSettingsTable;
  alert_actions: AlertActionTable;
  suppliers: SupplierTable;
  information_assets: InformationAssetTable;
  data_flows: DataFlowTable;
  register_actions: RegisterActionTable;
  ropa_details: RopaDetailsTable;
  dpias: DpiaTable;
  dpia_numbers: DpiaNumberTable;
  dpia_risks: DpiaRiskTable;
  dpia_assets: DpiaAssetTable;
  dpia_flows: DpiaFlowTable;
  staff_members: StaffMemberTable;
  staff_assignments: StaffAssignmentTable;
  staff_imports: StaffImportTable;
  staff_changes: StaffChangeTable;
  directories: DirectoryTable;
  directory_accounts: DirectoryAccountTable;
  access_reviews: AccessReviewTable;
  access_review_items: AccessReviewItemTable;
  access_review_actions: AccessReviewActionTable;
  access_review_reminders: AccessReviewReminderTable;
  directory_account_groups: DirectoryAccountGroupTable;
  directory_settings: DirectorySettingsTable;
  training_courses: TrainingCourseTable;
  training_settings: TrainingSettingsTable;
  training_orgs: TrainingOrgTable;
  training_people: TrainingPersonTable;
  training_course_names: TrainingCourseNameTable;
  training_completions: TrainingCompletionTable;
}

export type AssessmentRow = Selectable<AssessmentTable>;
export type AssessmentResponseRow = Selectable<AssessmentResponseTable>;
export type AssessmentReviewRow = Selectable<AssessmentReviewTable>;
export type AssessmentReviewLevelRow = Selectable<AssessmentReviewLevelTable>;

export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisationRow = Insertable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type NewSessionRow = Insertable<SessionTable>;
export type UserUpdate = Updateable<UserTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type PasskeyRow = Selectable<PasskeyTable>;
export type SsoConnectionRow = Selectable<SsoConnectionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AccountLinkRow = Selectable<AccountLinkTable>;
export type OrganisationCatalogueSettingsRow = Selectable<OrganisationCatalogueSettingsTable>;
export type CatalogueRow = Selectable<CatalogueTable>;
export type CatalogueNodeRow = Selectable<CatalogueNodeTable>;
export type CatalogueProfileRow = Selectable<CatalogueProfileTable>;
export type CatalogueMappingSetRow = Selectable<CatalogueMappingSetTable>;
export type CatalogueMappingLinkRow = Selectable<CatalogueMappingLinkTable>;
export type ImportRunRow = Selectable<ImportRunTable>;
export type ImportMappingRow = Selectable<ImportMappingTable>;
export type EvidenceItemRow = Selectable<EvidenceItemTable>;
export type NewEvidenceItemRow = Insertable<EvidenceItemTable>;
export type EvidenceVersionRow = Selectable<EvidenceVersionTable>;
export type NewEvidenceVersionRow = Insertable<EvidenceVersionTable>;
export type IncidentRow = Selectable<IncidentTable>;
export type NewIncidentRow = Insertable<IncidentTable>;
export type IncidentEventRow = Selectable<IncidentEventTable>;
export type NewIncidentEventRow = Insertable<IncidentEventTable>;
export type IncidentNotificationRow = Selectable<IncidentNotificationTable>;
export type IncidentReviewRow = Selectable<IncidentReviewTable>;
export type IncidentActionRow = Selectable<IncidentActionTable>;
export type IncidentSettingsRow = Selectable<IncidentSettingsTable>;
export type NotificationRow = Selectable<NotificationTable>;
export type AlertRow = Selectable<AlertTable>;
export type AlertActionRow = Selectable<AlertActionTable>;
export type AlertSettingsRow = Selectable<AlertSettingsTable>;
export type ExerciseRow = Selectable<ExerciseTable>;
export type NewExerciseRow = Insertable<ExerciseTable>;
export type ExerciseParticipantRow = Selectable<ExerciseParticipantTable>;
export type ExerciseInjectRow = Selectable<ExerciseInjectTable>;
export type ExerciseDecisionPointRow = Selectable<ExerciseDecisionPointTable>;
export type ExerciseObservationRow = Selectable<ExerciseObservationTable>;
export type ExerciseFindingRow = Selectable<ExerciseFindingTable>;
export type ExerciseActionRow = Selectable<ExerciseActionTable>;
export type SupplierRow = Selectable<SupplierTable>;
export type NewSupplierRow = Insertable<SupplierTable>;
export type InformationAssetRow = Selectable<InformationAssetTable>;
export type NewInformationAssetRow = Insertable<InformationAssetTable>;
export type DataFlowRow = Selectable<DataFlowTable>;
export type NewDataFlowRow = Insertable<DataFlowTable>;
export type RegisterActionRow = Selectable<RegisterActionTable>;
export type RopaDetailsRow = Selectable<RopaDetailsTable>;
export type DpiaRow = Selectable<DpiaTable>;
export type DpiaRiskRow = Selectable<DpiaRiskTable>;

export interface StaffMemberTable {
  org_id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  known_as: string | null;
  last_seen_json: string | null;
  created_at: string;
  updated_at: string;
}

export interface StaffAssignmentTable {
  org_id: string;
  assignment_number: string;
  employee_number: string;
  division: string | null;
  department: string | null;
  organisation: string | null;
  position: string | null;
  staff_group: string | null;
  category: string | null;
  is_primary: number;
  start_date: string;
  end_date: string | null;
  email: string | null;
  fte: number | null;
  supervisor_employee_number: string | null;
  created_at: string;
  updated_at: string;
}

export interface StaffImportTable {
  run_id: string;
  org_id: string;
  seq: number;
  as_of: string;
  imported_at: string;
}

export interface StaffChangeTable {
  run_id: string;
  org_id: string;
  employee_number: string;
  change: string;
  before_json: string | null;
  after_json: string;
}

export type StaffMemberRow = Selectable<StaffMemberTable>;
export type StaffAssignmentRow = Selectable<StaffAssignmentTable>;
export type StaffImportRow = Selectable<StaffImportTable>;
export type StaffChangeRow = Selectable<StaffChangeTable>;

export interface DirectoryTable {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  kind: string;
  last_import_as_of: string | null;
  last_import_run_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DirectoryAccountTable {
  id: string;
  org_id: string;
  directory_id: string;
  account_key: string;
  sam_account_name: string | null;
  user_principal_name: string | null;
  employee_id: string | null;
  display_name: string | null;
  department: string | null;
  enabled: number;
  last_logon_at: string | null;
  created_in_directory_at: string | null;
  password_last_set_at: string | null;
  password_never_expires: number | null;
  mfa_registered: number | null;
  distinguished_name: string | null;
  description: string | null;
  first_seen_at: string;
  last_seen_at: string;
  gone_at: string | null;
  last_seen_run_id: string;
  created_at: string;
  updated_at: string;
}

export interface DirectoryAccountGroupTable {
  account_id: string;
  org_id: string;
  group_dn: string;
  group_cn: string;
}

export interface DirectorySettingsTable {
  org_id: string;
  dormant_days: number;
  new_starter_grace_days: number;
  privileged_groups_json: string;
  kind_rules_json: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export type DirectoryRow = Selectable<DirectoryTable>;
export type DirectoryAccountRow = Selectable<DirectoryAccountTable>;
export type DirectoryAccountGroupRow = Selectable<DirectoryAccountGroupTable>;
export type DirectorySettingsRow = Selectable<DirectorySettingsTable>;

export interface TrainingCourseTable {
  id: string;
  org_id: string;
  code: string;
  name: string;
  kind: string;
  validity_months: number | null;
  counts: number;
  known_as_json: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface TrainingSettingsTable {
  org_id: string;
  settings_json: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** An organisation's number in its training completions, and how many training imports it has run. */
export interface TrainingOrgTable {
  org_key: Generated<number>;
  org_id: string;
  runs: number;
}

/** Whose completions: numbered for the completions that name them. */
export interface TrainingPersonTable {
  person_key: Generated<number>;
  org_key: number;
  /** The employee number, or `name:` and the name in lower case with single spaces when there is none. */
  who: string;
  employee_number: string | null;
}

/** A course's name as an e-learning export wrote it, numbered for the completions that name it. */
export interface TrainingCourseNameTable {
  course_key: Generated<number>;
  org_key: number;
  name: string;
}

/** One completion, keyed by numbers: organisation, person, course as written, day. Days count from 1970-01-01. */
export interface TrainingCompletionTable {
  org_key: number;
  person_key: number;
  course_key: number;
  completed_day: number;
  person_name: string | null;
  expires_day: number | null;
  cpd_hours: number | null;
  /** The organisation's training import (training_orgs.runs) that last wrote or confirmed it. */
  run_no: number;
}

export type TrainingCourseRow = Selectable<TrainingCourseTable>;
export type TrainingSettingsRow = Selectable<TrainingSettingsTable>;
export type TrainingCompletionRow = Selectable<TrainingCompletionTable>;

export interface AccessReviewTable {
  id: string;
  org_id: string;
  name: string;
  scope_directory_id: string | null;
  scope_group: string | null;
  scope_privileged: number;
  scope_finding: string | null;
  scope_asset_id: string | null;
  reviewer_rule: string;
  reviewer_id: string | null;
  due_on: string;
  state: string;
  created_by: string | null;
  started_by: string | null;
  started_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AccessReviewItemTable {
  id: string;
  review_id: string;
  org_id: string;
  account_id: string;
  account_name: string;
  directory_id: string;
  directory_name: string;
  display_name: string | null;
  owner_employee_number: string | null;
  owner_name: string | null;
  kind: string;
  privileged: number;
  groups_json: string;
  last_logon_at: string | null;
  enabled: number;
  reviewer_id: string;
  reviewer_via: string;
  decision: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
}

export interface AccessReviewActionTable {
  id: string;
  org_id: string;
  review_id: string;
  item_id: string;
  account_id: string;
  decision: string;
  reason: string;
  owner_id: string | null;
  due_on: string;
  state: string;
  closed_at: string | null;
  closed_reason: string | null;
  closed_by_run_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AccessReviewReminderTable {
  review_id: string;
  reviewer_id: string;
  sent_on: string;
}

export type AccessReviewRow = Selectable<AccessReviewTable>;
export type AccessReviewItemRow = Selectable<AccessReviewItemTable>;
export type AccessReviewActionRow = Selectable<AccessReviewActionTable>;

export interface KevCatalogueTable {
  id: string;
  version: string;
  version_published: number;
  released_at: string;
  latest_date_added: string;
  entry_count: number;
  run_id: string;
  imported_at: string;
}

export interface KevEntryTable {
  cve_id: string;
  vendor: string;
  product: string;
  name: string;
  date_added: string;
  due_date: string;
  known_ransomware_use: number;
  description: string;
  required_action: string;
  notes: string;
  cwes: string;
  created_at: string;
  updated_at: string;
}

export type KevCatalogueRow = Selectable<KevCatalogueTable>;
export type KevEntryRow = Selectable<KevEntryTable>;

/** What one scan covers (all servers, the DMZ): a later full scan of it fixes what it no longer lists. */
export interface VulnerabilityScopeTable {
  id: string;
  org_id: string;
  name: string;
  name_key: string;
  last_scan_as_of: string | null;
  last_scan_run_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A host a scanner names, keyed by its name in lower case (or its IP without one), matched to an asset by name. */
export interface VulnerabilityHostTable {
  id: string;
  org_id: string;
  host_key: string;
  name: string | null;
  ip: string | null;
  asset_id: string | null;
  /** The operating system the scanner reports, as written; null when it gives none. */
  os: string | null;
  first_seen_at: string;
  last_seen_at: string;
  created_at: string;
  updated_at: string;
}

/** One finding: a host, a scanner's check and a CVE (or ''), open or fixed. */
export interface VulnerabilityFindingTable {
  id: string;
  org_id: string;
  host_id: string;
  check_id: string;
  check_name: string | null;
  cve_id: string;
  severity: string;
  cvss: number | null;
  solution: string | null;
  state: string;
  first_seen_at: string;
  last_seen_at: string;
  fixed_at: string | null;
  scope_id: string;
  last_seen_run_id: string;
  created_at: string;
  updated_at: string;
}

/** A period a finding was open, from a scan that listed it to the scan that first did not (null while open). */
export interface VulnerabilityFindingPeriodTable {
  finding_id: string;
  org_id: string;
  opened_at: string;
  fixed_at: string | null;
}

/** An organisation's remediation deadlines in days; a severity's null is no deadline. */
export interface RemediationDeadlineSettingsTable {
  org_id: string;
  critical_days: number | null;
  high_days: number | null;
  medium_days: number | null;
  low_days: number | null;
  kev_days: number;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** An organisation's edits over the built-in end-of-support table: a JSON list of checked edits. */
export interface EndOfSupportEditsTable {
  org_id: string;
  edits: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export type VulnerabilityScopeRow = Selectable<VulnerabilityScopeTable>;
export type VulnerabilityHostRow = Selectable<VulnerabilityHostTable>;
export type VulnerabilityFindingRow = Selectable<VulnerabilityFindingTable>;
export type VulnerabilityFindingPeriodRow = Selectable<VulnerabilityFindingPeriodTable>;

/** An NHS cyber alert in an organisation's register, with its response. JSON lists in cves and products. */
export interface CyberAlertTable {
  id: string;
  org_id: string;
  reference: string;
  reference_key: string;
  title: string;
  severity: string;
  issued_at: string;
  cves: string;
  products: string;
  summary: string | null;
  remediate_by: string | null;
  state: string;
  applicability: string | null;
  applicability_note: string | null;
  applicability_by: string | null;
  applicability_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  remediated_at: string | null;
  remediated_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_reason: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A dated note on an alert's progress. */
export interface CyberAlertUpdateTable {
  id: string;
  alert_id: string;
  org_id: string;
  written_at: string;
  written_by: string | null;
  text: string;
}

export type CyberAlertRow = Selectable<CyberAlertTable>;
export type NewCyberAlertRow = Insertable<CyberAlertTable>;
export type CyberAlertUpdateRow = Selectable<CyberAlertUpdateTable>;
