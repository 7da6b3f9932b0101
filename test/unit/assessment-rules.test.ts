// The judgement an assessment carries, as plain functions: the CAF indicator rule, safeguard
// dimensions, standing and status against a profile, answer-once through each relation, divergence
// from the independent review, and what a change to a response leaves behind.
import { describe, expect, it } from 'vitest';
import { divergenceOf, divergenceSummary } from '../../src/modules/assessments/domain/divergence.js';
import { type Indicator, type IndicatorAnswer, levelFromIndicators } from '../../src/modules/assessments/domain/indicator-rule.js';
import { levelAtSameHeight, rungsBelow } from '../../src/modules/assessments/domain/levels.js';
import { mayMove, submissionProblems } from '../../src/modules/assessments/domain/lifecycle.js';
import { coverageByGroup, heatmapRows, type OutcomeFacts, progressOf } from '../../src/modules/assessments/domain/maturity.js';
import { daysBetween as daysUntil } from '../../src/platform/as-of.js';
import { assessmentStatus, type OutcomeStanding, standingOf } from '../../src/modules/assessments/domain/profile-status.js';
import { applyResponseChange, EMPTY_RESPONSE, type NodeFacts } from '../../src/modules/assessments/domain/response-rules.js';
import { dimensionProblems, dimensionScore, levelFromDimensions } from '../../src/modules/assessments/domain/safeguard-dimensions.js';
import { suggestedLevel } from '../../src/modules/assessments/domain/suggestions.js';

const CAF = ['not-achieved', 'partially-achieved', 'achieved'];
const TWO = ['not-achieved', 'achieved'];
const WGLL = ['not-met', 'partly-met', 'met'];
const NDG = ['not-met', 'met'];

// An outcome with two indicators at each level (two-level outcomes have no partially-achieved ones).
const indicators = (partial = true): Indicator[] => [
  { ref: 'NA1', level: 'not-achieved' },
  { ref: 'NA2', level: 'not-achieved' },
  ...(partial ? ([{ ref: 'PA1', level: 'partially-achieved' }, { ref: 'PA2', level: 'partially-achieved' }] as Indicator[]) : []),
  { ref: 'A1', level: 'achieved' },
  { ref: 'A2', level: 'achieved' },
];
const answers = (text: string): Record<string, IndicatorAnswer> =>
  Object.fromEntries(
    text
      .split(' ')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, IndicatorAnswer]),
  );

describe('the CAF indicator rule', () => {
  it.each([
    ['any not-achieved indicator true decides it, even with others unanswered', true, 'NA1=yes', 'not-achieved'],
    ['any not-achieved indicator true outweighs every achieved one', true, 'NA1=no NA2=yes PA1=yes PA2=yes A1=yes A2=yes', 'not-achieved'],
    ['every achieved indicator true → achieved', true, 'NA1=no NA2=no PA1=no PA2=no A1=yes A2=yes', 'achieved'],
    ['an achieved indicator not applicable still allows achieved', true, 'NA1=no NA2=no PA1=no PA2=no A1=yes A2=not-applicable', 'achieved'],
    ['every partially-achieved indicator true, not every achieved one → partially achieved', true, 'NA1=no NA2=no PA1=yes PA2=yes A1=yes A2=no', 'partially-achieved'],
    ['some partially-achieved indicators only → not achieved', true, 'NA1=no NA2=no PA1=yes PA2=no A1=no A2=no', 'not-achieved'],
    ['every indicator no → not achieved', true, 'NA1=no NA2=no PA1=no PA2=no A1=no A2=no', 'not-achieved'],
    ['one indicator unanswered and nothing decided yet → no level', true, 'NA1=no NA2=no PA1=yes PA2=yes A1=yes', null],
    ['all achieved not applicable → not achieved (nothing shows it is met)', true, 'NA1=no NA2=no PA1=no PA2=no A1=not-applicable A2=not-applicable', 'not-achieved'],
    ['a two-level outcome: not every achieved indicator → not achieved, never partially', false, 'NA1=no NA2=no A1=yes A2=no', 'not-achieved'],
    ['a two-level outcome: every achieved indicator → achieved', false, 'NA1=no NA2=no A1=yes A2=yes', 'achieved'],
  ])('%s', (_, partial, given, level) => {
    expect(levelFromIndicators(indicators(partial), answers(given)).level).toBe(level);
  });

  it('says which indicators decided a not-achieved result and counts what is unanswered', () => {
    expect(levelFromIndicators(indicators(), answers('NA2=yes'))).toEqual({ level: 'not-achieved', answered: 1, unanswered: 5, because: '1 not-achieved indicator true: NA2' });
  });
});

