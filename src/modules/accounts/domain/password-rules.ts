// Password rules after NCSC password guidance: a minimum length and an estimate of how guessable the
// password is, with no composition rules (they push people to predictable patterns). The estimate
// is zxcvbn's, with its common-password and English dictionaries, and with the person's own name,
// email address and organisation added, since those are the first things someone who knows them tries.
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn scores 0–4; 3 is its "safely unguessable" band (about 10^8 guesses or more). */
export const MIN_STRENGTH_SCORE = 3;
/** A password at least this share of which is the person's own details is refused, however long. */
const OWN_DETAILS_SHARE = 0.5;
/** Pieces of a name shorter than this are too common to count as the person's own. */
const SHORTEST_DETAIL = 3;

export interface PasswordContext {
  email?: string | undefined;
  name?: string | undefined;
  /** Names of the organisations the person works in (or is joining). */
  organisations?: readonly string[] | undefined;
}

// The dictionaries are several megabytes: loaded on the first password checked, then kept.
let estimator: Promise<ZxcvbnFactory> | undefined;

function strengthEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  })();
  return estimator;
}

/** Returns why a password is not acceptable, or null when it is. */
export async function passwordProblem(password: string, context: PasswordContext = {}): Promise<string | null> {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  const result = (await strengthEstimator()).check(password, ownDetails(context));
  if (ownDetailsShare(result, length) >= OWN_DETAILS_SHARE) {
    return 'Password must not be mostly your name, email address or organisation: choose something else, such as three random words';
  }
  if (result.score < MIN_STRENGTH_SCORE) {
    const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    return `Password is too easy to guess. ${advice || 'Choose something else, such as three random words.'}`.trim();
  }
  return null;
}

/** The person's details as zxcvbn "user inputs": whole, and in the pieces people build passwords from. */
export function ownDetails(context: PasswordContext): string[] {
  const details = new Set<string>();
  // separators must be global: they are removed everywhere to give the run-together form.
  const add = (text: string | undefined, separators: RegExp) => {
    const whole = text?.trim().toLowerCase();
    if (!whole) return;
    details.add(whole);
    details.add(whole.replace(separators, ''));
    for (const piece of whole.split(separators)) if (piece.length >= SHORTEST_DETAIL) details.add(piece);
  };
  add(context.name, /[\s'’.-]+/g);
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const [local, domain] = email.split('@');
    details.add(email);
    add(local, /[._+-]+/g);
    add(domain?.split('.')[0], /-+/g);
  }
  for (const organisation of context.organisations ?? []) add(organisation, /[\s'’.,&()-]+/g);
  return [...details];
}

/** How much of the password zxcvbn matched against the person's own details. */
function ownDetailsShare(result: ZxcvbnResult, length: number): number {
  const own = result.sequence.filter((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs');
  return own.reduce((sum, match) => sum + [...match.token].length, 0) / length;
}
