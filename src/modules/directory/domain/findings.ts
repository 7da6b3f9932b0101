// The findings a directory review starts from, worked out from the accounts (as their latest imports
// hold them), the staff register as it stood on a day and the organisation's settings. Each finding
// has a key, a severity, a reason in words and the accounts it is about, each with why. An account
// may be in several findings: each answers its own question. Pure: the day is given.
import type { AccountKind, FindingKey, FindingSeverity } from '../../../contract/directory.js';
import { daysBetween, ukDateOf } from '../../../platform/as-of.js';

/** An account as the findings read it: classified already (kind, privilege) by the organisation's rules. */
export interface AccountFacts {
  id: string;
  directoryId: string;
  directoryName: string;
  name: string;
  employeeId: string | null;
  kind: AccountKind;
  enabled: boolean;
  /** The last logon (or sign-in) as an instant; null when it never logged on. */
  lastLogonAt: string | null;
  createdInDirectoryAt: string | null;
  passwordNeverExpires: boolean | null;
  mfaRegistered: boolean | null;
  /** The privileged groups it is in, by CN; none: not privileged. */
  privilegedGroups: readonly string[];
}

/** A member of staff as they stood on the day, by employee number. */
export interface PersonOnDay {
  employeeNumber: string;
  name: string;
  status: 'current' | 'leaver' | 'future';
  /** Current and started within the grace for new starters. */
  newStarter: boolean;
  /** A leaver's last day worked. */
  leftOn: string | null;
}

export interface FindingSettings {
  dormantDays: number;
}

export interface FindingEntry {
  account: AccountFacts | null;
  owner: PersonOnDay | null;
  reason: string;
}

export interface DirectoryFinding {
  key: FindingKey;
  severity: FindingSeverity;
  title: string;
  reason: string;
  entries: FindingEntry[];
}

/** People's own accounts, as against service, shared, test and built-in ones. */
const PERSONAL_KINDS: readonly AccountKind[] = ['staff', 'admin'];

