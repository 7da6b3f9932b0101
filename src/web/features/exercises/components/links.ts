// Addresses of this feature's pages.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const exercisesPage = (orgId: string) => `${org(orgId)}/exercises`;
export const planExercisePage = (orgId: string) => `${org(orgId)}/exercises/new`;
export const exercisePage = (orgId: string, id: string) => `${org(orgId)}/exercises/${encodeURIComponent(id)}`;
export const exerciseActionsPage = (orgId: string) => `${org(orgId)}/exercises/actions`;
export const comparisonPage = (orgId: string) => `${org(orgId)}/exercises/compared`;
