import { describe, expect, it } from 'vitest';
import { mayStartReview } from './permissions';

describe('who may start an access review from a finding', () => {
  it.each([
    ['before reviews exist: whoever may change the directory', ['directory.read', 'directory.manage'], true],
    ['before reviews exist: a reader of the directory may not', ['directory.read'], false],
    ['once reviews exist: review.manage starts one', ['directory.read', 'review.read', 'review.manage'], true],
    ['once reviews exist: directory.manage alone no longer does', ['directory.read', 'directory.manage', 'review.read'], false],
    ['review.manage without the directory', ['review.manage'], true],
    ['nothing at all', [], false],
  ])('%s', (_, permissions, expected) => {
    expect(mayStartReview({ permissions })).toBe(expected);
  });
});
