// Bringing a directory export through the import pipeline: one row per account, into one directory of
// the organisation (the import's target, by name; by default the built-in mapping's own: "Active
// Directory" or "Entra ID"), keyed by sAMAccountName or else user principal name. An export is a whole
// snapshot of its directory: an account the file does not hold is marked gone as of the import (kept,
// with the day it was last seen), and one that comes back is present again. The same file twice
// changes nothing; an exact repeat of a row is collapsed; two different rows for one account are a
// problem. See docs/directory.md and decision 60.
import { randomUUID } from 'node:crypto';
import type { DirectoryKind } from '../../contract/directory.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { DirectoryAccountRow, DirectoryRow } from '../../platform/db/schema.js';
import { ValidationFailed } from '../../platform/errors.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, type ImportPreset } from '../../platform/imports/import-kinds.js';
import type { ColumnMapping, ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { parseDn, parseGroupList } from './domain/distinguished-names.js';
import * as store from './store.js';

export interface AccountImportRow {
  userPrincipalName: string | null;
  samAccountName: string | null;
  employeeId: string | null;
  displayName: string | null;
  department: string | null;
  enabled: boolean;
  lastLogonAt: string | null;
  createdAt: string | null;
  passwordLastSetAt: string | null;
  passwordNeverExpires: boolean | null;
  memberOf: string | null;
  mfaRegistered: boolean | null;
  distinguishedName: string | null;
  description: string | null;
}

const text = (maxLength: number) => ({ kind: 'text', maxLength }) as const;
const instant = { kind: 'datetime' } as const;
const yesNo = { kind: 'boolean' } as const;

/** The fields, under the headings Get-ADUser gives them, so an AD export needs only its date formats. */
export const ACCOUNT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'userPrincipalName', label: 'UserPrincipalName', type: text(320), required: false },
  { field: 'samAccountName', label: 'SamAccountName', type: text(256), required: false },
  { field: 'employeeId', label: 'EmployeeID', type: text(64), required: false },
  { field: 'displayName', label: 'DisplayName', type: text(256), required: false },
  { field: 'department', label: 'Department', type: text(200), required: false },
  { field: 'enabled', label: 'Enabled', type: yesNo, required: true },
  { field: 'lastLogonAt', label: 'LastLogonDate', type: instant, required: false },
  { field: 'createdAt', label: 'whenCreated', type: instant, required: false },
  { field: 'passwordLastSetAt', label: 'PasswordLastSet', type: instant, required: false },
  { field: 'passwordNeverExpires', label: 'PasswordNeverExpires', type: yesNo, required: false },
  // A long list of long DNs: a member of a hundred groups is not unusual.
  { field: 'memberOf', label: 'MemberOf', type: text(100_000), required: false },
  { field: 'mfaRegistered', label: 'MfaRegistered', type: yesNo, required: false },
  { field: 'distinguishedName', label: 'DistinguishedName', type: text(2000), required: false },
  { field: 'description', label: 'Description', type: text(1024), required: false },
];

/**
 * Get-ADUser's dates as Export-Csv writes them on a server set to UK English: day first, with seconds,
 * in the server's local (UK) time. A server in another culture needs its own mapping.
 */
export const AD_DATE_FORMAT = 'DD/MM/YYYY HH:mm:ss';
/** Microsoft Graph writes instants in UTC with a Z. */
export const ENTRA_DATE_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

const DATE_FIELDS = ['lastLogonAt', 'createdAt', 'passwordLastSetAt'];

/** The headings of each built-in mapping, in the order tried: the first heading the file has is read. */
export const AD_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  userPrincipalName: ['UserPrincipalName'],
  samAccountName: ['SamAccountName', 'sAMAccountName'],
  employeeId: ['EmployeeID', 'employeeID', 'EmployeeNumber'],
  displayName: ['DisplayName', 'Name'],
  department: ['Department'],
  enabled: ['Enabled'],
  lastLogonAt: ['LastLogonDate'],
  createdAt: ['whenCreated', 'Created'],
  passwordLastSetAt: ['PasswordLastSet'],
  passwordNeverExpires: ['PasswordNeverExpires'],
  memberOf: ['MemberOf'],
  mfaRegistered: ['MfaRegistered', 'MFA registered'],
  distinguishedName: ['DistinguishedName'],
  description: ['Description'],
};

export const ENTRA_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  userPrincipalName: ['userPrincipalName'],
  employeeId: ['employeeId'],
  displayName: ['displayName'],
  department: ['department'],
  enabled: ['accountEnabled'],
  lastLogonAt: ['lastSignInDateTime', 'signInActivity.lastSignInDateTime'],
  createdAt: ['createdDateTime'],
  passwordLastSetAt: ['lastPasswordChangeDateTime'],
  memberOf: ['memberOf', 'directoryRoles', 'groups'],
  mfaRegistered: ['isMfaRegistered'],
  description: ['description'],
};

