// Addresses of the assessment pages the maturity views link to, in one place.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const links = {
  assessments: (orgId: string) => `${org(orgId)}/assessments`,
  workspace: (orgId: string, assessmentId: string) => `${org(orgId)}/assessments/${encodeURIComponent(assessmentId)}`,
  outcome: (orgId: string, assessmentId: string, ref: string) => `${links.workspace(orgId, assessmentId)}/outcomes/${encodeURIComponent(ref)}`,
  heatmap: (orgId: string, assessmentId: string) => `${links.workspace(orgId, assessmentId)}/heatmap`,
  comparison: (orgId: string, assessmentId: string, against: 'previous' | 'review') => `${links.workspace(orgId, assessmentId)}/compare?against=${against}`,
  review: (orgId: string, assessmentId: string) => `${links.workspace(orgId, assessmentId)}/review`,
  trend: (orgId: string, catalogueKey: string) => `${org(orgId)}/assessment-trend/${encodeURIComponent(catalogueKey)}`,
  evidence: (orgId: string, evidenceId: string) => `${org(orgId)}/evidence/${encodeURIComponent(evidenceId)}`,
};
