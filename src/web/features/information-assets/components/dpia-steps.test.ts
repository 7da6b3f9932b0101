import { describe, expect, it } from 'vitest';
import type { DpiaDetail } from '../../../../contract/dpias';
import { aDpia } from './dpia-test-record';
import { missingFromAssessment, nextStep, stepOpening } from './dpia-steps';
import { DPIA_STEPS } from './links';

const risk = { description: 'Readings seen by the wrong clinician', likelihood: 'possible', severity: 'significant', measures: null, residualLikelihood: 'remote', residualSeverity: 'significant', score: 'medium', residualScore: 'low' } as const;
const complete: Partial<DpiaDetail> = {
  necessity: 'Only the readings acted on',
  consultation: 'Patient panel',
  assets: [{ id: 'a-1', name: 'Remote monitoring platform', archived: false }],
  risks: [risk],
};
const open = (dpia: DpiaDetail) => DPIA_STEPS.filter((step) => stepOpening(dpia, step).open);

describe('which of a DPIA’s steps may be taken', () => {
  it.each<[DpiaDetail['state'], Partial<DpiaDetail>, string[]]>([
    ['screening', {}, ['change', 'screening']],
    ['not-required', {}, ['change', 'screening']],
    ['required', {}, ['change', 'screening', 'risks', 'links']],
    ['in-progress', { necessity: 'Only the readings acted on' }, ['change', 'screening', 'risks', 'links']],
    ['awaiting-dpo-advice', complete, ['change', 'screening', 'risks', 'links', 'advice']],
    ['awaiting-sign-off', complete, ['change', 'screening', 'risks', 'links', 'advice', 'sign-off']],
    ['signed-off', complete, ['change', 'screening', 'risks', 'links']],
    ['review-due', complete, ['change', 'screening', 'risks', 'links']],
    ['not-approved', complete, ['change', 'screening', 'risks', 'links']],
  ])('%s: %j', (state, facts, steps) => {
    expect(open(aDpia({ state, ...facts }))).toEqual(steps);
  });

  it('says what the assessment still needs before the DPO can advise', () => {
    const dpia = aDpia({ state: 'in-progress', necessity: 'Only the readings acted on' });
    expect(missingFromAssessment(dpia)).toEqual(['whom was consulted', 'the assets or data flows it covers', 'at least one risk']);
    expect(stepOpening(dpia, 'advice')).toEqual({ open: false, needs: 'The DPO advises on a complete assessment: it still needs whom was consulted, the assets or data flows it covers and at least one risk.' });
  });

  it('counts a data flow, even an archived one, as what the DPIA covers', () => {
    expect(missingFromAssessment(aDpia({ ...complete, assets: [], flows: [{ id: 'f-1', name: 'Readings', archived: true }] }))).toEqual([]);
  });

  it('says sign-off waits for the DPO’s advice on this version, naming advice on an earlier one', () => {
    const advice = { advice: 'Go ahead', by: null, at: '2026-05-01T09:00:00.000Z', onEarlierVersion: true };
    expect(stepOpening(aDpia({ ...complete, state: 'awaiting-dpo-advice', dpoAdvice: advice }), 'sign-off')).toEqual({
      open: false,
      needs: 'The DPO’s advice was on an earlier version of the assessment: the DPO advises on this version before it is signed off.',
    });
    expect(stepOpening(aDpia({ ...complete, state: 'awaiting-dpo-advice' }), 'sign-off')).toEqual({ open: false, needs: 'The DPO’s advice on the assessment comes before sign-off.' });
  });

  it.each<[DpiaDetail['state'], Partial<DpiaDetail>, string | null]>([
    ['screening', {}, 'screening'],
    ['required', {}, 'change'],
    ['in-progress', { necessity: 'n', consultation: 'c' }, 'links'],
    ['in-progress', { necessity: 'n', consultation: 'c', flows: [{ id: 'f-1', name: 'Readings', archived: false }] }, 'risks'],
    ['awaiting-dpo-advice', complete, 'advice'],
    ['awaiting-sign-off', complete, 'sign-off'],
    ['review-due', complete, 'change'],
    ['signed-off', complete, null],
    ['not-required', {}, null],
  ])('the next step from %s (%j) is %s', (state, facts, step) => {
    expect(nextStep(aDpia({ state, ...facts }))?.step ?? null).toBe(step);
  });
});
