import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { safeReturnTo } from './return-to';
import { isUnfinishedSignIn, pathForStage } from './sign-in-stage';

describe('where a session goes after the password', () => {
  it.each([
    ['complete, nowhere asked for', 'complete', '/', '/'],
    ['complete, a page asked for', 'complete', '/account', '/account'],
    ['owes a second factor', 'second-factor', '/orgs/abc/people', '/sign-in/second-factor?returnTo=%2Forgs%2Fabc%2Fpeople'],
    ['must set one up', 'enrolment', '/', '/set-up-mfa'],
    ['must set one up, a page asked for', 'enrolment', '/account', '/set-up-mfa?returnTo=%2Faccount'],
  ] as const)('%s', (_, stage, returnTo, path) => expect(pathForStage(stage, returnTo)).toBe(path));
});

describe('the page to return to after signing in', () => {
  it.each([
    ['a page on this site', '/orgs/abc/audit?before=3', '/orgs/abc/audit?before=3'],
    ['another site', '//evil.example/', '/'],
    ['another site, with a backslash', '/\\evil.example', '/'],
    ['not a path', 'https://evil.example/', '/'],
    ['the sign-in page itself', '/sign-in?returnTo=%2Faccount', '/'],
    ['the second-factor step', '/sign-in/second-factor', '/'],
    ['setting up a second factor', '/set-up-mfa?returnTo=%2Faccount', '/'],
    ['an invitation link', '/accept-invitation', '/'],
    ['a page whose name merely starts the same', '/set-up-mfa-help', '/set-up-mfa-help'],
    ['nothing', null, '/'],
  ])('%s', (_, value, expected) => expect(safeReturnTo(value)).toBe(expected));
});

describe('problems that mean "finish signing in first"', () => {
  const problem = (status: number, type: string) => new ApiError({ status, title: 'Second factor needed', type: `https://bulwark.dev/problems/${type}` });

  it.each([
    ['a second factor is owed', problem(403, 'second-factor-required'), true],
    ['a second factor must be set up', problem(403, 'mfa-enrolment-required'), true],
    ['an ordinary refusal', problem(403, 'forbidden'), false],
    ['a session that has ended', problem(401, 'unauthenticated'), false],
    ['not an API problem', new Error('network'), false],
  ])('%s', (_, error, expected) => expect(isUnfinishedSignIn(error)).toBe(expected));
});
