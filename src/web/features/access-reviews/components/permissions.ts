// What the access-review pages ask the organisation's permissions for.
export const REVIEW_PERMISSIONS = { read: 'review.read', manage: 'review.manage', decide: 'review.decide' } as const;

export const REVIEWS_REFUSED = 'Only people with a role in this organisation may see its access reviews.';
export const MANAGE_REFUSED = 'Only the organisation’s administrators and head of cyber security may set up, start and close access reviews.';
