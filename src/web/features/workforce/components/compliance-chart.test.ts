import { describe, expect, it } from 'vitest';
import { complianceBars, complianceChartName } from './compliance-chart';

const line = (name: string, compliant: number, staff: number, belowTarget: boolean) => ({ name, compliant, staff, percent: staff ? Math.round((compliant / staff) * 1000) / 10 : null, belowTarget });

describe('the compliance chart’s bars', () => {
  it.each([
    ['below target', line('Emergency Department', 17, 20, true), { share: 0.85, valueText: '85% (17 of 20)', belowTarget: true }],
    ['at target exactly', line('Pharmacy', 19, 20, false), { share: 0.95, valueText: '95% (19 of 20)', belowTarget: false }],
    ['everyone', line('Digital Services', 12, 12, false), { share: 1, valueText: '100% (12 of 12)', belowTarget: false }],
    ['nobody in date', line('Estates', 0, 7, true), { share: 0, valueText: '0% (0 of 7)', belowTarget: true }],
    ['one decimal place kept', line('Maternity', 2, 3, true), { share: 0.667, valueText: '66.7% (2 of 3)', belowTarget: true }],
    ['nobody to count: no bar, said in words', line('Not recorded', 0, 0, false), { share: null, valueText: 'No one to count', belowTarget: false }],
    ['thousands written with commas', line('Nursing', 1200, 1300, true), { share: 0.923, valueText: '92.3% (1,200 of 1,300)', belowTarget: true }],
  ])('%s', (_, input, expected) => {
    const { share, ...rest } = complianceBars([input])[0]!;
    expect(rest).toEqual({ key: input.name, label: input.name, valueText: expected.valueText, belowTarget: expected.belowTarget });
    if (expected.share === null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(expected.share, 9);
  });

  it('keeps the API’s order: below target first', () => {
    const bars = complianceBars([line('B', 1, 2, true), line('A', 2, 2, false)]);
    expect(bars.map((bar) => bar.label)).toEqual(['B', 'A']);
  });

  it('names the chart with the target, how many are below it and every bar', () => {
    const bars = complianceBars([line('Emergency Department', 17, 20, true), line('Pharmacy', 20, 20, false)]);
    expect(complianceChartName(bars, 95)).toBe(
      'Training compliance by department against the target of 95%: 1 below target. Emergency Department: 85% (17 of 20), below target; Pharmacy: 100% (20 of 20).',
    );
    expect(complianceChartName([], 95)).toMatch(/^Training compliance by department against the target of 95%: none below target\./);
  });
});
