// What people do with access reviews: set up a campaign over a scope of directory accounts, start it
// (each account an item for its reviewer), decide items, see the figures, remind reviewers, close it
// (revocations and changes become actions, closed when a later import finds the account gone), and
// take the evidence pack. See docs/access-reviews.md.
export { changeReview, closeReview, createReview, decideItem, getReview, listItems, listReviews, myItems, startReview, type ChangeContext } from './campaigns.js';
export { ACTION_DUE_DAYS, closeAction, closeActionsFoundGone, listActions } from './review-actions.js';
export { sendReviewReminders, type ReminderContext } from './reminders.js';
export { EVIDENCE_FORMATS, exportReviewEvidence, type EvidenceFormat } from './evidence-pack.js';
export type { Reader } from './review-views.js';
export { reviewerFor, type ReviewerSources } from './domain/reviewers.js';
export { reviewFigures } from './domain/figures.js';
export { reasonProblem } from './domain/decisions.js';