function presetFrom(label: string, headings: Readonly<Record<string, readonly string[]>>, dateFormat: string, timeZone?: string): ImportPreset {
  return {
    label,
    mapping(_format, headers): ColumnMapping {
      const held = new Set(headers.map((h) => h.trim().toLowerCase()));
      const mapping: ColumnMapping = {};
      for (const [field, options] of Object.entries(headings)) {
        const column = options.find((h) => held.has(h.toLowerCase())) ?? options[0]!;
        mapping[field] = DATE_FIELDS.includes(field) ? { column, format: dateFormat, ...(timeZone ? { timeZone } : {}) } : { column };
      }
      return mapping;
    },
  };
}

/** The built-in mappings, and the directory each imports into when none is named. */
export const ACCOUNT_PRESETS = {
  ad: { preset: presetFrom('Active Directory: Get-ADUser | Export-Csv', AD_HEADINGS, AD_DATE_FORMAT), directory: 'Active Directory', kind: 'active-directory' },
  entra: { preset: presetFrom('Entra ID users export', ENTRA_HEADINGS, ENTRA_DATE_FORMAT, 'UTC'), directory: 'Entra ID', kind: 'entra-id' },
} as const satisfies Record<string, { preset: ImportPreset; directory: string; kind: DirectoryKind }>;

const presetEntry = (preset: string | null) => (preset && Object.hasOwn(ACCOUNT_PRESETS, preset) ? ACCOUNT_PRESETS[preset as keyof typeof ACCOUNT_PRESETS] : null);

/** An account's key in its directory: its sAMAccountName, else its UPN, in lower case (directories ignore case). */
export function accountKeyOf(row: Pick<AccountImportRow, 'samAccountName' | 'userPrincipalName'>): string {
  return (row.samAccountName ?? row.userPrincipalName ?? '').toLowerCase();
}

/** From typed values to an account row, or the row's problems. Pure. */
export function checkAccountRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: AccountImportRow } | { ok: false; problems: RowProblem[] } {
  const str = (field: string) => (typeof values[field] === 'string' && values[field].trim() !== '' ? values[field].trim() : null);
  const bool = (field: string) => (typeof values[field] === 'boolean' ? values[field] : null);
  const problems: RowProblem[] = [];
  const sam = str('samAccountName');
  const upn = str('userPrincipalName');
  if (!sam && !upn) problems.push({ row, column: columnOf('samAccountName'), value: '', reason: `is blank, and so is ${columnOf('userPrincipalName')}: an account needs one or the other to be known by` });
  const dn = str('distinguishedName');
  if (dn && !parseDn(dn)) problems.push({ row, column: columnOf('distinguishedName'), value: dn, reason: 'is not a distinguished name such as CN=Jo Bloggs,OU=Staff,DC=trust,DC=nhs,DC=uk' });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      userPrincipalName: upn,
      samAccountName: sam,
      // Kept as written; matched to employee numbers once trimmed.
      employeeId: str('employeeId'),
      displayName: str('displayName'),
      department: str('department'),
      enabled: values.enabled === true,
      lastLogonAt: str('lastLogonAt'),
      createdAt: str('createdAt'),
      passwordLastSetAt: str('passwordLastSetAt'),
      passwordNeverExpires: bool('passwordNeverExpires'),
      memberOf: typeof values.memberOf === 'string' && values.memberOf.trim() !== '' ? values.memberOf : null,
      mfaRegistered: bool('mfaRegistered'),
      distinguishedName: dn,
      description: str('description'),
    },
  };
}

const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

function accountFields(value: AccountImportRow) {
  return {
    sam_account_name: value.samAccountName,
    user_principal_name: value.userPrincipalName,
    employee_id: value.employeeId,
    display_name: value.displayName,
    department: value.department,
    enabled: value.enabled ? 1 : 0,
    last_logon_at: value.lastLogonAt,
    created_in_directory_at: value.createdAt,
    password_last_set_at: value.passwordLastSetAt,
    password_never_expires: bit(value.passwordNeverExpires),
    mfa_registered: bit(value.mfaRegistered),
    distinguished_name: value.distinguishedName,
    description: value.description,
  };
}
type AccountFields = ReturnType<typeof accountFields>;
const FIELD_NAMES = Object.keys(accountFields({} as AccountImportRow)) as Array<keyof AccountFields>;

