// Identity: second factors (TOTP, recovery codes, passkeys), MFA policy, login-session stages,
// single sign-on, SCIM provisioning, API tokens, invitations and password-reset links.
// Booleans are integers 0/1 on both engines, as SQLite has no boolean type.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);

  // 'privileged': system admin, org admin, SIRO and security lead must use a second factor; 'everyone': all.
  await db.schema.alterTable('organisations').addColumn('mfa_policy', 'text', (c) => c.notNull().defaultTo('privileged')).execute();

  await db.schema.alterTable('users').addColumn('external_id', 'text').execute();
  // Who manages the account: 'local', or 'scim' when an identity provider provisions it.
  await db.schema.alterTable('users').addColumn('managed_by', 'text', (c) => c.notNull().defaultTo('local')).execute();

  // Where a role came from: granted by a person ('manual'), or from SSO / SCIM group mapping.
  await db.schema.alterTable('memberships').addColumn('source', 'text', (c) => c.notNull().defaultTo('manual')).execute();

  // 'complete', or a session that has passed the password but still owes a second factor
  // ('second-factor') or must enrol one before anything else ('enrolment').
  await db.schema.alterTable('sessions').addColumn('stage', 'text', (c) => c.notNull().defaultTo('complete')).execute();
  await db.schema.alterTable('sessions').addColumn('auth_method', 'text', (c) => c.notNull().defaultTo('password')).execute();

  await db.schema
    .createTable('totp_credentials')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', instant)
    // The last 30-second step accepted: a code from that step or earlier is refused (replay).
    .addColumn('last_step', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey()) // credential id, base64url
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull()) // base64url COSE key
    .addColumn('counter', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transports', 'text')
    .addColumn('device_type', 'text')
    .addColumn('backed_up', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_used_at', instant)
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();

  // Short-lived ceremony state (WebAuthn challenges, OIDC state/nonce/PKCE) keyed by the hash of a cookie value.
  await db.schema
    .createTable('auth_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sso_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_sealed', 'text')
    .addColumn('allowed_domains_json', 'text', (c) => c.notNull())
    .addColumn('groups_claim', 'text', (c) => c.notNull().defaultTo('groups'))
    .addColumn('group_roles_json', 'text', (c) => c.notNull())
    .addColumn('jit_provisioning', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('trust_idp_mfa', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('sso_connections_org').on('sso_connections').column('org_id').execute();

  await db.schema
    .createTable('sso_identities')
    .addColumn('connection_id', 'text', (c) => c.notNull().references('sso_connections.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_login_at', instant)
    .addPrimaryKeyConstraint('sso_identities_pk', ['connection_id', 'subject'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // 'personal' acts as its owner within its scopes; 'service' acts with its own roles in one organisation;
    // 'scim' may only provision accounts into its organisation.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('scopes_json', 'text', (c) => c.notNull())
    .addColumn('roles_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('expires_at', instant)
    .addColumn('revoked_at', instant)
    .addColumn('last_used_at', instant)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
  await db.schema.createIndex('api_tokens_org').on('api_tokens').column('org_id').execute();

  await db.schema
    .createTable('scim_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('scim_groups_org').on('scim_groups').columns(['org_id', 'display_name']).execute();
  await db.schema
    .createTable('scim_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('scim_groups.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('scim_group_members_pk', ['group_id', 'user_id'])
    .execute();

  // The people an organisation's directory provisions through SCIM (accounts belong to no one
  // organisation, so this says whose directory manages each one).
  await db.schema
    .createTable('scim_provisioned')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('scim_provisioned_pk', ['org_id', 'user_id'])
    .execute();
  await db.schema.createIndex('scim_provisioned_user').on('scim_provisioned').column('user_id').execute();

  // Invitation and password-reset links: single use, expiring, only the token's hash stored.
  await db.schema
    .createTable('account_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('roles_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .addColumn('revoked_at', instant)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('account_links_org').on('account_links').columns(['org_id', 'purpose']).execute();

}
