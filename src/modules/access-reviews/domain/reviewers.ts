// Who reviews an account: its owner's line manager (through the staff register to a Bulwark user with
// the manager's email), the Information Asset Owner of the asset the accounts give access to, or one
// named person; and when the rule finds nobody, the person who started the campaign, marked so the
// figures can show it as unassigned rather than let it go to nobody.
import type { ReviewerRule, ReviewerVia } from '../../../contract/access-reviews.js';

export interface ReviewerSources {
  rule: ReviewerRule;
  /** The named reviewer (person rule). */
  namedId: string | null;
  /** The asset's Information Asset Owner when they hold a Bulwark account (information-asset-owner rule). */
  assetOwnerId: string | null;
  /** Who started the campaign. */
  fallbackId: string;
  /** Each person's line manager's employee number, by employee number, from the staff register. */
  lineManagerOf: ReadonlyMap<string, string | null>;
  /** Each person's email in the staff register, by employee number. */
  emailOf: ReadonlyMap<string, string | null>;
  /** The organisation's Bulwark users by email folded to lower case. */
  userByEmail: ReadonlyMap<string, string>;
}

export interface Reviewer {
  reviewerId: string;
  via: ReviewerVia;
}

/** The reviewer of an account owned by the person with this employee number (null: no owner found). */
export function reviewerFor(ownerEmployeeNumber: string | null, sources: ReviewerSources): Reviewer {
  const fallback: Reviewer = { reviewerId: sources.fallbackId, via: 'fallback' };
  if (sources.rule === 'person') return sources.namedId ? { reviewerId: sources.namedId, via: 'person' } : fallback;
  if (sources.rule === 'information-asset-owner') return sources.assetOwnerId ? { reviewerId: sources.assetOwnerId, via: 'information-asset-owner' } : fallback;
  if (ownerEmployeeNumber === null) return fallback;
  const manager = sources.lineManagerOf.get(ownerEmployeeNumber);
  if (!manager || manager === ownerEmployeeNumber) return fallback;
  const email = sources.emailOf.get(manager)?.trim().toLowerCase();
  const userId = email ? sources.userByEmail.get(email) : undefined;
  return userId ? { reviewerId: userId, via: 'line-manager' } : fallback;
}
