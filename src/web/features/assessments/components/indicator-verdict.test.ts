import { describe, expect, it } from 'vitest';
import { type IndicatorForVerdict, indicatorVerdict } from './indicator-verdict';

const indicators: IndicatorForVerdict[] = [
  { ref: 'NA1', level: 'not-achieved' },
  { ref: 'PA1', level: 'partially-achieved' },
  { ref: 'PA2', level: 'partially-achieved' },
  { ref: 'A1', level: 'achieved' },
  { ref: 'A2', level: 'achieved' },
];

describe('the level the indicators imply, shown as the person answers', () => {
  it.each([
    ['a not-achieved indicator true decides it even with others unanswered', { NA1: 'yes' }, 'not-achieved', 'a not-achieved indicator is true (NA1)'],
    ['unanswered indicators leave it open', { NA1: 'no', PA1: 'yes' }, null, '3 indicators are not yet answered'],
    ['every achieved indicator true', { NA1: 'no', PA1: 'no', PA2: 'no', A1: 'yes', A2: 'yes' }, 'achieved', 'every achieved indicator is true'],
    ['achieved ones true or not applicable', { NA1: 'no', PA1: 'no', PA2: 'no', A1: 'yes', A2: 'not-applicable' }, 'achieved', 'every achieved indicator is true'],
    ['every partially-achieved indicator true', { NA1: 'no', PA1: 'yes', PA2: 'yes', A1: 'yes', A2: 'no' }, 'partially-achieved', 'every partially-achieved indicator is true'],
    ['neither group wholly true', { NA1: 'no', PA1: 'yes', PA2: 'no', A1: 'no', A2: 'yes' }, 'not-achieved', 'neither every achieved nor every partially-achieved indicator is true'],
    ['a group all not applicable does not hold', { NA1: 'no', PA1: 'yes', PA2: 'yes', A1: 'not-applicable', A2: 'not-applicable' }, 'partially-achieved', 'every partially-achieved indicator is true'],
    ['an empty answer counts as unanswered', { NA1: 'no', PA1: '', PA2: 'yes', A1: 'yes', A2: 'yes' }, null, '1 indicator is not yet answered'],
  ])('%s', (_, answers: Record<string, string>, level, because) => {
    expect(indicatorVerdict(indicators, answers)).toEqual({ level, because });
  });

  it('says nothing for an outcome without indicators', () => {
    expect(indicatorVerdict([], {})).toBeNull();
  });

  it('without partially-achieved indicators, failing the achieved ones is not achieved', () => {
    const twoLevels: IndicatorForVerdict[] = [{ ref: 'NA1', level: 'not-achieved' }, { ref: 'A1', level: 'achieved' }];
    expect(indicatorVerdict(twoLevels, { NA1: 'no', A1: 'no' })).toEqual({ level: 'not-achieved', because: 'not every achieved indicator is true' });
  });
});
