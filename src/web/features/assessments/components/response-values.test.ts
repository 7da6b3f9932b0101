import { describe, expect, it } from 'vitest';
import { changesBetween, effective, rebase, type ResponseValues } from './response-values';

const blank: ResponseValues = {
  level: '',
  notApplicableReason: '',
  overrideReason: '',
  indicatorAnswers: {},
  dimensions: {},
  narrative: '',
  ownerId: '',
  dueOn: '',
  reviewState: 'to-do',
};
const v = (over: Partial<ResponseValues>): ResponseValues => ({ ...blank, ...over });

describe('the change an outcome form sends', () => {
  it.each([
    ['nothing changed', blank, blank, {}],
    ['a level chosen and a narrative written', blank, v({ level: 'achieved', narrative: 'Board minutes, March.' }), { level: 'achieved', narrative: 'Board minutes, March.' }],
    ['text cleared is sent as null', v({ narrative: 'Old', dueOn: '2026-05-01' }), v({ narrative: '  ', dueOn: '' }), { narrative: null, dueOn: null }],
    ['only the indicator answers that changed', v({ indicatorAnswers: { A1: 'yes', A2: 'no' } }), v({ indicatorAnswers: { A1: 'yes', A2: 'yes', PA1: 'no' } }), { indicatorAnswers: { A2: 'yes', PA1: 'no' } }],
    ['an answer withdrawn is null', v({ indicatorAnswers: { A1: 'yes' } }), v({ indicatorAnswers: { A1: '' } }), { indicatorAnswers: { A1: null } }],
    ['dimensions as numbers', v({ dimensions: { policy: '2' } }), v({ dimensions: { policy: '4', implemented: '0', automated: '' } }), { dimensions: { implemented: 0, policy: 4 } }],
    ['the review state as it is', blank, v({ reviewState: 'ready-for-review' }), { reviewState: 'ready-for-review' }],
  ])('%s', (_, before, after, change) => expect(changesBetween(before, after)).toEqual(change));

  it('a reason that no longer applies is dropped', () => {
    const typed = v({ level: 'achieved', notApplicableReason: 'No such service', overrideReason: 'Judgement' });
    expect(effective(typed, false)).toMatchObject({ notApplicableReason: '', overrideReason: '' });
    expect(effective(v({ level: 'not-applicable', notApplicableReason: 'No such service' }), true)).toMatchObject({ notApplicableReason: 'No such service' });
    expect(changesBetween(effective(v({ level: 'not-applicable', notApplicableReason: 'x' }), false), effective(v({ level: 'achieved', notApplicableReason: 'x' }), false))).toEqual({ level: 'achieved', notApplicableReason: null });
  });
});

describe('after someone else saved first', () => {
  it('their answer stays where I changed nothing, and mine wins where I did', () => {
    const original = v({ level: 'partially-achieved', narrative: 'Old', ownerId: 'grace', indicatorAnswers: { A1: 'no', A2: 'no' } });
    const mine = v({ level: 'partially-achieved', narrative: 'Mine, typed', ownerId: 'grace', indicatorAnswers: { A1: 'yes', A2: 'no' } });
    const theirs = v({ level: 'achieved', narrative: 'Theirs', ownerId: 'tom', indicatorAnswers: { A1: 'no', A2: 'yes' }, reviewState: 'in-progress' });
    expect(rebase(original, mine, theirs)).toEqual(v({ level: 'achieved', narrative: 'Mine, typed', ownerId: 'tom', indicatorAnswers: { A1: 'yes', A2: 'yes' }, reviewState: 'in-progress' }));
  });

  it('laid on their answer, my change is then sent against their version', () => {
    const original = v({ narrative: 'Old' });
    const theirs = v({ narrative: 'Theirs', level: 'achieved' });
    const merged = rebase(original, v({ narrative: 'Mine' }), theirs);
    expect(changesBetween(theirs, merged)).toEqual({ narrative: 'Mine' });
  });
});