describe('CIS safeguard dimensions', () => {
  it.each([
    ['not scored', {}, null],
    ['implemented nowhere → the lowest level', { implemented: 0, policy: 4 }, 'not-implemented'],
    ['implemented on some systems → partly', { implemented: 2 }, 'partly-implemented'],
    ['implemented on all systems → implemented', { implemented: 4, policy: 0 }, 'implemented'],
  ])('%s', (_, scores, level) => {
    expect(levelFromDimensions(scores, ['not-implemented', 'partly-implemented', 'implemented'])).toBe(level);
  });

  it.each([
    ['none scored', {}, null],
    ['all at the top', { policy: 4, implemented: 4, automated: 4, reported: 4 }, 1],
    ['a mean of the steps given', { policy: 2, implemented: 4 }, 0.75],
  ])('score: %s', (_, scores, score) => expect(dimensionScore(scores)).toBe(score));

  it('refuses unknown dimensions and steps outside 0–4', () => {
    expect(dimensionProblems({ policy: 5, implemented: 1.5, colour: 2, automated: 4 }).map((p) => p.field)).toEqual(['dimensions.policy', 'dimensions.implemented', 'dimensions.colour']);
  });
});

describe('levels carried between ladders', () => {
  it.each([
    ['top to top, three rungs to two', CAF, 'achieved', TWO, 'achieved'],
    ['partial to a two-rung ladder rounds down', CAF, 'partially-achieved', TWO, 'not-achieved'],
    ['bottom to bottom', TWO, 'not-achieved', WGLL, 'not-met'],
    ['two rungs to three: top stays top', NDG, 'met', WGLL, 'met'],
    ['middle to middle', CAF, 'partially-achieved', WGLL, 'partly-met'],
    ['a level the ladder does not have', CAF, 'met', WGLL, null],
  ])('%s', (_, from, level, to, expected) => expect(levelAtSameHeight(from, level, to)).toBe(expected));

  it.each([
    ['at the expected level', 'achieved', 'achieved', 0],
    ['above it', 'achieved', 'partially-achieved', 0],
    ['one below', 'partially-achieved', 'achieved', 1],
    ['two below', 'not-achieved', 'achieved', 2],
  ])('rungs below: %s', (_, level, expected, rungs) => expect(rungsBelow(CAF, level, expected)).toBe(rungs));
});

