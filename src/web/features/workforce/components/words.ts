// The people pages' words: the contracts' codes as people say them, each with a tag colour where
// one is shown, and counts, days and shares in words. The Record types make the compiler notice when
// a contract gains a value (the web app imports the contracts' types only, never their code).
import type { TagColour } from '../../../components/Tag';
import { formatDate } from '../../../lib/format';
import type { AccountKind, FindingKey, FindingSeverity } from '../../../../contract/directory';
import type { StaffStatusName } from '../../../../contract/staff';
import type { TrainingCompliance } from '../../../../contract/training';

export type StaffFilterStatus = StaffStatusName | 'new';

export const STAFF_FILTER_LABELS: Record<StaffFilterStatus, string> = { current: 'Current', new: 'New starters', future: 'Future starters', leaver: 'Leavers' };
export const STAFF_STATUS_WORDS: Record<StaffStatusName, { text: string; colour: TagColour }> = {
  current: { text: 'Current', colour: 'green' },
  future: { text: 'Future starter', colour: 'blue' },
  leaver: { text: 'Leaver', colour: 'grey' },
};

export const CHANGE_WORDS = { joined: 'Joined', moved: 'Moved', left: 'Left' } as const;

export const ACCOUNT_KIND_LABELS: Record<AccountKind, string> = {
  staff: 'Staff',
  admin: 'Admin',
  service: 'Service',
  shared: 'Shared',
  test: 'Test',
  'built-in': 'Built-in',
};

export const SEVERITY_WORDS: Record<FindingSeverity, { text: string; colour: TagColour }> = {
  critical: { text: 'Critical', colour: 'red' },
  high: { text: 'High', colour: 'orange' },
  medium: { text: 'Medium', colour: 'yellow' },
  low: { text: 'Low', colour: 'blue' },
  info: { text: 'For information', colour: 'grey' },
};

export const FINDING_LABELS: Record<FindingKey, string> = {
  'leaver-privileged-logon-after-leaving': 'Privileged account of a leaver used after they left',
  'leaver-logon-after-leaving': 'Leaver’s account used after they left',
  'leaver-enabled': 'Leaver with an enabled account',
  'privileged-without-mfa': 'Privileged account without MFA',
  dormant: 'Dormant accounts',
  'never-logged-on': 'Accounts never logged on',
  'unmatched-employee-id': 'Employee ID matching nobody in the staff register',
  'shared-accounts': 'Shared accounts',
  'password-never-expires': 'Password never expires',
  'person-account-without-employee-id': 'Person’s account without an employee ID',
  'staff-without-account': 'Staff without an account',
  privileged: 'Privileged accounts',
};

export const AWARENESS_WORDS: Record<TrainingCompliance['overdue']['byLineManager'][number]['people'][number]['state'], string> = {
  'in-date': 'In date',
  expired: 'Expired',
  never: 'Never done',
};

export function entries<K extends string>(labels: Record<K, string>): Array<[K, string]> {
  return Object.entries(labels) as Array<[K, string]>;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "31 March 2026" from "2026-03-31"; `fallback` when there is no day. */
export function dayWords(day: string | null | undefined, fallback = 'Not recorded'): string {
  return day ? formatDate(`${day}T12:00:00Z`, day) : fallback;
}

/** A share already worked out as a percentage to one decimal place: "92.5%", or "No one to count". */
export function percentWords(percent: number | null): string {
  return percent === null ? 'No one to count' : `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** A person's name as the register gives it, with the name they are known by first when there is one. */
export function personName(person: { firstName: string; lastName: string; knownAs: string | null }): string {
  return `${person.knownAs?.trim() || person.firstName} ${person.lastName}`;
}

/** "Not recorded" for what ESR or the directory leaves blank. */
export const orNotRecorded = (text: string | null | undefined) => (text?.trim() ? text : 'Not recorded');

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar day (YYYY-MM-DD) now falls on: the day a page shows when none is asked for. */
export function ukToday(now: Date = new Date()): string {
  return UK_DAY.format(now);
}
