// The password rule: at least 12 characters, not too easy to guess (zxcvbn, with the person's own
// name, email address and organisation counted as guessable), and no composition rules (NCSC).
import { describe, expect, it } from 'vitest';
import { ownDetails, passwordProblem } from '../../src/modules/accounts/domain/password-rules.js';

const helen = { email: 'helen.marsh@northshire-acute.example', name: 'Helen Marsh', organisations: ['Northshire Hospitals NHS Foundation Trust'] };
const sam = { email: 'sam.okafor@castlegate-gp.example', name: 'Sam Okafor', organisations: ['Castlegate Medical Practice'] };

describe('password rules', () => {
  it.each([
    ['too short', 'short-pass1', /at least 12 characters/],
    ['a word said twice', 'passwordpassword', /too easy to guess/],
    ['a keyboard walk', 'qwertyuiopas', /too easy to guess/],
    ['a common phrase said twice', 'letmeinletmein', /too easy to guess/],
    ['a common password padded with digits', 'Password123456', /too easy to guess/],
    ['one character repeated', 'aaaaaaaaaaaaaa', /too easy to guess/],
    ['a sequence of digits', '123456789012', /too easy to guess/],
    ['a short pattern repeated', 'abcabcabcabc', /too easy to guess/],
    ['the organisation’s name', 'NorthshireHospitals', /mostly your name, email address or organisation/],
    ['the organisation’s name and a year', 'Northshire Hospitals 2026', /mostly your name, email address or organisation/],
    ['the person’s own name', 'helenmarsh2026', /mostly your name, email address or organisation/],
    ['the person’s own name with capitals and digits', 'HelenMarsh1234', /mostly your name, email address or organisation/],
    ['the email address’s name part', 'helen.marsh.nhs!', /mostly your name, email address or organisation/],
  ])('refuses %s', async (_, password, reason) => {
    expect(await passwordProblem(password, helen)).toMatch(reason);
  });

  it.each([
    ['three random words', 'kettle-orbit-lantern'],
    ['a long passphrase with no digits or symbols', 'the heron waits by the weir'],
    ['all lower case with no spaces, which NCSC says is fine', 'orchardkettlebeacon'],
    ['random characters', 'kd8#mQ2!xLp9'],
    ['the demo and test password', 'demo-password-for-tests-only'],
    // Someone else's name is not a clue to this person's password.
    ['words that are another person’s name', 'helen marsh kettle orbit'],
  ])('accepts %s', async (_, password) => {
    expect(await passwordProblem(password, sam)).toBeNull();
  });

  it('gives zxcvbn’s advice when a password is too easy to guess', async () => {
    const problem = await passwordProblem('qwertyuiopas', sam);
    expect(problem).toMatch(/^Password is too easy to guess\. \S/);
    expect(problem!.length).toBeGreaterThan('Password is too easy to guess. '.length + 10);
  });

  it('refuses more than 256 characters', async () => {
    expect(await passwordProblem('x'.repeat(100) + 'y'.repeat(157))).toMatch(/256/);
  });

  it('counts the name, the email address and the organisation, whole and in pieces, as the person’s own', () => {
    expect(ownDetails(helen)).toEqual(
      expect.arrayContaining(['helen marsh', 'helenmarsh', 'helen', 'marsh', 'helen.marsh@northshire-acute.example', 'northshire', 'hospitals', 'northshirehospitalsnhsfoundationtrust']),
    );
    expect(ownDetails({})).toEqual([]);
  });
});
