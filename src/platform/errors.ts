// Typed domain errors. Services throw these; the HTTP layer turns each into RFC 9457 problem
// details in one place, and the CLI prints the same message.

export interface FieldProblem {
  /** Where the bad value is: a JSON path for bodies, or row/column for imports. */
  field: string;
  message: string;
  row?: number;
  column?: string;
  value?: unknown;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly type: string;
  /** Extension members of the problem details (RFC 9457 §3.2), such as the id of a refused import run. */
  extensions?: Record<string, unknown>;
  constructor(message: string, type: string) {
    super(message);
    this.type = type;
  }
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
  constructor(message: string) {
    super(message, 'not-found');
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
  constructor(message: string, type = 'conflict') {
    super(message, type);
  }
}

/** A change made against a version someone else has since replaced: the current record goes with it, so nothing is lost. */
export class StaleChange extends Conflict {
  constructor(message: string, current: unknown, changedBy: string | null, changedAt: string) {
    super(message, 'stale-change');
    this.extensions = { current, changedBy, changedAt };
  }
}

export class ValidationFailed extends DomainError {
  readonly status = 422;
  readonly title = 'Some values need correcting';
  constructor(
    message: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(message, 'validation-failed');
  }
}

/** Refuses with the problems found, if any (a null is a check that passed), as one ValidationFailed naming each field. */
export function refuseIfAny(message: string, problems: ReadonlyArray<FieldProblem | null>): void {
  const real = problems.filter((p): p is FieldProblem => p !== null);
  if (real.length) throw new ValidationFailed(message, real);
}

/** The request itself is malformed in a way no field of a form explains (such as its address). */
export class BadRequest extends DomainError {
  readonly status = 400;
  readonly title = 'Bad request';
  constructor(message: string) {
    super(message, 'bad-request');
  }
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly title = 'Sign in required';
  constructor(message = 'Sign in to continue.') {
    super(message, 'unauthenticated');
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly title = 'Not allowed';
  constructor(message: string) {
    super(message, 'forbidden');
  }
}

export class TooManyAttempts extends DomainError {
  readonly status = 429;
  readonly title = 'Too many attempts';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'too-many-attempts');
  }
}

/**
 * The login session has passed the password but may not do this yet: it owes a second factor
 * ('second-factor-required') or must enrol one first ('mfa-enrolment-required').
 */
export class SecondFactorPending extends DomainError {
  readonly status = 403;
  readonly title = 'Second factor needed';
  constructor(stage: 'second-factor' | 'enrolment') {
    super(
      stage === 'second-factor'
        ? 'Confirm it is you with your second factor (authenticator code, passkey or recovery code) to continue.'
        : 'Set up a second factor (an authenticator app or a passkey) before you continue: your organisation requires it.',
      stage === 'second-factor' ? 'second-factor-required' : 'mfa-enrolment-required',
    );
  }
}

/** An import that changed nothing: its problems by row and column, and the run that records it. */
export class ImportRefused extends ValidationFailed {
  constructor(
    message: string,
    errors: FieldProblem[],
    readonly runId: string,
    readonly problemCount: number,
  ) {
    super(message, errors);
    this.extensions = { runId, problemCount };
  }
}
