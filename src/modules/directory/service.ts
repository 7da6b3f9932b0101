// What people do with directory accounts: bring in an Active Directory or Entra ID export (through the
// import pipeline, kind `accounts`), list the directories and their accounts, read one account, see the
// findings on a day, and keep the settings the findings follow. What an access review will need is
// here too: the accounts in a scope, and whether an account still exists and is enabled.
import type { AccountDetail, AccountList, AccountListQuery, Directory, DirectoryKind, FindingsReport } from '../../contract/directory.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { accountListView, detailView, directoriesOf, findingsReportView, reviewAt, summaryView } from './account-review.js';
import { sameDn } from './domain/distinguished-names.js';
import * as store from './store.js';

export { accountsImport, ACCOUNT_COLUMNS, ACCOUNT_PRESETS, AD_DATE_FORMAT, ENTRA_DATE_FORMAT } from './accounts-import.js';
export { directorySettings, saveDirectorySettings, DEFAULT_DIRECTORY_SETTINGS } from './directory-settings.js';
export { directoryEvidence } from './directory-evidence.js';

/** The organisation's directories, each with how many accounts it holds and has found gone. */
export async function listDirectories(db: Db, orgId: string): Promise<Directory[]> {
  return directoriesOf(db, orgId);
}

/** Says what a directory is (its kind), at the version read. */
export async function changeDirectoryKind(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, directoryId: string, body: { kind: DirectoryKind; version: number }): Promise<Directory> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await store.findDirectory(tx, orgId, directoryId);
    if (!before || before.id !== directoryId) throw new NotFound('There is no directory with that id in this organisation.');
    if (!(await store.updateDirectoryKind(tx, directoryId, body.kind, body.version, ctx.now.toISOString()))) {
      throw new Conflict('The directory was changed by someone else since you loaded it. Load it again and make your change.');
    }
    await recordAudit(tx, ctx.actor, { action: 'directory.change', entityType: 'directory', entityId: directoryId, orgId, before: { kind: before.kind }, after: { kind: body.kind } }, ctx.now);
    return (await directoriesOf(tx, orgId)).find((d) => d.id === directoryId)!;
  });
}

/** The accounts on the day, filtered and paged, each with its owner and findings. */
export async function listAccounts(db: Db, orgId: string, query: AccountListQuery, asOf: Date): Promise<AccountList> {
  return accountListView(await reviewAt(db, orgId, asOf), query);
}

/** One account with its groups and why it is in each finding. */
export async function accountDetail(db: Db, orgId: string, accountId: string, asOf: Date): Promise<AccountDetail> {
  const row = await store.findAccount(db, orgId, accountId);
  if (!row) throw new NotFound('There is no account with that id in this organisation’s directories.');
  return detailView(row, await reviewAt(db, orgId, asOf));
}

/** Every finding on the day, most severe first, each with its accounts. */
export async function findingsReport(db: Db, orgId: string, asOf: Date): Promise<FindingsReport> {
  return findingsReportView(await reviewAt(db, orgId, asOf));
}

/** A set of accounts an access review may cover: a directory's, a group's members, or the privileged. */
export interface AccountScope {
  directoryId?: string;
  /** A group's DN (any case and spacing), or its name for directories that give names. */
  groupDn?: string;
  privileged?: boolean;
}

/** The accounts in the scope as of the latest import of each directory (gone ones left out), on the day, each with its groups' names. */
export async function accountsInScope(db: Db, orgId: string, scope: AccountScope, asOf: Date = new Date()) {
  const review = await reviewAt(db, orgId, asOf);
  const group = scope.groupDn?.trim();
  return review.rows
    .filter((row) => row.gone_at === null)
    .filter((row) => !scope.directoryId || row.directory_id === scope.directoryId)
    .filter((row) => !group || (review.groups.get(row.id) ?? []).some((g) => (group.includes('=') ? sameDn(g.dn, group) : g.cn.toLowerCase() === group.toLowerCase())))
    .filter((row) => !scope.privileged || review.facts.get(row.id)!.privilegedGroups.length > 0)
    .map((row) => ({ ...summaryView(row, review), groups: (review.groups.get(row.id) ?? []).map((g) => g.cn) }));
}

/** Whether an account is still in its directory and enabled, as of that directory's latest import. */
export async function accountStanding(db: Db, orgId: string, accountId: string): Promise<{ exists: boolean; enabled: boolean; lastSeenAt: string; goneAt: string | null } | null> {
  const row = await store.findAccount(db, orgId, accountId);
  if (!row) return null;
  return { exists: row.gone_at === null, enabled: row.gone_at === null && row.enabled === 1, lastSeenAt: row.last_seen_at, goneAt: row.gone_at };
}
