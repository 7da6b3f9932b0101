// The accounts of an organisation as a review reads them on a day: every account with its groups,
// classified by the organisation's rules (kind, privilege), matched to the staff register as it stood
// that day, and the findings worked out from them; and the views the API gives of each.
import type { AccountDetail, AccountList, AccountListQuery, AccountOwner, AccountSummary, Directory, DirectoryKind, DirectorySettings, FindingKey, FindingsReport } from '../../contract/directory.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { DirectoryAccountRow, DirectoryRow } from '../../platform/db/schema.js';
import { staffStandings } from '../workforce/service.js';
import { directorySettings } from './directory-settings.js';
import { isPrivilegedGroup, kindOf, privilegedGroupsOf } from './domain/account-kinds.js';
import type { GroupRef } from './domain/distinguished-names.js';
import { type AccountFacts, type DirectoryFinding, directoryFindings, existedAt, ownersOf, type PersonOnDay } from './domain/findings.js';
import * as store from './store.js';

export interface Review {
  asOf: Date;
  day: string;
  settings: DirectorySettings;
  directories: Directory[];
  /** Every account held, gone ones too. */
  rows: DirectoryAccountRow[];
  groups: Map<string, GroupRef[]>;
  /** Every account, classified; findings read those that existed on the day. */
  facts: Map<string, AccountFacts>;
  existing: Set<string>;
  owners: Map<string, PersonOnDay>;
  findings: DirectoryFinding[];
  findingsOf: Map<string, FindingKey[]>;
}

const nameOf = (p: { firstName: string; lastName: string; knownAs: string | null }) => `${p.knownAs ?? p.firstName} ${p.lastName}`;
const flag = (value: number | null) => (value === null ? null : value === 1);

export function directoryView(row: DirectoryRow, counts: ReadonlyArray<{ directory_id: string; gone: number; n: number }>): Directory {
  const of = (gone: number) => counts.find((c) => c.directory_id === row.id && c.gone === gone)?.n ?? 0;
  return { id: row.id, name: row.name, kind: row.kind as DirectoryKind, lastImportAsOf: row.last_import_as_of, lastImportRunId: row.last_import_run_id, accounts: of(0), goneAccounts: of(1), version: row.version };
}

export async function directoriesOf(db: Db, orgId: string): Promise<Directory[]> {
  const [rows, counts] = await Promise.all([store.listDirectories(db, orgId), store.accountCounts(db, orgId)]);
  return rows.map((r) => directoryView(r, counts));
}

/** Everything a review of the organisation's accounts needs on the as-of instant's UK day, read once. */
export async function reviewAt(db: Db, orgId: string, asOf: Date): Promise<Review> {
  const day = ukDateOf(asOf);
  const settings = await directorySettings(db, orgId);
  const [directories, rows, groupRows, standings] = await Promise.all([directoriesOf(db, orgId), store.allAccounts(db, orgId), store.allGroups(db, orgId), staffStandings(db, orgId, asOf, Math.max(settings.newStarterGraceDays, 1))]);
  const names = new Map(directories.map((d) => [d.id, d.name]));
  const groups = new Map<string, GroupRef[]>();
  for (const g of groupRows) groups.set(g.account_id, [...(groups.get(g.account_id) ?? []), { dn: g.group_dn, cn: g.group_cn }]);
  const facts = new Map<string, AccountFacts>();
  const existing = new Set<string>();
  for (const row of rows) {
    facts.set(row.id, {
      id: row.id,
      directoryId: row.directory_id,
      directoryName: names.get(row.directory_id) ?? '',
      name: row.sam_account_name ?? row.user_principal_name ?? row.account_key,
      employeeId: row.employee_id,
      kind: kindOf({ samAccountName: row.sam_account_name, userPrincipalName: row.user_principal_name, distinguishedName: row.distinguished_name }, settings.kindRules),
      enabled: row.enabled === 1,
      lastLogonAt: row.last_logon_at,
      createdInDirectoryAt: row.created_in_directory_at,
      passwordNeverExpires: flag(row.password_never_expires),
      mfaRegistered: flag(row.mfa_registered),
      privilegedGroups: privilegedGroupsOf(groups.get(row.id) ?? [], settings.privilegedGroups),
    });
    if (existedAt({ createdInDirectoryAt: row.created_in_directory_at, goneAt: row.gone_at }, asOf)) existing.add(row.id);
  }
  // With a grace of 0 days nobody is a new starter; staffStandings counts the start day as day 0.
  const people: PersonOnDay[] = standings.map((s) => ({ employeeNumber: s.employeeNumber, name: nameOf(s), status: s.status, newStarter: settings.newStarterGraceDays > 0 && s.newStarter, leftOn: s.leftOn }));
  const current = [...facts.values()].filter((f) => existing.has(f.id));
  const findings = directoryFindings(current, people, settings, day);
  const findingsOf = new Map<string, FindingKey[]>();
  for (const finding of findings) for (const e of finding.entries) if (e.account) findingsOf.set(e.account.id, [...(findingsOf.get(e.account.id) ?? []), finding.key]);
  return { asOf, day, settings, directories, rows, groups, facts, existing, owners: ownersOf([...facts.values()], people), findings, findingsOf };
}

