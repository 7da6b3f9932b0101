import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/modules/accounts/domain/password-rules.js';

describe('password rules (NCSC: length and a deny-list, no composition rules)', () => {
  it.each([
    ['too short', 'short-pass1', /at least 12/],
    ['a common password padded with digits', 'Password123456', /too common/],
    ['a keyboard walk', 'qwertyuiop12', /too common/],
    ['one character repeated', 'aaaaaaaaaaaaaa', /too common/],
    ['a sequence', '123456789012', /too common/],
    ['a short pattern repeated', 'abcabcabcabc', /too common/],
    ['the NHS and a year', 'nhs-2026!!!!!!', /too common/],
    ['contains the email name', 'helen.marsh-is-great', /email/],
  ])('refuses %s', (_, password, reason) => {
    expect(passwordProblem(password, { email: 'helen.marsh@example.nhs.uk', name: 'Helen Marsh' })).toMatch(reason);
  });

  it.each([
    ['three random words', 'kettle-orbit-lantern'],
    ['a long passphrase with no digits or symbols', 'the heron waits by the weir'],
    ['all lower case, which NCSC says is fine', 'marmaladeskylight'],
  ])('accepts %s', (_, password) => {
    expect(passwordProblem(password, { email: 'sam@example.nhs.uk', name: 'Sam Okafor' })).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem('x'.repeat(100) + 'y'.repeat(157))).toMatch(/256/);
  });
});
