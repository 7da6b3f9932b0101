// Percentiles by selection give exactly what the sorted list gives, whatever the values' order and
// however many of them are equal (durations in whole seconds repeat a great deal).
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/platform/seeded-random.js';
import { percentile, percentilesOf } from '../../src/platform/statistics.js';

const bySorting = (values: ArrayLike<number>, ps: number[]) => {
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => percentile(sorted, p));
};

describe('percentilesOf', () => {
  const random = mulberry32(2026);
  const cases: Array<[string, Int32Array]> = [
    ['one value', Int32Array.of(42)],
    ['two values', Int32Array.of(9, 3)],
    ['all equal', new Int32Array(1000).fill(7)],
    ['ascending', Int32Array.from({ length: 1001 }, (_, i) => i)],
    ['descending', Int32Array.from({ length: 1000 }, (_, i) => 1000 - i)],
    ['few distinct values', Int32Array.from({ length: 5000 }, () => Math.floor(random() * 4))],
    ['spread values', Int32Array.from({ length: 10_007 }, () => Math.floor(random() * 1_000_000))],
    ['a long tail', Int32Array.from({ length: 3000 }, () => Math.floor(60 / (random() + 0.001)))],
  ];
  for (const [name, values] of cases) {
    it(`matches the sorted list's percentiles: ${name}`, () => {
      for (const ps of [[50, 90], [0, 25, 50, 75, 100], [10], [99.9]]) {
        expect(percentilesOf(Int32Array.from(values), ps)).toEqual(bySorting(values, ps));
      }
    });
  }

  it('gives no percentile of no values, and keeps every value (only their order changes)', () => {
    expect(percentilesOf(new Int32Array(0), [50, 90])).toEqual([null, null]);
    const values = Int32Array.from({ length: 999 }, () => Math.floor(random() * 100));
    const copy = Int32Array.from(values);
    percentilesOf(copy, [50, 90]);
    expect([...copy].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
  });

  it('interpolates between neighbours as a spreadsheet does: 1, 2, 3, 4 has a median of 2.5 and a 90th percentile of 3.7', () => {
    expect(percentilesOf(Int32Array.of(4, 1, 3, 2), [50, 90]).map((v) => Math.round(v! * 1000) / 1000)).toEqual([2.5, 3.7]);
  });
});
