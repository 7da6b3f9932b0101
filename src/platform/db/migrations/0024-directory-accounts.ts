// Directory accounts, from Active Directory and Entra ID exports (or an application's user list):
// the directories each organisation keeps, the accounts in each as its latest export holds them, their
// group memberships by full distinguished name, and the organisation's settings for judging them.
// An export is a whole snapshot of its directory, so an account missing from a later one is kept
// with the day it was last seen and the day it was found gone, never deleted.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('directories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The name folded to lower case: one directory per name in an organisation, whatever the case.
    .addColumn('name_key', 'text', (c) => c.notNull())
    // active-directory, entra-id or application
    .addColumn('kind', 'text', (c) => c.notNull())
    // The as-of of the latest import applied, and its run: what "as of the latest import" means.
    .addColumn('last_import_as_of', instant)
    .addColumn('last_import_run_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directories_org_name').on('directories').columns(['org_id', 'name_key']).unique().execute();

  await db.schema
    .createTable('directory_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('directory_id', 'text', (c) => c.notNull().references('directories.id').onDelete('cascade'))
    // The sAMAccountName, else the user principal name, folded to lower case: the account's key in its directory.
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('sam_account_name', 'text')
    .addColumn('user_principal_name', 'text')
    .addColumn('employee_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('department', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('last_logon_at', instant)
    .addColumn('created_in_directory_at', instant)
    .addColumn('password_last_set_at', instant)
    // 0/1, or null when the export does not say
    .addColumn('password_never_expires', 'integer')
    .addColumn('mfa_registered', 'integer')
    .addColumn('distinguished_name', 'text')
    .addColumn('description', 'text')
    // The as-of of the first and of the latest import that held the account, and of the first that
    // did not (null while it is in the directory).
    .addColumn('first_seen_at', instant, (c) => c.notNull())
    .addColumn('last_seen_at', instant, (c) => c.notNull())
    .addColumn('gone_at', instant)
    // The import run that last held it, for finding the accounts a snapshot left out.
    .addColumn('last_seen_run_id', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directory_accounts_key').on('directory_accounts').columns(['directory_id', 'account_key']).unique().execute();
  await db.schema.createIndex('directory_accounts_org').on('directory_accounts').columns(['org_id', 'employee_id']).execute();

  await db.schema
    .createTable('directory_account_groups')
    .addColumn('account_id', 'text', (c) => c.notNull().references('directory_accounts.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    // The group's distinguished name as the export wrote it (a plain name for a directory without DNs).
    .addColumn('group_dn', 'text', (c) => c.notNull())
    // Its common name, unescaped, for display and for matching privileged groups by name.
    .addColumn('group_cn', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_account_groups_pk', ['account_id', 'group_dn'])
    .execute();
  await db.schema.createIndex('directory_account_groups_org').on('directory_account_groups').columns(['org_id', 'group_cn']).execute();

  await db.schema
    .createTable('directory_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('dormant_days', 'integer', (c) => c.notNull())
    .addColumn('new_starter_grace_days', 'integer', (c) => c.notNull())
    .addColumn('privileged_groups_json', 'text', (c) => c.notNull())
    .addColumn('kind_rules_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