describe('standing against the profile and the status rule', () => {
  it.each([
    ['unanswered', null, 'achieved', 'unanswered', 0],
    ['no expected level set', 'not-achieved', null, 'no-target', 0],
    ['at the expected level', 'partially-achieved', 'partially-achieved', 'meets', 0],
    ['above the expected level', 'achieved', 'partially-achieved', 'meets', 0],
    ['one level below', 'partially-achieved', 'achieved', 'below', 1],
    ['two levels below', 'not-achieved', 'achieved', 'below', 2],
    ['the profile makes it not applicable', 'not-achieved', 'not-applicable', 'meets', 0],
    ['marked not applicable, but the profile expects a level', 'not-applicable', 'partially-achieved', 'below', 2],
  ])('%s', (_, level, expected, standing, rungs) => {
    expect(standingOf({ ref: 'X', levels: CAF, level, expected })).toMatchObject({ standing, rungsBelow: rungs });
  });

  const standing = (s: OutcomeStanding['standing']): OutcomeStanding => ({ ref: 'X', standing: s, rungsBelow: s === 'below' ? 1 : 0, reason: null });
  const rule = { met: 'standards-met', below: 'approaching-standards' };
  it.each([
    ['every outcome meets the profile → Standards Met, final', ['meets', 'meets', 'no-target'], 'met', 'standards-met', false],
    ['one below → the configured label', ['meets', 'below', 'meets'], 'below', 'approaching-standards', false],
    ['one below and some unanswered → the configured label, provisional', ['below', 'unanswered'], 'below', 'approaching-standards', true],
    ['none below but some unanswered → incomplete, Standards Met so far', ['meets', 'unanswered'], 'incomplete', 'standards-met', true],
  ] as const)('%s', (_, standings, state, labelId, provisional) => {
    expect(assessmentStatus(standings.map(standing), rule)).toMatchObject({ state, labelId, provisional });
  });
});

describe('answer once: what a source answer suggests through each relation', () => {
  it.each([
    ['equal: the same level', 'equal', CAF, 'partially-achieved', CAF, 'partially-achieved', 'same'],
    ['equal onto a two-level target rounds down', 'equal', CAF, 'partially-achieved', TWO, 'not-achieved', 'same'],
    ['superset: the target is at least the source level', 'superset', CAF, 'achieved', WGLL, 'met', 'at-least'],
    ['subset: a met source says only "at most"', 'subset', CAF, 'achieved', CAF, 'achieved', 'at-most'],
    ['subset: a not-met source means the target is not met either', 'subset', CAF, 'not-achieved', WGLL, 'not-met', 'same'],
    ['intersects: no level follows', 'intersects', CAF, 'achieved', CAF, null, 'none'],
    ['related: no level follows', 'related', CAF, 'achieved', CAF, null, 'none'],
    ['an unanswered source suggests no level', 'equal', CAF, null, CAF, null, 'none'],
    ['a not-applicable source suggests no level', 'equal', CAF, 'not-applicable', CAF, null, 'none'],
  ] as const)('%s', (_, relation, fromLevels, level, toLevels, suggested, qualifier) => {
    expect(suggestedLevel(relation, fromLevels, level, toLevels)).toEqual({ level: suggested, qualifier });
  });
});

describe('divergence between the self-assessment and the independent review', () => {
  it.each([
    ['not reviewed', 'achieved', null, 'not-reviewed', 0],
    ['the organisation has not answered', null, 'achieved', 'self-unanswered', 0],
    ['they agree', 'achieved', 'achieved', 'agrees', 0],
    ['the reviewer rates one level lower', 'achieved', 'partially-achieved', 'review-lower', 1],
    ['the reviewer rates two levels lower', 'achieved', 'not-achieved', 'review-lower', 2],
    ['the reviewer rates higher', 'not-achieved', 'partially-achieved', 'review-higher', 1],
    ['one says not applicable', 'not-applicable', 'achieved', 'applicability', 0],
  ])('%s', (_, self, review, divergence, rungs) => expect(divergenceOf(CAF, self, review)).toEqual({ divergence, rungs }));

  it('counts each kind for the summary', () => {
    const summary = divergenceSummary([divergenceOf(CAF, 'achieved', 'achieved'), divergenceOf(CAF, 'achieved', 'not-achieved'), divergenceOf(CAF, 'achieved', null)]);
    expect(summary).toMatchObject({ agrees: 1, 'review-lower': 1, 'not-reviewed': 1, 'review-higher': 0 });
  });
});

