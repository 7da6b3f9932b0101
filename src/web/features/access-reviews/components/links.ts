// Addresses of the access-review pages, and of the directory findings a review may start from.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const reviewsPage = (orgId: string) => `${org(orgId)}/reviews`;
export const newReviewPage = (orgId: string) => `${org(orgId)}/reviews/new`;
export const myItemsPage = (orgId: string) => `${org(orgId)}/reviews/mine`;
export const reviewPage = (orgId: string, reviewId: string) => `${org(orgId)}/reviews/${encodeURIComponent(reviewId)}`;
export const findingsPage = (orgId: string) => `${org(orgId)}/directory/findings`;
export const staffPage = (orgId: string) => `${org(orgId)}/staff`;
