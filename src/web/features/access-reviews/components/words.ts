// The words the access-review pages use for states, rules, decisions and scopes.
import type { Review, ReviewDecision, ReviewerRule, ReviewerVia, ReviewScope, ReviewState } from '../../../../contract/access-reviews';
import type { FindingKey } from '../../../../contract/directory';
import type { TagColour } from '../../../components/Tag';

export const STATE_WORDS: Record<ReviewState, { text: string; colour: TagColour }> = {
  draft: { text: 'Draft', colour: 'grey' },
  open: { text: 'In progress', colour: 'blue' },
  closed: { text: 'Closed', colour: 'green' },
};

export const RULE_WORDS: Record<ReviewerRule, { text: string; hint: string }> = {
  'line-manager': { text: 'Each account owner’s line manager', hint: 'From the staff register; accounts whose manager has no Bulwark account here come to you.' },
  'information-asset-owner': { text: 'The Information Asset Owner of an asset', hint: 'Of the information asset the accounts give access to; if they have no Bulwark account here, the accounts come to you.' },
  person: { text: 'One named person', hint: 'Someone with a role in this organisation reviews every account.' },
};

export const DECISION_WORDS: Record<ReviewDecision, { text: string; hint: string }> = {
  keep: { text: 'Keep', hint: 'The account is still needed as it is.' },
  revoke: { text: 'Revoke', hint: 'Disable or remove the account.' },
  change: { text: 'Change', hint: 'Keep the account but change what it can reach, such as a group to remove.' },
};

export const VIA_WORDS: Record<ReviewerVia, string> = {
  'line-manager': 'Line manager',
  'information-asset-owner': 'Information Asset Owner',
  person: 'Named reviewer',
  fallback: 'Unassigned: nobody found by the rule',
};

/** Short names of the directory findings a review can be scoped to. */
export const FINDING_WORDS: Record<FindingKey, string> = {
  'leaver-privileged-logon-after-leaving': 'privileged accounts of leavers used after they left',
  'leaver-logon-after-leaving': 'leavers’ accounts used after they left',
  'leaver-enabled': 'leavers with enabled accounts',
  'privileged-without-mfa': 'privileged accounts without MFA',
  dormant: 'dormant accounts',
  'never-logged-on': 'accounts never logged on',
  'unmatched-employee-id': 'accounts whose employee ID matches nobody',
  'shared-accounts': 'shared accounts',
  'password-never-expires': 'accounts whose password never expires',
  'person-account-without-employee-id': 'person accounts without an employee ID',
  'staff-without-account': 'staff without an account',
  privileged: 'privileged accounts',
};

/** The scope in one line: "Privileged accounts in “leavers with enabled accounts”, group Domain Admins". */
export function scopeWords(scope: ReviewScope, directoryName?: string): string {
  const parts = [scope.privileged ? 'Privileged accounts' : 'Accounts'];
  parts.push(directoryName ? `in ${directoryName}` : scope.directoryId ? 'in one directory' : 'in every directory');
  if (scope.finding) parts.push(`among ${FINDING_WORDS[scope.finding]}`);
  if (scope.group) parts.push(`in the group ${scope.group}`);
  return parts.join(' ');
}

/**
 * Who reviews, in one line: the rule, and whom it names: the one person, or the asset with its
 * Information Asset Owner as the register has them now, saying when the owner cannot review here.
 */
export function reviewerWords(review: Pick<Review, 'reviewerRule' | 'reviewer' | 'asset' | 'state'>): string {
  const rule = RULE_WORDS[review.reviewerRule].text;
  if (review.reviewerRule === 'person') return review.reviewer ? `${rule}: ${review.reviewer.name}` : rule;
  if (review.reviewerRule === 'line-manager') return rule;
  if (!review.asset) return `${rule}: the asset is no longer in the register`;
  const of = `The Information Asset Owner of “${review.asset.name}”`;
  const starter = review.state === 'draft' ? 'the person who starts the review' : 'the person who started the review';
  if (!review.asset.owner) return `${of}: none is recorded, so the accounts go to ${starter}`;
  if (review.asset.owner.id === null) return `${of}: ${review.asset.owner.name}, who has no Bulwark account here, so the accounts go to ${starter}`;
  return `${of}: ${review.asset.owner.name}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A YYYY-MM-DD day as "6 December 2026". */
export function dayWords(day: string | null | undefined): string {
  if (!day) return 'Not set';
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}

/** A reason is required to revoke or change, and to keep a privileged account (as the API checks). */
export const reasonRequired = (decision: ReviewDecision, privileged: boolean) => decision !== 'keep' || privileged;