describe('a change to a response', () => {
  const outcome: NodeFacts = { ref: 'B4.d', style: 'outcome', levels: CAF, indicators: indicators() };
  const plain: NodeFacts = { ref: 'B4.d', style: 'outcome', levels: CAF, indicators: [] };
  const safeguard: NodeFacts = { ref: '7.1', style: 'safeguard', levels: ['not-implemented', 'partly-implemented', 'implemented'], indicators: [] };
  const fieldsOf = (result: ReturnType<typeof applyResponseChange>) => (result.ok ? [] : result.problems.map((p) => p.field));

  it.each([
    ['a level the outcome does not have', plain, { level: 'met' }, ['level']],
    ['not applicable without a reason', plain, { level: 'not-applicable' }, ['notApplicableReason']],
    ['an override of the indicators without a justification', outcome, { level: 'achieved', indicatorAnswers: answers('NA1=yes') }, ['overrideReason']],
    ['indicator answers where none are loaded', plain, { indicatorAnswers: { X: 'yes' } }, ['indicatorAnswers']],
    ['an indicator of another outcome', outcome, { indicatorAnswers: { Z9: 'yes' } }, ['indicatorAnswers.Z9']],
    ['a level for a safeguard, which follows from its dimensions', safeguard, { level: 'implemented' }, ['level']],
    ['dimensions for an outcome', plain, { dimensions: { policy: 1 } }, ['dimensions']],
    ['agreed with no level', plain, { reviewState: 'agreed' }, ['reviewState']],
    ['an impossible due date', plain, { dueOn: '2026-02-30' }, ['dueOn']],
  ] as const)('refuses %s', (_, node, change, fields) => {
    expect(fieldsOf(applyResponseChange(EMPTY_RESPONSE, change, node))).toEqual(fields);
  });

  it('follows the indicators until a level is chosen, and keeps the justification of an override', () => {
    const derived = applyResponseChange(EMPTY_RESPONSE, { indicatorAnswers: answers('NA1=no NA2=no PA1=yes PA2=yes A1=no A2=no') }, outcome);
    expect(derived.ok && derived.next).toMatchObject({ level: 'partially-achieved', derivedLevel: 'partially-achieved', chosenLevel: null, overridden: false, reviewState: 'in-progress' });
    const overridden = applyResponseChange(derived.ok ? derived.next : EMPTY_RESPONSE, { level: 'achieved', overrideReason: 'Compensating controls on every server.' }, outcome);
    expect(overridden.ok && overridden.next).toMatchObject({ level: 'achieved', derivedLevel: 'partially-achieved', overridden: true, overrideReason: 'Compensating controls on every server.' });
  });

  it('a changed answer reopens an agreed outcome; a change of owner alone does not', () => {
    const agreed = { ...EMPTY_RESPONSE, chosenLevel: 'achieved', reviewState: 'agreed' as const };
    const reopened = applyResponseChange(agreed, { narrative: 'New evidence.' }, plain);
    expect(reopened.ok && reopened.next.reviewState).toBe('in-progress');
    const owner = applyResponseChange(agreed, { ownerId: 'someone' }, plain);
    expect(owner.ok && owner.next.reviewState).toBe('agreed');
  });

  it('a safeguard takes its level from "implemented"', () => {
    const result = applyResponseChange(EMPTY_RESPONSE, { dimensions: { policy: 3, implemented: 3 } }, safeguard);
    expect(result.ok && result.next.level).toBe('partly-implemented');
  });
});

