// What a decision needs: revoking or changing access always says why, and so does keeping a privileged
// account, because keeping admin rights is the decision an auditor questions most (decision 62).
import type { ReviewDecision } from '../../../contract/access-reviews.js';

/** The problem with the decision's reason, or null when it may stand. */
export function reasonProblem(decision: ReviewDecision, reason: string | null, privileged: boolean): string | null {
  if (reason !== null && reason.trim() !== '') return null;
  if (decision === 'revoke') return 'Say why the access should be revoked.';
  if (decision === 'change') return 'Say what should change, and why.';
  if (privileged) return 'Say why this privileged account should keep its access.';
  return null;
}
