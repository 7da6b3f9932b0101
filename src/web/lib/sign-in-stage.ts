// A login session that has passed the password may still owe a second factor, or have to enrol one
// before anything else (the organisation's MFA policy). This says where such a session belongs, and
// recognises the API's refusals that mean "finish signing in first".
import type { SessionStageName } from '../../contract/accounts';
import { isApiError } from './api-client';
import { returnToSearch } from './return-to';

export type { SessionStageName };

export const SECOND_FACTOR_PATH = '/sign-in/second-factor';
export const SET_UP_MFA_PATH = '/set-up-mfa';

/** The page for a session in this stage; a complete session goes where it was going. */
export function pathForStage(stage: SessionStageName, returnTo: string): string {
  if (stage === 'second-factor') return SECOND_FACTOR_PATH + returnToSearch(returnTo);
  if (stage === 'enrolment') return SET_UP_MFA_PATH + returnToSearch(returnTo);
  return returnTo;
}

const STAGE_PROBLEMS = ['second-factor-required', 'mfa-enrolment-required'];

/** A 403 from any call because the session has not finished signing in (see SecondFactorPending on the server). */
export function isUnfinishedSignIn(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && STAGE_PROBLEMS.some((type) => error.type.endsWith(`/${type}`));
}
