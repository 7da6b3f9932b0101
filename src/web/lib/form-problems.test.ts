import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { formProblems } from './form-problems';

const FIELDS = { name: 'person-name', email: 'person-email', roles: 'person-roles' };

describe('form problems from an API error', () => {
  it('puts each message beside its field and lists them in page order', () => {
    const error = new ApiError({
      status: 422,
      title: 'Some values need correcting',
      errors: [
        { field: 'roles.0', message: 'Not a role' },
        { field: 'email', message: 'Enter an email address' },
        { field: 'name', message: 'Enter a name' },
      ],
    });
    const problems = formProblems(error, FIELDS)!;
    expect(problems.byField).toEqual({ name: 'Enter a name', email: 'Enter an email address', roles: 'Not a role' });
    expect(problems.items.map((i) => i.fieldId)).toEqual(['person-name', 'person-email', 'person-roles']);
    expect(problems.description).toBeUndefined();
  });

  it('uses the detail when no field is to blame', () => {
    const error = new ApiError({ status: 409, title: 'Conflict', detail: 'Changed by someone else. Reload and try again.' });
    const problems = formProblems(error, FIELDS)!;
    expect(problems.items).toEqual([]);
    expect(problems.description).toBe('Changed by someone else. Reload and try again.');
  });

  it('has nothing to show without an error', () => {
    expect(formProblems(null, FIELDS)).toBeNull();
  });
});
