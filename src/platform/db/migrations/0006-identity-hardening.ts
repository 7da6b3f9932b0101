// Identity hardening: when an account last failed to sign in, which login sessions gave a second factor, invitations a person declined (at
// most one open invitation per email in an organisation), and failed sign-ins for email addresses
// that have no account, counted like an account's own.
import { type Kysely, sql } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);

  // When the account's current run of failed sign-ins last grew: a run ends after a day without one.
  await db.schema.alterTable('users').addColumn('last_failed_login_at', instant).execute();

  // When this session gave (or enrolled) its second factor; null for a password-only session.
  await db.schema.alterTable('sessions').addColumn('second_factor_at', instant).execute();
  // Sessions already open: one that is complete for a person with a second factor gave it to get there.
  await sql`
    update sessions set second_factor_at = created_at
    where stage = 'complete'
      and (user_id in (select user_id from totp_credentials where confirmed_at is not null) or user_id in (select user_id from passkeys))`.execute(db);

  await db.schema.alterTable('account_links').addColumn('declined_at', instant).execute();
  // Earlier versions allowed several open invitations for one email; keep the newest of each.
  await sql`
    update account_links set revoked_at = created_at
    where purpose = 'invitation' and used_at is null and revoked_at is null
      and exists (
        select 1 from account_links newer
        where newer.purpose = 'invitation' and newer.org_id = account_links.org_id and newer.email = account_links.email
          and newer.used_at is null and newer.revoked_at is null
          and (newer.created_at > account_links.created_at or (newer.created_at = account_links.created_at and newer.id > account_links.id))
      )`.execute(db);
  await db.schema
    .createIndex('account_links_open_invitation')
    .on('account_links')
    .columns(['org_id', 'email'])
    .unique()
    .where(sql.ref('purpose'), '=', 'invitation')
    .where(sql.ref('used_at'), 'is', null)
    .where(sql.ref('revoked_at'), 'is', null)
    .where(sql.ref('declined_at'), 'is', null)
    .execute();

  // Failed sign-ins for an email address with no usable account, under a hash of the address (the
  // address itself, often a typing mistake, is not kept).
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('email_hash', 'text', (c) => c.primaryKey())
    .addColumn('failed_count', 'integer', (c) => c.notNull())
    .addColumn('locked_until', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_throttle_updated').on('sign_in_throttle').column('updated_at').execute();
}
