import { describe, expect, it } from 'vitest';
import type { DpiaDetail, DpiaRisk } from '../../../../contract/dpias';
// The API's own rule, read only to check the form's copy agrees with it (the web app never ships it).
import { riskScore as apiRiskScore } from '../../../../modules/information-assets/domain/dpia-rules';
import { BLANK_RISK, riskField, riskFieldOf, riskScore, risksBodyOf, risksFacts, risksValuesOf, scoreWhileFilling } from './dpia-risk-values';

const risk = (over: Partial<DpiaRisk> = {}): DpiaRisk => ({
  description: 'Records seen by staff who do not need them',
  likelihood: 'probable',
  severity: 'severe',
  measures: 'Role-based access and audit',
  residualLikelihood: 'remote',
  residualSeverity: 'significant',
  score: 'high',
  residualScore: 'low',
  ...over,
});
const dpia = (risks: DpiaRisk[]) => ({ risks }) as DpiaDetail;

describe('the score of a risk', () => {
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
  ] as const)('%s and %s is %s, as the API scores it', (likelihood, severity, score) => {
    expect(riskScore(likelihood, severity)).toBe(score);
    expect(apiRiskScore(likelihood, severity)).toBe(score);
  });

  it('is not shown until both the likelihood and the severity are chosen', () => {
    expect(scoreWhileFilling('probable', '')).toBeNull();
    expect(scoreWhileFilling('', 'severe')).toBeNull();
    expect(scoreWhileFilling('probable', 'severe')).toBe('high');
  });
});

describe('the risks form', () => {
  it('reads the risks held, no measures as an empty box, and sends them back unchanged', () => {
    const values = risksValuesOf(dpia([risk(), risk({ measures: null })]));
    expect(values.risks[1]!.measures).toBe('');
    const { body, errors } = risksBodyOf(values, values, 7);
    expect(errors).toEqual([]);
    expect(body).toEqual({
      version: 7,
      risks: [
        { description: 'Records seen by staff who do not need them', likelihood: 'probable', severity: 'severe', measures: 'Role-based access and audit', residualLikelihood: 'remote', residualSeverity: 'significant' },
        { description: 'Records seen by staff who do not need them', likelihood: 'probable', severity: 'severe', measures: null, residualLikelihood: 'remote', residualSeverity: 'significant' },
      ],
    });
  });

  it('leaves out a risk added and left blank, and trims what is typed', () => {
    const values = { risks: [{ ...BLANK_RISK }, { ...BLANK_RISK, description: '  Lost laptop ', likelihood: 'possible', severity: 'severe', measures: '  ', residualLikelihood: 'remote', residualSeverity: 'severe' } as const] };
    const { body, errors } = risksBodyOf(values, values, 2);
    expect(errors).toEqual([]);
    expect(body.risks).toEqual([{ description: 'Lost laptop', likelihood: 'possible', severity: 'severe', measures: null, residualLikelihood: 'remote', residualSeverity: 'severe' }]);
  });

  it('names each missing part of a risk begun, by its risk, before sending', () => {
    const values = { risks: [risksValuesOf(dpia([risk()])).risks[0]!, { ...BLANK_RISK, likelihood: 'remote' as const }] };
    const { body, errors } = risksBodyOf(values, values, 2);
    expect(errors).toEqual([
      { field: 'risks-2-description', message: 'Describe risk 2: what could happen to people, and how' },
      { field: 'risks-2-severity', message: 'Choose how severe risk 2 would be before the measures' },
      { field: 'risks-2-residualLikelihood', message: 'Choose how likely risk 2 is after the measures' },
      { field: 'risks-2-residualSeverity', message: 'Choose how severe risk 2 would be after the measures' },
    ]);
    expect(body.risks).toHaveLength(1);
  });

  it('refuses a description longer than the API takes', () => {
    const values = { risks: [{ ...risksValuesOf(dpia([risk()])).risks[0]!, description: 'x'.repeat(5001) }] };
    expect(risksBodyOf(values, values, 1).errors).toEqual([{ field: 'risks-1-description', message: 'The description of risk 1 must be 5,000 characters or fewer' }]);
  });

  it('names the API’s problem with a risk’s field as the form’s field of that risk, and leaves others alone', () => {
    expect(riskFieldOf('risks.0.description')).toBe(riskField(0, 'description'));
    expect(riskFieldOf('risks.3.residualSeverity')).toBe('risks-4-residualSeverity');
    expect(riskFieldOf('risks.0.score')).toBeUndefined();
    expect(riskFieldOf('version')).toBeUndefined();
  });

  it('says each risk in words with its scores, after their count', () => {
    expect(risksFacts(dpia([risk()]))).toEqual([
      { field: 'risks', key: 'Risks', text: '1 risk' },
      { field: 'risk-1', key: 'Risk 1', text: 'Records seen by staff who do not need them: High (probable, severe) before the measures, Low (remote, significant) after' },
    ]);
  });
});
