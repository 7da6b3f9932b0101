import { describe, expect, it } from 'vitest';
import { movedFields } from './staff-changes';

const standing = (over: Partial<{ division: string | null; department: string | null; position: string | null; staffGroup: string | null }> = {}) => ({
  status: 'current' as const,
  division: 'Medicine',
  department: 'Cardiology',
  position: 'Staff Nurse',
  staffGroup: 'Nursing and Midwifery Registered',
  ...over,
});

describe('what a mover’s change was', () => {
  it.each([
    ['a new department', standing({ department: 'Renal' }), [{ label: 'Department', before: 'Cardiology', after: 'Renal' }]],
    [
      'a promotion across divisions: in the order a post is read',
      standing({ position: 'Sister', division: 'Surgery' }),
      [
        { label: 'Division', before: 'Medicine', after: 'Surgery' },
        { label: 'Position', before: 'Staff Nurse', after: 'Sister' },
      ],
    ],
    ['a blank becoming a value', standing({ staffGroup: null }), [{ label: 'Staff group', before: 'Nursing and Midwifery Registered', after: 'Not recorded' }]],
    ['nothing that differs', standing(), []],
  ])('%s', (_, after, expected) => {
    expect(movedFields({ before: standing(), after })).toEqual(expected);
  });

  it('has nothing to compare for someone with no standing before', () => {
    expect(movedFields({ before: null, after: standing() })).toEqual([]);
  });
});