describe('the lifecycle', () => {
  it.each([
    ['draft', 'in-review', true],
    ['in-review', 'draft', true],
    ['in-review', 'submitted', true],
    ['draft', 'submitted', false],
    ['submitted', 'draft', false],
    ['submitted', 'archived', true],
    ['archived', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => expect(mayMove(from, to)).toBe(allowed));

  it('submission names every outcome without a level', () => {
    expect(submissionProblems([{ ref: 'A1.a', level: 'achieved' }, { ref: 'A1.b', level: null }]).map((p) => p.field)).toEqual(['responses.A1.b']);
  });
});

describe('maturity views', () => {
  const facts = (ref: string, parentRef: string, level: string | null, standing: OutcomeStanding['standing'], extra: Partial<OutcomeFacts> = {}): OutcomeFacts => ({
    ref,
    parentRef,
    level,
    levels: CAF,
    reviewState: 'in-progress',
    dueOn: null,
    standing: { ref, standing, rungsBelow: standing === 'below' ? 1 : 0, reason: null },
    ...extra,
  });

  it('a heatmap row per principle, under its objective, with below-profile counts and heights', () => {
    const outline = [
      { ref: 'A', parentRef: null, title: 'Managing risk', type: 'objective' },
      { ref: 'A1', parentRef: 'A', title: 'Governance', type: 'principle' },
      { ref: 'A2', parentRef: 'A', title: 'Risk management', type: 'principle' },
    ];
    const rows = heatmapRows(outline, [facts('A1.a', 'A1', 'achieved', 'meets'), facts('A1.b', 'A1', 'partially-achieved', 'below'), facts('A2.a', 'A2', null, 'unanswered')]);
    expect(rows.map((r) => [r.objective?.ref, r.principle.ref, r.cells.map((c) => c.height), r.below])).toEqual([
      ['A', 'A1', [1, 0.5], 1],
      ['A', 'A2', [null], 0],
    ]);
  });

  it('progress counts levels, agreement and what is overdue on the day', () => {
    const p = progressOf([facts('A', 'P', 'achieved', 'meets', { reviewState: 'agreed', dueOn: '2026-01-01' }), facts('B', 'P', null, 'unanswered', { dueOn: '2026-01-01' }), facts('C', 'P', null, 'unanswered', { dueOn: '2026-01-02' })], '2026-01-02');
    expect(p).toMatchObject({ outcomes: 3, answered: 1, agreed: 1, overdue: 1, byLevel: { achieved: 1, unanswered: 2 } });
  });

  it('CIS coverage per implementation group counts implemented among the applicable safeguards', () => {
    const cis = ['not-implemented', 'partly-implemented', 'implemented'];
    const sg = (ref: string, level: string | null, groups: string[], score: number | null = null) => facts(ref, '1', level, 'no-target', { levels: cis, implementationGroups: groups, score });
    const coverage = coverageByGroup([sg('1.1', 'implemented', ['ig1', 'ig2'], 1), sg('1.2', 'partly-implemented', ['ig1', 'ig2'], 0.5), sg('1.3', 'not-applicable', ['ig1', 'ig2']), sg('1.4', null, ['ig2'])], ['ig1', 'ig2']);
    expect(coverage).toEqual([
      { group: 'ig1', safeguards: 3, notApplicable: 1, implemented: 1, partly: 1, notImplemented: 0, unanswered: 0, coverage: 0.5, meanScore: 0.75 },
      { group: 'ig2', safeguards: 4, notApplicable: 1, implemented: 1, partly: 1, notImplemented: 0, unanswered: 1, coverage: 1 / 3, meanScore: 0.75 },
    ]);
  });

  it.each([
    ['the DSPT deadline from 5 December', '2025-12-05', '2026-06-30', 207],
    ['the day itself', '2026-06-30', '2026-06-30', 0],
    ['three days late', '2026-07-03', '2026-06-30', -3],
    ['across the spring clock change', '2026-03-28', '2026-03-30', 2],
  ])('days until: %s', (_, today, due, days) => expect(daysUntil(today, due)).toBe(days));
});

describe('an assessment’s default title', () => {
  it.each([
    ['the catalogue’s name already gives the period', 'DSPT 2025-26', '2025-26', 'DSPT 2025-26'],
    ['a framework without years gets the period beside it', 'CAF 4.0', '2026-27', 'CAF 4.0 (2026-27)'],
  ])('%s', async (_, name, period, title) => {
    const { defaultTitle } = await import('../../src/modules/assessments/assessment-lifecycle.js');
    expect(defaultTitle(name, period)).toBe(title);
  });
});