const ownerView = (p: PersonOnDay | undefined | null): AccountOwner | null => (p ? { employeeNumber: p.employeeNumber, name: p.name, status: p.status, leftOn: p.leftOn } : null);

function accountView(row: DirectoryAccountRow, review: Review): Omit<AccountSummary, 'findings' | 'owner'> {
  const facts = review.facts.get(row.id)!;
  return {
    id: row.id,
    directory: { id: row.directory_id, name: facts.directoryName },
    name: facts.name,
    userPrincipalName: row.user_principal_name,
    displayName: row.display_name,
    employeeId: row.employee_id,
    department: row.department,
    kind: facts.kind,
    enabled: facts.enabled,
    privileged: facts.privilegedGroups.length > 0,
    lastLogonAt: row.last_logon_at,
    mfaRegistered: facts.mfaRegistered,
    goneAt: row.gone_at,
  };
}

export function summaryView(row: DirectoryAccountRow, review: Review): AccountSummary {
  return { ...accountView(row, review), owner: ownerView(review.owners.get(row.id)), findings: review.findingsOf.get(row.id) ?? [] };
}

export function detailView(row: DirectoryAccountRow, review: Review): AccountDetail {
  const reasons = review.findings.flatMap((f) => f.entries.filter((e) => e.account?.id === row.id).map((e) => ({ finding: f.key, reason: e.reason })));
  return {
    ...summaryView(row, review),
    asOf: review.asOf.toISOString(),
    day: review.day,
    samAccountName: row.sam_account_name,
    distinguishedName: row.distinguished_name,
    description: row.description,
    createdInDirectoryAt: row.created_in_directory_at,
    passwordLastSetAt: row.password_last_set_at,
    passwordNeverExpires: flag(row.password_never_expires),
    groups: (review.groups.get(row.id) ?? []).map((g) => ({ dn: g.dn, cn: g.cn, privileged: isPrivilegedGroup(g, review.settings.privilegedGroups) })),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    reasons,
  };
}

const folded = (text: string | null) => (text ?? '').trim().toLowerCase();

/** The accounts the filters keep, a page of them, in directory and name order. */
export function accountListView(review: Review, query: AccountListQuery): AccountList {
  const q = folded(query.q ?? null);
  const gone = (row: DirectoryAccountRow) => row.gone_at !== null && Date.parse(row.gone_at) <= review.asOf.getTime();
  const kept = review.rows
    .filter(
      (row) =>
        (query.state === 'all' || (query.state === 'gone' ? gone(row) : review.existing.has(row.id))) &&
        (!query.directory || row.directory_id === query.directory || folded(review.facts.get(row.id)!.directoryName) === folded(query.directory)) &&
        (!query.kind || review.facts.get(row.id)!.kind === query.kind) &&
        (!query.finding || (review.findingsOf.get(row.id) ?? []).includes(query.finding)) &&
        (!q || [row.sam_account_name, row.user_principal_name, row.display_name, row.employee_id, row.department].some((v) => folded(v).includes(q))),
    )
    .map((row) => summaryView(row, review))
    .sort((a, b) => (a.directory.name + '\u0000' + a.name < b.directory.name + '\u0000' + b.name ? -1 : 1));
  const start = (query.page - 1) * query.pageSize;
  return { asOf: review.asOf.toISOString(), day: review.day, total: kept.length, page: query.page, pageSize: query.pageSize, items: kept.slice(start, start + query.pageSize) };
}

export function findingsReportView(review: Review): FindingsReport {
  const current = review.rows.filter((r) => review.existing.has(r.id));
  const byId = new Map(review.rows.map((r) => [r.id, r]));
  return {
    asOf: review.asOf.toISOString(),
    day: review.day,
    directories: review.directories,
    counts: {
      accounts: current.length,
      enabled: current.filter((r) => r.enabled === 1).length,
      privileged: current.filter((r) => r.enabled === 1 && review.facts.get(r.id)!.privilegedGroups.length > 0).length,
      matched: current.filter((r) => review.owners.has(r.id)).length,
    },
    settings: { dormantDays: review.settings.dormantDays, newStarterGraceDays: review.settings.newStarterGraceDays },
    findings: review.findings.map((f) => ({
      key: f.key,
      severity: f.severity,
      title: f.title,
      reason: f.reason,
      count: f.entries.length,
      items: f.entries.map((e) => ({ account: e.account ? accountView(byId.get(e.account.id)!, review) : null, owner: ownerView(e.owner), reason: e.reason })),
    })),
  };
}
