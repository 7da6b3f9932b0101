// The tables of the whole database as Kysely sees them. Instants are ISO-8601 UTC strings on both engines
// (PostgreSQL timestamptz values are normalised to the same form in platform/db/database.ts).
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids from the root, '/root/…/self/': ancestry checks are a prefix test. */
  path: string;
  name: string;
  type: string;
  ods_code: string | null;
  dspt_category: string | null;
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
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MembershipTable {
  id: string;
  user_id: string;
  org_id: string;
  role: string;
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
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisationRow = Insertable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