/** The directory the import goes into, made on its first import (of the kind the built-in mapping says). */
async function directoryFor(tx: Db, context: ApplyContext): Promise<DirectoryRow> {
  const name = context.target!;
  const held = await store.findDirectory(tx, context.orgId, name);
  if (held) return held;
  const at = context.now.toISOString();
  const row: DirectoryRow = {
    id: randomUUID(),
    org_id: context.orgId,
    name,
    name_key: name.toLowerCase(),
    kind: presetEntry(context.preset)?.kind ?? 'application',
    last_import_as_of: null,
    last_import_run_id: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await store.insertDirectory(tx, row);
  await recordAudit(tx, context.actor, { action: 'directory.add', entityType: 'directory', entityId: row.id, orgId: context.orgId, after: { name: row.name, kind: row.kind } }, context.now);
  return row;
}

export async function applyAccountBatch(tx: Db, batch: Array<CheckedRow<AccountImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const directory = await directoryFor(tx, context);
  const at = context.now.toISOString();
  const asOf = context.asOf.toISOString();
  const held = new Map((await store.accountsByKeys(tx, directory.id, batch.map((b) => b.key))).map((a) => [a.account_key, a]));
  const heldGroups = await store.groupsOf(tx, [...held.values()].map((a) => a.id));
  const fresh: DirectoryAccountRow[] = [];
  const groups: Array<{ accountId: string; memberOf: string | null }> = [];
  const seen: string[] = [];
  for (const { key, value } of batch) {
    const fields = accountFields(value);
    const existing = held.get(key);
    if (!existing) {
      const id = randomUUID();
      fresh.push({ id, org_id: context.orgId, directory_id: directory.id, account_key: key, ...fields, first_seen_at: asOf, last_seen_at: asOf, gone_at: null, last_seen_run_id: context.runId, created_at: at, updated_at: at });
      groups.push({ accountId: id, memberOf: value.memberOf });
      outcome.inserted++;
      continue;
    }
    const groupsNow = parseGroupList(value.memberOf).map((g) => g.dn);
    const groupsBefore = (heldGroups.get(existing.id) ?? []).map((g) => g.group_dn);
    const groupsChanged = groupsNow.length !== groupsBefore.length || groupsNow.some((dn) => !groupsBefore.includes(dn));
    const fieldsChanged = FIELD_NAMES.some((f) => existing[f] !== fields[f]);
    if (fieldsChanged || groupsChanged || existing.gone_at !== null) {
      // Back after being found gone, or changed: either way the account as this export holds it.
      await store.updateAccount(tx, existing.id, { ...fields, gone_at: null, last_seen_at: asOf, last_seen_run_id: context.runId, updated_at: at });
      if (groupsChanged) groups.push({ accountId: existing.id, memberOf: value.memberOf });
      outcome.updated++;
    } else {
      seen.push(existing.id);
      outcome.unchanged++;
    }
  }
  await store.insertAccounts(tx, fresh);
  await store.replaceGroups(
    tx,
    context.orgId,
    groups.map((g) => g.accountId),
    groups.flatMap((g) => parseGroupList(g.memberOf).map((ref) => ({ account_id: g.accountId, org_id: context.orgId, group_dn: ref.dn, group_cn: ref.cn }))),
  );
  await store.markSeen(tx, seen, asOf, context.runId);
  return outcome;
}

/**
 * After the last batch: the export is the whole directory, so what it did not hold is gone as of this
 * import. Not when rows were rejected (skip-invalid): a rejected row's account is still in the
 * directory, so nothing is marked gone until a file is read whole. An export older than the one held
 * is refused: it would bring back what has since gone.
 */
export async function finishAccountImport(tx: Db, context: ApplyContext): Promise<void> {
  const directory = await directoryFor(tx, context);
  const asOf = context.asOf.toISOString();
  if (directory.last_import_as_of !== null && Date.parse(directory.last_import_as_of) > context.asOf.getTime()) {
    throw new ValidationFailed(`This export is older than the one ${directory.name} already holds`, [
      { field: 'asOf', message: `${directory.name} holds an export as of ${directory.last_import_as_of}; an older one would bring back accounts since gone. Give the export's own as-of, or import a newer one.`, value: asOf },
    ]);
  }
  if ((await store.countSeenInRun(tx, directory.id, context.runId)) === 0) {
    throw new ValidationFailed(`The file holds no accounts for ${directory.name}`, [
      { field: '(file)', message: 'A directory export is the whole directory: one with no accounts would mark every account gone. Check that the export ran.' },
    ]);
  }
  if (context.rowsRejected() === 0) await store.markGone(tx, directory.id, context.runId, asOf, context.now.toISOString());
  await store.recordDirectoryImport(tx, directory.id, asOf, context.runId, context.now.toISOString());
}

/** The import's target is a directory, by name (or id): the one held, in its own case, or a new one's name. */
async function checkDirectoryTarget(db: Db, orgId: string, target: string): Promise<string> {
  const held = await store.findDirectory(db, orgId, target);
  if (held) return held.name;
  if (target.length > 64) throw new ValidationFailed('A directory’s name is at most 64 characters', [{ field: 'target', message: 'Name the directory in 64 characters or fewer.', value: target }]);
  return target;
}

export const accountsImport = declareImportKind<AccountImportRow>({
  id: 'accounts',
  label: 'directory accounts',
  columns: ACCOUNT_COLUMNS,
  action: 'directory.import',
  keyFields: ['samAccountName'],
  keyOf: accountKeyOf,
  check: checkAccountRow,
  collapsesExactRepeats: true,
  presets: { ad: ACCOUNT_PRESETS.ad.preset, entra: ACCOUNT_PRESETS.entra.preset },
  target: { noun: 'directory', check: checkDirectoryTarget, defaultFor: (preset) => presetEntry(preset)?.directory ?? null },
  apply: applyAccountBatch,
  finish: finishAccountImport,
});
