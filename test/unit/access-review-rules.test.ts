// The pure rules of access reviews: who reviews an account under each rule (and when nobody is found,
// the campaign's starter), the completion figures on a day, and when a decision needs a reason.
import { describe, expect, it } from 'vitest';
import type { ReviewerRule } from '../../src/contract/access-reviews.js';
import { reasonProblem } from '../../src/modules/access-reviews/domain/decisions.js';
import { type FigureItem, reviewFigures } from '../../src/modules/access-reviews/domain/figures.js';
import { reviewerFor, type ReviewerSources } from '../../src/modules/access-reviews/domain/reviewers.js';

const sources = (rule: ReviewerRule, over: Partial<ReviewerSources> = {}): ReviewerSources => ({
  rule,
  namedId: null,
  assetOwnerId: null,
  fallbackId: 'starter',
  // 2 and 3 are managed by 1; 4 by 5, who has no Bulwark account; 6 by 7, whose register email is blank; 8 by themself.
  lineManagerOf: new Map([
    ['1', null],
    ['2', '1'],
    ['3', '1'],
    ['4', '5'],
    ['6', '7'],
    ['8', '8'],
  ]),
  emailOf: new Map([
    ['1', ' Claire.Robson@NHS.net '],
    ['5', 'gus.ward@nhs.net'],
    ['7', null],
    ['8', 'self@nhs.net'],
  ]),
  userByEmail: new Map([
    ['claire.robson@nhs.net', 'claire'],
    ['self@nhs.net', 'self'],
  ]),
  ...over,
});

describe('reviewerFor', () => {
  it.each([
    ['line manager found by email, whatever its case and spaces', 'line-manager', {}, '2', { reviewerId: 'claire', via: 'line-manager' }],
    ['an account with no owner goes to the starter', 'line-manager', {}, null, { reviewerId: 'starter', via: 'fallback' }],
    ['an owner with no line manager goes to the starter', 'line-manager', {}, '1', { reviewerId: 'starter', via: 'fallback' }],
    ['a manager with no Bulwark account: the starter', 'line-manager', {}, '4', { reviewerId: 'starter', via: 'fallback' }],
    ['a manager with no email in the register: the starter', 'line-manager', {}, '6', { reviewerId: 'starter', via: 'fallback' }],
    ['a person recorded as their own manager does not review themself', 'line-manager', {}, '8', { reviewerId: 'starter', via: 'fallback' }],
    ['an owner missing from the register: the starter', 'line-manager', {}, '99', { reviewerId: 'starter', via: 'fallback' }],
    ['the asset’s owner under the IAO rule, owner or not', 'information-asset-owner', { assetOwnerId: 'iao' }, null, { reviewerId: 'iao', via: 'information-asset-owner' }],
    ['an asset with no owner holding an account: the starter', 'information-asset-owner', {}, '2', { reviewerId: 'starter', via: 'fallback' }],
    ['the named person under the person rule', 'person', { namedId: 'named' }, '2', { reviewerId: 'named', via: 'person' }],
  ] as const)('%s', (_, rule, over, owner, expected) => {
    expect(reviewerFor(owner, sources(rule, over))).toEqual(expected);
  });
});

const item = (reviewerId: string, decision: FigureItem['decision'], via: FigureItem['reviewerVia'] = 'line-manager'): FigureItem => ({ reviewerId, reviewerVia: via, decision });
const names = (id: string) => ({ a: 'Ann', b: 'Bob', s: 'Sam' })[id] ?? id;

describe('reviewFigures', () => {
  const items = [item('a', 'keep'), item('a', null), item('a', 'revoke'), item('b', null), item('b', null), item('s', 'change', 'fallback'), item('s', null, 'fallback')];

  it.each([
    ['before the due day nothing is overdue', '2026-05-30', 0],
    ['on the due day nothing is overdue yet', '2026-05-31', 0],
    ['the day after, every outstanding item is', '2026-06-01', 4],
  ])('%s', (_, today, overdue) => {
    expect(reviewFigures(items, '2026-05-31', today, names).overdue).toBe(overdue);
  });

  it('counts decisions, the unassigned, and outstanding by reviewer, most outstanding first then by name', () => {
    const f = reviewFigures(items, '2026-05-31', '2026-05-01', names);
    expect([f.items, f.decided, f.outstanding, f.byDecision, f.unassigned, f.percentDecided]).toEqual([7, 3, 4, { keep: 1, revoke: 1, change: 1 }, 2, 42]);
    expect(f.byReviewer.map((r) => [r.reviewer.name, r.items, r.outstanding, r.unassigned])).toEqual([
      ['Bob', 2, 2, 0],
      ['Ann', 3, 1, 0],
      ['Sam', 2, 1, 2],
    ]);
  });

  it('a campaign with no items is 0% decided, not a division by nothing', () => {
    expect(reviewFigures([], '2026-05-31', '2026-06-01', names)).toMatchObject({ items: 0, percentDecided: 0, overdue: 0, byReviewer: [] });
  });
});

describe('reasonProblem', () => {
  it.each([
    ['keeping an ordinary account needs no reason', 'keep', null, false, false],
    ['keeping a privileged account does', 'keep', null, true, true],
    ['a reason of spaces is no reason', 'keep', '   ', true, true],
    ['keeping a privileged account with a reason', 'keep', 'On-call DBA', true, false],
    ['revoking always needs one', 'revoke', null, false, true],
    ['changing always needs one', 'change', '', false, true],
    ['revoking with a reason', 'revoke', 'Left the team', false, false],
  ] as const)('%s', (_, decision, reason, privileged, refused) => {
    expect(reasonProblem(decision, reason, privileged) !== null).toBe(refused);
  });
});
