// The NHS notification grid: likelihood that people are affected against the severity of harm, each
// 1 to 5. Reportable to the ICO from likelihood 3 and harm 2; DHSC and NHS England as well from the
// organisation's own threshold (by default likelihood 3 and harm 4).
import { describe, expect, it } from 'vitest';
import { reportabilityOf } from '../../src/modules/incidents/domain/reportability.js';

// The grids written out cell by cell: a row per likelihood (1 at the top), a column per harm (1 at
// the left). R: reportable, '.': not.
const ICO_GRID = [
  '. . . . .', // likelihood 1, has not occurred
  '. . . . .', // likelihood 2, not likely
  '. R R R R', // likelihood 3, likely
  '. R R R R', // likelihood 4, highly likely
  '. R R R R', // likelihood 5, has occurred
];
const DEFAULT_DHSC_GRID = [
  '. . . . .',
  '. . . . .',
  '. . . R R',
  '. . . R R',
  '. . . R R',
];
// An organisation that tells DHSC and NHS England from likelihood 4 and harm 3.
const STRICTER_DHSC_GRID = [
  '. . . . .',
  '. . . . .',
  '. . . . .',
  '. . R R R',
  '. . R R R',
];

/** Every cell of a grid as a row of a table: [likelihood, harm, reportable]. */
const cells = (grid: string[]): Array<[number, number, boolean]> =>
  grid.flatMap((row, l) => row.split(' ').map((cell, h): [number, number, boolean] => [l + 1, h + 1, cell === 'R']));

describe('the ICO rule', () => {
  it('the written-out grid has all 25 cells, 12 of them reportable', () => {
    expect(cells(ICO_GRID)).toHaveLength(25);
    expect(cells(ICO_GRID).filter(([, , r]) => r)).toHaveLength(12);
  });

  it.each(cells(ICO_GRID))('likelihood %i and harm %i: reportable to the ICO is %s', (likelihood, harm, reportable) => {
    expect(reportabilityOf(likelihood, harm).ico).toBe(reportable);
  });
});

describe('DHSC and NHS England', () => {
  it.each(cells(DEFAULT_DHSC_GRID))('by default, likelihood %i and harm %i: told as well is %s', (likelihood, harm, told) => {
    expect(reportabilityOf(likelihood, harm).dhscNhse).toBe(told);
  });

  it.each(cells(STRICTER_DHSC_GRID))('with a threshold of 4 and 3, likelihood %i and harm %i: told as well is %s', (likelihood, harm, told) => {
    expect(reportabilityOf(likelihood, harm, { likelihoodAtLeast: 4, harmAtLeast: 3 }).dhscNhse).toBe(told);
  });

  it.each([
    [2, 5, false],
    [3, 1, false],
    [3, 2, true],
  ])('a threshold looser than the ICO’s still only tells them of what the ICO is told: likelihood %i, harm %i → %s', (likelihood, harm, told) => {
    expect(reportabilityOf(likelihood, harm, { likelihoodAtLeast: 1, harmAtLeast: 1 }).dhscNhse).toBe(told);
  });
});

describe('an incident not yet graded', () => {
  it.each([
    ['no likelihood', null, 3],
    ['no severity of harm', 4, null],
    ['neither', null, null],
  ])('%s: neither rule decided, and it says what is missing', (_, likelihood, harm) => {
    expect(reportabilityOf(likelihood, harm)).toEqual({
      likelihood,
      harm,
      ico: null,
      dhscNhse: null,
      reason: 'Not yet graded: give the likelihood and the severity of harm.',
    });
  });
});

describe('the reason given', () => {
  it.each([
    ['below the ICO threshold names it', 2, 5, undefined, 'Likelihood 2 (Not likely), severity 5 (Catastrophic): below the ICO threshold (likelihood 3 or more and severity 2 or more).'],
    ['reportable to the ICO only gives the deadline', 3, 2, undefined, 'Likelihood 3 (Likely), severity 2 (Minor): report to the ICO within 72 hours of becoming aware.'],
    [
      'reportable to both names the default DHSC threshold',
      5,
      4,
      undefined,
      'Likelihood 5 (Has occurred), severity 4 (Serious): report to the ICO, and to DHSC and NHS England (this organisation’s threshold is likelihood 3 and severity 4).',
    ],
    [
      'reportable to both names the organisation’s own threshold',
      4,
      3,
      { likelihoodAtLeast: 4, harmAtLeast: 3 },
      'Likelihood 4 (Highly likely), severity 3 (Adverse): report to the ICO, and to DHSC and NHS England (this organisation’s threshold is likelihood 4 and severity 3).',
    ],
    ['the lowest cell uses the first labels', 1, 1, undefined, 'Likelihood 1 (Has not occurred), severity 1 (No adverse effect): below the ICO threshold (likelihood 3 or more and severity 2 or more).'],
  ])('%s', (_, likelihood, harm, threshold, reason) => {
    expect(reportabilityOf(likelihood, harm, threshold).reason).toBe(reason);
  });
});
