// Two requests racing to create the same thing (an account for one email, say) both pass their
// "does it exist?" check; the database's unique constraint stops the second. This recognises that
// refusal on both engines, so it becomes a Conflict the person can act on rather than a server error.
import { Conflict } from '../errors.js';

/** True for PostgreSQL's unique_violation and SQLite's UNIQUE and PRIMARY KEY constraint failures. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Runs work (a whole transaction: on PostgreSQL a violation ends it) and turns a unique violation
 * into a Conflict with the message given.
 */
export async function conflictOnDuplicate<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(message);
    throw error;
  }
}
