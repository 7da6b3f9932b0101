import { describe, expect, it } from 'vitest';
import type { DpiaDetail } from '../../../../contract/dpias';
import { adviceBodyOf, adviceValuesOf, dpiaLinkItems, dpiaStepFacts, linksBodyOf, linksValuesOf, signOffBodyOf, signOffValuesOf } from './dpia-step-values';

const dpia = (over: Partial<DpiaDetail> = {}) =>
  ({
    necessity: null,
    consultation: null,
    risks: [],
    assets: [
      { id: 'epr', name: 'Electronic patient record', archived: false },
      { id: 'pacs', name: 'Old imaging archive', archived: true },
    ],
    flows: [{ id: 'discharge', name: 'Discharge summaries to GPs', archived: false }],
    dpoAdvice: null,
    signOff: null,
    reviewOn: null,
    ...over,
  }) as DpiaDetail;

describe('what a DPIA covers', () => {
  it('reads the assets and flows linked and sends both lists whole on the version given', () => {
    const values = linksValuesOf(dpia());
    expect(values).toEqual({ assetIds: ['epr', 'pacs'], flowIds: ['discharge'] });
    expect(linksBodyOf(values, { assetIds: [], flowIds: ['discharge'] }, 4)).toEqual({ body: { assetIds: [], flowIds: ['discharge'], version: 4 }, errors: [] });
  });

  it('lists the live ones by name, then one linked and archived since, marked, once', () => {
    const live = [
      { id: 'epr', name: 'Electronic patient record' },
      { id: 'lims', name: 'Laboratory system' },
    ];
    const linked = dpia().assets;
    expect(dpiaLinkItems(live, [...linked, ...linked])).toEqual([
      { value: 'epr', label: 'Electronic patient record' },
      { value: 'lims', label: 'Laboratory system' },
      { value: 'pacs', label: 'Old imaging archive (archived)' },
    ]);
  });
});

describe('the DPO’s advice', () => {
  it('starts from the advice held, and sends it trimmed', () => {
    const held = dpia({ dpoAdvice: { advice: 'Go ahead.', by: null, at: '2026-12-01T10:00:00.000Z', onEarlierVersion: true } });
    expect(adviceValuesOf(held)).toEqual({ advice: 'Go ahead.' });
    expect(adviceValuesOf(dpia())).toEqual({ advice: '' });
    expect(adviceBodyOf({ advice: '' }, { advice: '  Go ahead once access is audited. ' }, 3)).toEqual({ body: { advice: 'Go ahead once access is audited.', version: 3 }, errors: [] });
  });

  it('asks for the advice when the box is empty or longer than the API takes', () => {
    expect(adviceBodyOf({ advice: '' }, { advice: '   ' }, 3).errors).toEqual([{ field: 'advice', message: 'Enter the DPO’s advice' }]);
    expect(adviceBodyOf({ advice: '' }, { advice: 'x'.repeat(20_001) }, 3).errors).toEqual([{ field: 'advice', message: 'The advice must be 20,000 characters or fewer' }]);
  });
});

describe('the sign-off', () => {
  const blank = signOffValuesOf(dpia());

  it('starts with no outcome and the review date held', () => {
    expect(blank).toEqual({ outcome: '', conditions: '', reviewOn: '' });
    expect(signOffValuesOf(dpia({ reviewOn: '2027-12-01' })).reviewOn).toBe('2027-12-01');
  });

  it.each([
    ['no outcome', { outcome: '' }, [{ field: 'outcome', message: 'Choose the outcome of the sign-off' }]],
    ['approval without a review date', { outcome: 'approved' }, [{ field: 'reviewOn', message: 'Give the date the DPIA is next to be reviewed: an approved DPIA is kept under review' }]],
    [
      'approval with conditions and neither',
      { outcome: 'approved-with-conditions', conditions: '  ' },
      [
        { field: 'conditions', message: 'Say what the conditions of the approval are' },
        { field: 'reviewOn', message: 'Give the date the DPIA is next to be reviewed: an approved DPIA is kept under review' },
      ],
    ],
    ['not approved, with nothing else', { outcome: 'not-approved' }, []],
  ] as const)('%s: %j is refused before sending as %j', (_, edited, errors) => {
    expect(signOffBodyOf(blank, { ...blank, ...edited }, 5).errors).toEqual(errors);
  });

  it('sends the conditions only with approval with conditions', () => {
    const conditions = { outcome: 'approved-with-conditions' as const, conditions: ' Audit access monthly ', reviewOn: '2027-06-01' };
    expect(signOffBodyOf(blank, conditions, 5).body).toEqual({ outcome: 'approved-with-conditions', conditions: 'Audit access monthly', reviewOn: '2027-06-01', version: 5 });
    expect(signOffBodyOf(blank, { ...conditions, outcome: 'approved' }, 5).body).toEqual({ outcome: 'approved', conditions: null, reviewOn: '2027-06-01', version: 5 });
    expect(signOffBodyOf(blank, { ...conditions, outcome: 'not-approved', reviewOn: '' }, 5).body).toEqual({ outcome: 'not-approved', conditions: null, reviewOn: null, version: 5 });
  });
});

describe('the DPIA in words', () => {
  it('names why it is necessary, what it covers, archived ones marked, the advice and the sign-off', () => {
    const facts = dpiaStepFacts(
      dpia({
        necessity: 'Needed for safe maternity care',
        dpoAdvice: { advice: 'Go ahead.', by: { id: 'u1', name: 'Fatima Begum' }, at: '2026-12-01T10:00:00.000Z', onEarlierVersion: false },
        signOff: { outcome: 'approved-with-conditions', conditions: 'Audit access', by: { id: 'u2', name: 'Sam Patel' }, at: '2026-12-02T09:30:00.000Z' },
        reviewOn: '2027-06-01',
      }),
    );
    const text = Object.fromEntries(facts.map((fact) => [fact.field, fact.text]));
    expect(text.necessity).toBe('Needed for safe maternity care');
    expect(text.assets).toBe('Electronic patient record, Old imaging archive (archived)');
    expect(text.flows).toBe('Discharge summaries to GPs');
    expect(text.advice).toBe('Go ahead. (Fatima Begum, 1 December 2026 at 10:00)');
    expect(text.signOff).toBe('Approved with conditions: Audit access (Sam Patel, 2 December 2026 at 09:30)');
    expect(text.reviewOn).toBe('1 June 2027');
  });

  it('says when nothing is covered, advised or signed off', () => {
    const text = Object.fromEntries(dpiaStepFacts(dpia({ assets: [], flows: [] })).map((fact) => [fact.field, fact.text]));
    expect(text).toMatchObject({ necessity: 'Not recorded', consultation: 'Not recorded', risks: '0 risks', assets: 'None', flows: 'None', advice: 'Not given', signOff: 'Not signed off', reviewOn: 'None' });
  });
});
