import { describe, expect, it } from 'vitest';
import type { Review, ReviewDecision, ReviewScope } from '../../../../contract/access-reviews';
import { dayWords, reasonRequired, reviewerWords, scopeWords } from './words';

const scope = (change: Partial<ReviewScope>): ReviewScope => ({ directoryId: null, group: null, privileged: false, finding: null, assetId: null, ...change });

describe('a review’s scope in words', () => {
  it.each([
    ['nothing narrowed: every account everywhere', scope({}), undefined, 'Accounts in every directory'],
    ['from a finding', scope({ finding: 'leaver-enabled' }), undefined, 'Accounts in every directory among leavers with enabled accounts'],
    ['privileged only, in a named directory', scope({ privileged: true, directoryId: 'd1' }), 'Active Directory', 'Privileged accounts in Active Directory'],
    ['a directory whose name is not at hand', scope({ directoryId: 'd1' }), undefined, 'Accounts in one directory'],
    ['every part at once, finding before group', scope({ privileged: true, finding: 'dormant', group: 'Domain Admins' }), undefined, 'Privileged accounts in every directory among dormant accounts in the group Domain Admins'],
  ])('%s', (_case, given, directoryName, expected) => {
    expect(scopeWords(given, directoryName)).toBe(expected);
  });
});

describe('when a decision needs a reason (as the API checks)', () => {
  it.each<[string, ReviewDecision, boolean, boolean]>([
    ['keeping an ordinary account needs none', 'keep', false, false],
    ['keeping a privileged account needs one', 'keep', true, true],
    ['revoking always needs one', 'revoke', false, true],
    ['changing always needs one', 'change', false, true],
  ])('%s', (_case, decision, privileged, expected) => {
    expect(reasonRequired(decision, privileged)).toBe(expected);
  });
});

describe('a due day in words', () => {
  it.each([
    ['a day in winter', '2026-12-20', '20 December 2026'],
    ['a day in summer time', '2026-06-01', '1 June 2026'],
    ['the last day of February in a leap year', '2028-02-29', '29 February 2028'],
    ['no day', null, 'Not set'],
  ])('%s', (_case, day, expected) => {
    expect(dayWords(day)).toBe(expected);
  });
});

type Reviewers = Pick<Review, 'reviewerRule' | 'reviewer' | 'asset' | 'state'>;
const payroll = (owner: NonNullable<Review['asset']>['owner']): Review['asset'] => ({ id: 'a1', name: 'Payroll', owner });

describe('who reviews, in words', () => {
  it.each<[string, Reviewers, string]>([
    ['each owner’s line manager', { reviewerRule: 'line-manager', reviewer: null, asset: null, state: 'open' }, 'Each account owner’s line manager'],
    ['one named person', { reviewerRule: 'person', reviewer: { id: 'u1', name: 'Mark Donnelly' }, asset: null, state: 'draft' }, 'One named person: Mark Donnelly'],
    ['an asset’s owner with an account', { reviewerRule: 'information-asset-owner', reviewer: null, asset: payroll({ id: 'u1', name: 'Mark Donnelly' }), state: 'open' }, 'The Information Asset Owner of “Payroll”: Mark Donnelly'],
    [
      'an owner named only by name, before the start',
      { reviewerRule: 'information-asset-owner', reviewer: null, asset: payroll({ id: null, name: 'Pat Lowe' }), state: 'draft' },
      'The Information Asset Owner of “Payroll”: Pat Lowe, who has no Bulwark account here, so the accounts go to the person who starts the review',
    ],
    ['no owner recorded, once started', { reviewerRule: 'information-asset-owner', reviewer: null, asset: payroll(null), state: 'open' }, 'The Information Asset Owner of “Payroll”: none is recorded, so the accounts go to the person who started the review'],
    ['an asset gone from the register', { reviewerRule: 'information-asset-owner', reviewer: null, asset: null, state: 'closed' }, 'The Information Asset Owner of an asset: the asset is no longer in the register'],
  ])('%s', (_case, review, expected) => {
    expect(reviewerWords(review)).toBe(expected);
  });
});
