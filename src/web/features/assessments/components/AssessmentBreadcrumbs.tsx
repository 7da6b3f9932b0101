// Where an assessment's maturity pages sit: the organisation, its assessments, then the assessment.
import { Breadcrumbs } from '../../../components/Navigation';
import { links } from './maturity-links';

export function AssessmentBreadcrumbs({ orgId, orgName, assessment }: { orgId: string; orgName: string | undefined; assessment?: { id: string; title: string } | undefined }) {
  return (
    <Breadcrumbs
      items={[
        { text: orgName ?? 'Organisation', to: `/orgs/${encodeURIComponent(orgId)}` },
        { text: 'Assessments', to: links.assessments(orgId) },
        ...(assessment ? [{ text: assessment.title, to: links.workspace(orgId, assessment.id) }] : []),
      ]}
    />
  );
}
