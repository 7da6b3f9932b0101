// The rules of a DPIA as rows: what the screening answers say, the 3×3 risk score, where a DPIA
// stands from what it holds, and the flags a signed-off DPIA raises as of a date.
import { describe, expect, it } from 'vitest';
import { type RiskLikelihood, type RiskSeverity, SCREENING_QUESTIONS } from '../../src/contract/dpias.js';
import { type DpiaFacts, dpiaFlags, dpiaState, riskScore, type ScreeningAnswers, screeningOutcome } from '../../src/modules/information-assets/domain/dpia-rules.js';

const allNo: ScreeningAnswers = Object.fromEntries(SCREENING_QUESTIONS.map((q) => [q, false]));
const { 'transfer-outside-uk': _left, ...allButOneNo } = allNo;

describe('screening', () => {
  it.each([
    ['nothing answered', {}, null, 'incomplete'],
    ['one yes, the rest unanswered', { 'vulnerable-people': true }, null, 'required'],
    ['one yes among noes', { ...allNo, 'location-tracking': true }, null, 'required'],
    ['every answer no, with a reason', allNo, 'Staff rota only; no personal data beyond names', 'not-required'],
    ['every answer no, no reason', allNo, null, 'incomplete'],
    ['every answer no, a reason of spaces', allNo, '   ', 'incomplete'],
    ['one question unanswered, the rest no, with a reason', allButOneNo, 'Small internal list', 'incomplete'],
  ] as const)('%s → %s', (_, answers, reason, outcome) => expect(screeningOutcome(answers, reason)).toBe(outcome));
});

describe('risk scores: likelihood × severity on the usual 3×3', () => {
  it.each([
    ['remote', 'minimal', 'low'],
    ['remote', 'significant', 'low'],
    ['remote', 'severe', 'medium'],
    ['possible', 'minimal', 'low'],
    ['possible', 'significant', 'medium'],
    ['possible', 'severe', 'high'],
    ['probable', 'minimal', 'medium'],
    ['probable', 'significant', 'high'],
    ['probable', 'severe', 'high'],
  ] as const)('%s and %s → %s', (likelihood: RiskLikelihood, severity: RiskSeverity, score) => expect(riskScore(likelihood, severity)).toBe(score));
});

const lowRisk = { likelihood: 'possible', severity: 'significant', residualLikelihood: 'remote', residualSeverity: 'minimal' } as const;
const highResidual = { likelihood: 'probable', severity: 'severe', residualLikelihood: 'possible', residualSeverity: 'severe' } as const;

/** A DPIA whose screening says one is required, its assessment complete, advised on and awaiting sign-off. */
const aDpia = (facts: Partial<DpiaFacts> = {}): DpiaFacts => ({
  id: 'd1',
  reference: 'DPIA-2026-001',
  title: 'Shared care record',
  screening: { 'special-category-at-scale': true },
  notRequiredReason: null,
  necessity: 'Clinicians across the system need the record at the point of care',
  consultation: 'Patient panel and the Caldicott Guardian',
  linkCount: 1,
  risks: [lowRisk],
  assessmentVersion: 3,
  adviceOnVersion: 3,
  signOffOutcome: null,
  reviewOn: null,
  ...facts,
});

describe('where a DPIA stands', () => {
  const AS_OF = '2026-06-30';
  it.each([
    ['nothing screened yet', { screening: {}, necessity: null, consultation: null, linkCount: 0, risks: [], adviceOnVersion: null }, 'screening'],
    ['every answer no with a reason', { screening: allNo, notRequiredReason: 'No personal data', adviceOnVersion: null }, 'not-required'],
    ['required, nothing assessed yet', { necessity: null, consultation: null, linkCount: 0, risks: [], adviceOnVersion: null }, 'required'],
    ['required, a risk written', { necessity: null, consultation: null, linkCount: 0, adviceOnVersion: null }, 'in-progress'],
    ['complete but for the consultation', { consultation: ' ', adviceOnVersion: null }, 'in-progress'],
    ['complete but for what it covers', { linkCount: 0, adviceOnVersion: null }, 'in-progress'],
    ['complete, no advice yet', { adviceOnVersion: null }, 'awaiting-dpo-advice'],
    ['complete, advice on an earlier version', { adviceOnVersion: 2 }, 'awaiting-dpo-advice'],
    ['advice on this version', {}, 'awaiting-sign-off'],
    ['approved, review later', { signOffOutcome: 'approved', reviewOn: '2027-06-30' }, 'signed-off'],
    ['approved with conditions, review on the as-of date', { signOffOutcome: 'approved-with-conditions', reviewOn: AS_OF }, 'signed-off'],
    ['approved, review the day before', { signOffOutcome: 'approved', reviewOn: '2026-06-29' }, 'review-due'],
    ['not approved', { signOffOutcome: 'not-approved', reviewOn: '2026-01-01' }, 'not-approved'],
  ] as const)('%s → %s', (_, facts, state) => expect(dpiaState(aDpia(facts as Partial<DpiaFacts>), AS_OF)).toBe(state));
});

describe('flags of a DPIA', () => {
  const AS_OF = '2026-06-30';
  const rulesOf = (facts: Partial<DpiaFacts>) => dpiaFlags(aDpia(facts), AS_OF).map((f) => `${f.rule}:${f.severity}`);
  it.each([
    ['awaiting sign-off, review date passed and a high residual risk: none until signed off', { reviewOn: '2026-01-01', risks: [highResidual] }, []],
    ['approved, review on the as-of date', { signOffOutcome: 'approved', reviewOn: AS_OF }, []],
    ['approved, review the day before', { signOffOutcome: 'approved', reviewOn: '2026-06-29' }, ['dpia-review-overdue:medium']],
    ['approved with conditions, a high residual risk', { signOffOutcome: 'approved-with-conditions', reviewOn: '2027-01-01', risks: [lowRisk, highResidual] }, ['dpia-high-residual-risk:high']],
    ['approved, high before the measures but low after', { signOffOutcome: 'approved', reviewOn: '2027-01-01', risks: [{ ...highResidual, residualLikelihood: 'remote', residualSeverity: 'significant' }] }, []],
    ['not approved, a high residual risk and the review passed', { signOffOutcome: 'not-approved', reviewOn: '2026-01-01', risks: [highResidual] }, []],
    ['approved, both', { signOffOutcome: 'approved', reviewOn: '2026-01-01', risks: [highResidual, highResidual] }, ['dpia-review-overdue:medium', 'dpia-high-residual-risk:high']],
  ] as const)('%s', (_, facts, rules) => expect(rulesOf(facts as Partial<DpiaFacts>)).toEqual(rules));

  it('keys each flag by rule and DPIA, and names the DPIA by reference and title', () => {
    const [flag] = dpiaFlags(aDpia({ signOffOutcome: 'approved', reviewOn: '2026-01-01' }), AS_OF);
    expect(flag).toMatchObject({ key: 'dpia-review-overdue:dpia:d1', subject: { kind: 'dpia', id: 'd1', name: 'DPIA-2026-001: Shared care record' } });
    expect(flag!.reason).toContain('2026-01-01');
  });

  it('says how many risks stay high', () => {
    const [flag] = dpiaFlags(aDpia({ signOffOutcome: 'approved', reviewOn: '2027-01-01', risks: [highResidual, highResidual] }), AS_OF);
    expect(flag!.reason).toContain('2 risks stay high');
  });
});