/** An employee ID matches an employee number when they are the same once trimmed. */
export const employeeKey = (id: string | null): string | null => {
  const trimmed = id?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The owner of each account, by employee ID; an account without an ID, or whose ID matches nobody, has none. */
export function ownersOf(accounts: readonly AccountFacts[], people: readonly PersonOnDay[]): Map<string, PersonOnDay> {
  const byNumber = new Map(people.map((p) => [p.employeeNumber.trim(), p]));
  const owners = new Map<string, PersonOnDay>();
  for (const account of accounts) {
    const key = employeeKey(account.employeeId);
    const owner = key === null ? undefined : byNumber.get(key);
    if (owner) owners.set(account.id, owner);
  }
  return owners;
}

/** Whether an account existed on the as-of instant: created by then (when the export says), and not found gone by then. */
export function existedAt(account: { createdInDirectoryAt: string | null; goneAt: string | null }, asOf: Date): boolean {
  const at = asOf.getTime();
  return (account.createdInDirectoryAt === null || Date.parse(account.createdInDirectoryAt) <= at) && (account.goneAt === null || Date.parse(account.goneAt) > at);
}

const isPrivileged = (a: AccountFacts) => a.privilegedGroups.length > 0;
/** Logged on on a UK day after the leaver's last day worked. */
const loggedOnAfter = (a: AccountFacts, leftOn: string) => a.lastLogonAt !== null && ukDateOf(new Date(a.lastLogonAt)) > leftOn;
const logonText = (a: AccountFacts) => (a.lastLogonAt ? `last logon ${ukDateOf(new Date(a.lastLogonAt))}` : 'never logged on');
const groupsText = (a: AccountFacts) => a.privilegedGroups.join(', ');

const SEVERITY_ORDER: readonly FindingSeverity[] = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * Every finding for the accounts that existed on the day, most severe first (in the order of
 * FINDING_KEYS within a severity), each listing its accounts by directory and name. A finding with
 * nothing in it is still listed, with none: a clean answer is an answer.
 */
export function directoryFindings(accounts: readonly AccountFacts[], people: readonly PersonOnDay[], settings: FindingSettings, day: string): DirectoryFinding[] {
  const owners = ownersOf(accounts, people);
  const enabled = accounts.filter((a) => a.enabled);
  const leaverOf = (a: AccountFacts) => {
    const owner = owners.get(a.id);
    return owner?.status === 'leaver' && owner.leftOn !== null ? owner : null;
  };
  const entry = (a: AccountFacts, reason: string): FindingEntry => ({ account: a, owner: owners.get(a.id) ?? null, reason });
  const leavers = enabled.filter((a) => leaverOf(a) !== null);
  const usedAfterLeaving = leavers.filter((a) => loggedOnAfter(a, leaverOf(a)!.leftOn!));
  const afterLeaving = (a: AccountFacts) => entry(a, `${leaverOf(a)!.name} left on ${leaverOf(a)!.leftOn}; the account was last used on ${ukDateOf(new Date(a.lastLogonAt!))}`);
  const daysSinceLogon = (a: AccountFacts) => daysBetween(ukDateOf(new Date(a.lastLogonAt!)), day);
  const daysSinceCreated = (a: AccountFacts) => (a.createdInDirectoryAt ? daysBetween(ukDateOf(new Date(a.createdInDirectoryAt)), day) : null);
  const people_ = new Set([...owners.values()].map((p) => p.employeeNumber.trim()));

  const findings: DirectoryFinding[] = [
    {
      key: 'leaver-privileged-logon-after-leaving',
      severity: 'critical',
      title: 'Privileged accounts of leavers used after they left',
      reason: 'Enabled accounts in a privileged group whose owner has left, with a logon after their last day: possible misuse of powerful access. Disable them and find out who used them.',
      entries: usedAfterLeaving.filter(isPrivileged).map((a) => entry(a, `${afterLeaving(a).reason}; privileged through ${groupsText(a)}`)),
    },
    {
      key: 'leaver-logon-after-leaving',
      severity: 'high',
      title: 'Accounts of leavers used after they left',
      reason: 'Enabled accounts whose owner has left, with a logon on a day after their last day worked: someone may be using them.',
      entries: usedAfterLeaving.map(afterLeaving),
    },
    {
      key: 'leaver-enabled',
      severity: 'high',
      title: 'Leavers with enabled accounts',
      reason: 'Accounts still enabled although the staff register says their owner has left.',
      entries: leavers.map((a) => entry(a, `${leaverOf(a)!.name} left on ${leaverOf(a)!.leftOn}; ${logonText(a)}`)),
    },
    {
      key: 'privileged-without-mfa',
      severity: 'high',
      title: 'Privileged accounts without multi-factor authentication',
      reason: 'Enabled accounts in a privileged group whose export says no second factor is registered.',
      entries: enabled.filter((a) => isPrivileged(a) && a.mfaRegistered === false).map((a) => entry(a, `privileged through ${groupsText(a)}; no MFA registered`)),
    },
    {
      key: 'dormant',
      severity: 'medium',
      title: `Enabled accounts not used for ${settings.dormantDays} days or more`,
      reason: `Enabled accounts whose last logon was ${settings.dormantDays} or more days before the day: access nobody uses is access someone else can.`,
      entries: enabled.filter((a) => a.lastLogonAt !== null && daysSinceLogon(a) >= settings.dormantDays).map((a) => entry(a, `${logonText(a)}, ${daysSinceLogon(a)} days before`)),
    },
    {
      key: 'never-logged-on',
      severity: 'medium',
      title: 'Enabled accounts never used',
      reason: `Enabled accounts with no logon at all, made ${settings.dormantDays} or more days before the day (or on a day the export does not give): counted apart from dormant ones, since they may never have been needed.`,
      entries: enabled
        .filter((a) => a.lastLogonAt === null && (daysSinceCreated(a) ?? Infinity) >= settings.dormantDays)
        .map((a) => entry(a, a.createdInDirectoryAt ? `never logged on; made on ${ukDateOf(new Date(a.createdInDirectoryAt))}` : 'never logged on; when it was made is not known')),
    },
    {
      key: 'unmatched-employee-id',
      severity: 'medium',
      title: 'Enabled accounts whose employee ID matches nobody',
      reason: 'The employee ID on these enabled accounts is no one’s in the staff register: a mistyped ID, someone not on ESR, or an account nobody answers for.',
      entries: enabled.filter((a) => employeeKey(a.employeeId) !== null && !owners.has(a.id)).map((a) => entry(a, `employee ID ${employeeKey(a.employeeId)} is no one’s in the staff register`)),
    },
    {
      key: 'shared-accounts',
      severity: 'medium',
      title: 'Shared and generic logins',
      reason: 'Enabled accounts the organisation’s rules name as shared: what is done with them cannot be traced to one person.',
      entries: enabled.filter((a) => a.kind === 'shared').map((a) => entry(a, `a shared login; ${logonText(a)}`)),
    },
    {
      key: 'password-never-expires',
      severity: 'medium',
      title: 'People’s accounts whose password never expires',
      reason: 'Enabled staff and admin accounts set so that their password never has to change.',
      entries: enabled.filter((a) => PERSONAL_KINDS.includes(a.kind) && a.passwordNeverExpires === true).map((a) => entry(a, `a ${a.kind} account whose password never expires`)),
    },
    {
      key: 'person-account-without-employee-id',
      severity: 'low',
      title: 'People’s accounts without an employee ID',
      reason: 'Enabled staff and admin accounts with no employee ID, so they cannot be matched to the staff register to find leavers.',
      entries: enabled.filter((a) => PERSONAL_KINDS.includes(a.kind) && employeeKey(a.employeeId) === null).map((a) => entry(a, `a ${a.kind} account with no employee ID`)),
    },
    {
      key: 'staff-without-account',
      severity: 'low',
      title: 'Current staff without an account',
      reason: 'Current members of staff, past their first days, with no account in any directory: they may be sharing someone else’s, or their employee ID is missing from their account.',
      // Only once a directory has been imported: with none, everyone would be listed.
      entries: accounts.length
        ? people.filter((p) => p.status === 'current' && !p.newStarter && !people_.has(p.employeeNumber.trim())).map((p) => ({ account: null, owner: p, reason: `${p.name} is current with no account holding employee ID ${p.employeeNumber}` }))
        : [],
    },
    {
      key: 'privileged',
      severity: 'info',
      title: 'Privileged accounts',
      reason: 'Every enabled account in a privileged group: the accounts to review first and most often.',
      entries: enabled.filter(isPrivileged).map((a) => entry(a, `privileged through ${groupsText(a)}`)),
    },
  ];
  const order = (f: DirectoryFinding) => SEVERITY_ORDER.indexOf(f.severity);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => order(a.f) - order(b.f) || a.i - b.i).map(({ f }) => ({ ...f, entries: sortEntries(f.entries) }));
}

/** Entries by directory, then account name (people by name), so the answer never depends on the order rows came in. */
function sortEntries(entries: FindingEntry[]): FindingEntry[] {
  const label = (e: FindingEntry) => (e.account ? `${e.account.directoryName}\u0000${e.account.name}` : `\u0000${e.owner?.name ?? ''}\u0000${e.owner?.employeeNumber ?? ''}`);
  return [...entries].sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0));
}
