import { describe, expect, it } from 'vitest';
import type { ScreeningQuestion } from '../../../../contract/dpias';
import { answered, aDpia } from './dpia-test-record';
import { everyAnswerNo, screeningBodyOf, screeningFacts, screeningValuesOf, type ScreeningValues } from './dpia-screening';

const dpia = aDpia();
const questions = dpia.screening.answers;
const allNo = (): ScreeningValues => ({ ...Object.fromEntries(questions.map(({ question }) => [question, 'no'])), notRequiredReason: '' });

describe('the screening as the API takes it', () => {
  it('reads the answers held as yes, no and not answered', () => {
    const values = screeningValuesOf(aDpia({ screening: { ...dpia.screening, answers: answered(dpia, { 'new-technology': true, 'location-tracking': false }) } }));
    expect(values['new-technology']).toBe('yes');
    expect(values['location-tracking']).toBe('no');
    expect(values['vulnerable-people']).toBe('');
    expect(values.notRequiredReason).toBe('');
  });

  it('sends only the questions answered, and no reason beside a yes', () => {
    const values: ScreeningValues = { ...screeningValuesOf(dpia), 'vulnerable-people': 'yes', 'new-technology': 'no', notRequiredReason: 'Left over from before' };
    const { body, errors } = screeningBodyOf(questions, values, 3);
    expect(errors).toEqual([]);
    expect(body).toEqual({ answers: { 'vulnerable-people': true, 'new-technology': false }, notRequiredReason: null, version: 3 });
  });

  it('asks why no DPIA is needed when every answer is no, and sends it trimmed', () => {
    expect(screeningBodyOf(questions, allNo(), 1).errors).toEqual([{ field: 'notRequiredReason', message: 'Say why no DPIA is needed: every answer is no' }]);
    const { body, errors } = screeningBodyOf(questions, { ...allNo(), notRequiredReason: ' Staff rota only, no patient data ' }, 1);
    expect(errors).toEqual([]);
    expect(body.notRequiredReason).toBe('Staff rota only, no patient data');
    expect(Object.values(body.answers).every((answer) => answer === false)).toBe(true);
  });

  it.each<[string, Partial<Record<ScreeningQuestion, 'yes' | 'no' | ''>>, boolean]>([
    ['every answer no', {}, true],
    ['one unanswered', { 'transfer-outside-uk': '' }, false],
    ['one yes', { 'systematic-monitoring': 'yes' }, false],
  ])('%s: every answer no is %s', (_, change, expected) => {
    expect(everyAnswerNo(questions, { ...allNo(), ...change })).toBe(expected);
  });

  it('says each answer in words under its question, to show what a colleague changed', () => {
    const facts = screeningFacts(aDpia({ screening: { answers: answered(dpia, { 'new-technology': true }), notRequiredReason: null, outcome: 'required' } }));
    expect(facts.find((fact) => fact.field === 'new-technology')).toEqual({ field: 'new-technology', key: 'Question new-technology?', text: 'Yes' });
    expect(facts.find((fact) => fact.field === 'location-tracking')?.text).toBe('Not answered');
    expect(facts.at(-1)).toEqual({ field: 'notRequiredReason', key: 'Why no DPIA is needed', text: 'Not recorded' });
  });
});
