// The addresses of this feature's pages.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const assessmentsPath = (orgId: string) => `${org(orgId)}/assessments`;
export const newAssessmentPath = (orgId: string) => `${assessmentsPath(orgId)}/new`;
export const workspacePath = (orgId: string, assessmentId: string) => `${assessmentsPath(orgId)}/${encodeURIComponent(assessmentId)}`;
export const outcomePath = (orgId: string, assessmentId: string, ref: string) => `${workspacePath(orgId, assessmentId)}/outcomes/${encodeURIComponent(ref)}`;
/** A file version's download, served as an attachment by the evidence library. */
export const evidenceFilePath = (orgId: string, evidenceId: string, version: number) =>
  `/api/v1${org(orgId)}/evidence/${encodeURIComponent(evidenceId)}/versions/${version}/file`;
