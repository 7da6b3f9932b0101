// The API contract for directory accounts: the directories an organisation keeps (Active Directory,
// Entra ID, an application's own users), the accounts each export held with their groups, the
// findings worked out from them and the staff register on a day, and the settings those findings
// follow. Accounts come in through the import routes (kind `accounts`).
import { z } from 'zod';

export const DIRECTORY_KINDS = ['active-directory', 'entra-id', 'application'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** What an account is for, from the organisation's rules: a person's own, a person's admin account, or not a person's. */
export const ACCOUNT_KINDS = ['staff', 'admin', 'service', 'shared', 'test', 'built-in'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * How a kind rule matches an account: its distinguished name contains an OU (or any run of RDNs), or
 * its name (sAMAccountName, or the user principal name before the @) is, starts with or contains a text.
 */
export const KIND_RULE_MATCHES = ['ou', 'name', 'name-prefix', 'name-contains'] as const;
export type KindRuleMatch = (typeof KIND_RULE_MATCHES)[number];

export const FINDING_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** The findings, in the order shown within a severity. */
export const FINDING_KEYS = [
  'leaver-privileged-logon-after-leaving',
  'leaver-logon-after-leaving',
  'leaver-enabled',
  'privileged-without-mfa',
  'dormant',
  'never-logged-on',
  'unmatched-employee-id',
  'shared-accounts',
  'password-never-expires',
  'person-account-without-employee-id',
  'staff-without-account',
  'privileged',
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

const instant = z.string().max(40);

export const kindRule = z.object({
  kind: z.enum(ACCOUNT_KINDS),
  match: z.enum(KIND_RULE_MATCHES),
  value: z.string().trim().min(1).max(200),
});
export type KindRule = z.infer<typeof kindRule>;

export const directorySettings = z.object({
  /** An enabled account with no logon for this many days or more is dormant. */
  dormantDays: z.number().int().min(1).max(3650),
  /** Current staff who started within this many days are not yet expected to have an account. */
  newStarterGraceDays: z.number().int().min(0).max(365),
  /** Groups (or Entra roles) that make an account privileged: a name matches the group's CN, a DN the whole DN. */
  privilegedGroups: z.array(z.string().trim().min(1).max(500)).max(200),
  /** First matching rule wins; an account no rule matches is a staff account. */
  kindRules: z.array(kindRule).max(500),
  version: z.number().int(),
});
export type DirectorySettings = z.infer<typeof directorySettings>;
export const directorySettingsBody = directorySettings.extend({ version: z.number().int().min(0) });
export type DirectorySettingsBody = z.infer<typeof directorySettingsBody>;

export const directory = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DIRECTORY_KINDS),
  /** The as-of of the latest import: the accounts are the directory as it stood then. */
  lastImportAsOf: z.string().nullable(),
  lastImportRunId: z.string().nullable(),
  /** Accounts in the directory as of its latest import, and accounts a later import found gone. */
  accounts: z.number(),
  goneAccounts: z.number(),
  version: z.number(),
});
export type Directory = z.infer<typeof directory>;
export const directoryList = z.object({ items: z.array(directory) });
export const directoryBody = z.object({ kind: z.enum(DIRECTORY_KINDS), version: z.number().int().min(1) });

/** The member of staff an account belongs to, by employee ID, as they stood on the day. */
export const accountOwner = z.object({
  employeeNumber: z.string(),
  name: z.string(),
  status: z.enum(['current', 'leaver', 'future']),
  leftOn: z.string().nullable(),
});
export type AccountOwner = z.infer<typeof accountOwner>;

export const accountSummary = z.object({
  id: z.string(),
  directory: z.object({ id: z.string(), name: z.string() }),
  /** The sAMAccountName, else the user principal name. */
  name: z.string(),
  userPrincipalName: z.string().nullable(),
  displayName: z.string().nullable(),
  employeeId: z.string().nullable(),
  department: z.string().nullable(),
  kind: z.enum(ACCOUNT_KINDS),
  enabled: z.boolean(),
  privileged: z.boolean(),
  lastLogonAt: z.string().nullable(),
  mfaRegistered: z.boolean().nullable(),
  owner: accountOwner.nullable(),
  /** The findings the account is in on the day. */
  findings: z.array(z.enum(FINDING_KEYS)),
  /** The as-of of the first import that did not hold it; null while it is in the directory. */
  goneAt: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof accountSummary>;

export const accountListQuery = z.object({
  asOf: instant.optional(),
  directory: z.string().max(64).optional(),
  kind: z.enum(ACCOUNT_KINDS).optional(),
  finding: z.enum(FINDING_KEYS).optional(),
  /** present (default): in the directory as of its latest import; gone: found gone; all. */
  state: z.enum(['present', 'gone', 'all']).default('present'),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

export const accountList = z.object({
  asOf: z.string(),
  day: z.string(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(accountSummary),
});
export type AccountList = z.infer<typeof accountList>;

export const accountGroup = z.object({ dn: z.string(), cn: z.string(), privileged: z.boolean() });

export const accountDetail = accountSummary.extend({
  asOf: z.string(),
  day: z.string(),
  samAccountName: z.string().nullable(),
  distinguishedName: z.string().nullable(),
  description: z.string().nullable(),
  createdInDirectoryAt: z.string().nullable(),
  passwordLastSetAt: z.string().nullable(),
  passwordNeverExpires: z.boolean().nullable(),
  groups: z.array(accountGroup),
  /** The as-of of the first and the latest import that held it. */
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  /** Why the account is in each finding, in words. */
  reasons: z.array(z.object({ finding: z.enum(FINDING_KEYS), reason: z.string() })),
});
export type AccountDetail = z.infer<typeof accountDetail>;

export const findingItem = z.object({
  /** The account, or null for a person without one (staff-without-account). */
  account: accountSummary.omit({ findings: true, owner: true }).nullable(),
  owner: accountOwner.nullable(),
  /** Why this account (or person) is in the finding, in words. */
  reason: z.string(),
});

export const finding = z.object({
  key: z.enum(FINDING_KEYS),
  severity: z.enum(FINDING_SEVERITIES),
  title: z.string(),
  /** What the finding means, in words. */
  reason: z.string(),
  count: z.number(),
  items: z.array(findingItem),
});
export type Finding = z.infer<typeof finding>;

export const findingsQuery = z.object({ asOf: instant.optional() });

export const findingsReport = z.object({
  asOf: z.string(),
  /** The UK calendar day the staff register and the dormancy are judged on. */
  day: z.string(),
  directories: z.array(directory),
  counts: z.object({ accounts: z.number(), enabled: z.number(), privileged: z.number(), matched: z.number() }),
  settings: directorySettings.pick({ dormantDays: true, newStarterGraceDays: true }),
  /** Most severe first; each with its accounts. */
  findings: z.array(finding),
});
export type FindingsReport = z.infer<typeof findingsReport>;
