// Access-review campaigns: a campaign names a scope of directory accounts and how each account's
// reviewer is found; starting it copies the accounts in scope into items as they stood then (so the
// evidence shows what was reviewed after the directory changes), each with its reviewer and, once
// decided, keep / revoke / change with a reason. Revocations and changes become actions of their own,
// closed when a later directory import finds the account gone or disabled. Reminders sent are kept so
// a reviewer hears at most once a day about a campaign.
import type { Kysely } from 'kysely';
import { type Engine, instantType } from '../engine.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const instant = instantType(engine);
  await db.schema
    .createTable('access_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The scope: any of a directory, a group (DN or name), privileged accounts only, a finding's accounts.
    .addColumn('scope_directory_id', 'text')
    .addColumn('scope_group', 'text')
    .addColumn('scope_privileged', 'integer', (c) => c.notNull())
    .addColumn('scope_finding', 'text')
    // The information asset whose owner reviews, for the information-asset-owner rule.
    .addColumn('scope_asset_id', 'text')
    // line-manager, information-asset-owner or person
    .addColumn('reviewer_rule', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    // draft, open or closed
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('started_by', 'text', (c) => c.references('users.id'))
    .addColumn('started_at', instant)
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .addColumn('closed_at', instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_reviews_org').on('access_reviews').columns(['org_id', 'state']).execute();

  await db.schema
    .createTable('access_review_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_reviews.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    // The directory account reviewed, and a copy of what it was when the campaign started.
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text', (c) => c.notNull())
    .addColumn('directory_id', 'text', (c) => c.notNull())
    .addColumn('directory_name', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('owner_employee_number', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull())
    // A JSON array of the groups' names at the time.
    .addColumn('groups_json', 'text', (c) => c.notNull())
    .addColumn('last_logon_at', instant)
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    // How the reviewer was found: line-manager, information-asset-owner, person, or fallback when the rule found nobody.
    .addColumn('reviewer_via', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_review_items_review').on('access_review_items').columns(['review_id', 'account_id']).unique().execute();
  await db.schema.createIndex('access_review_items_reviewer').on('access_review_items').columns(['org_id', 'reviewer_id']).execute();

  await db.schema
    .createTable('access_review_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_reviews.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('access_review_items.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    // revoke or change, copied from the decision with its reason
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    // open or closed
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('closed_at', instant)
    .addColumn('closed_reason', 'text')
    // The import run that found the account gone or disabled, when that closed it.
    .addColumn('closed_by_run_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_review_actions_open').on('access_review_actions').columns(['org_id', 'state']).execute();
  await db.schema.createIndex('access_review_actions_item').on('access_review_actions').columns(['item_id']).unique().execute();

  await db.schema
    .createTable('access_review_reminders')
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_reviews.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    // The UK day it was sent: one a day per reviewer per campaign.
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_review_reminders_pk', ['review_id', 'reviewer_id', 'sent_on'])
    .execute();
}
