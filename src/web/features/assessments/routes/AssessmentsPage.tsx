// The organisation's assessments, and for those who run them a way to start another.
import { ButtonLink } from '../../../components/Button';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useAssessments } from '../api/get-assessments';
import { AssessmentsTable } from '../components/AssessmentsTable';
import { newAssessmentPath } from '../components/links';

export function AssessmentsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const assessments = useAssessments(orgId);
  usePageTitle('Assessments', organisation.data?.name);

  if (organisation.isPending || assessments.isPending) return <Loading>Loading the assessments…</Loading>;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (isApiError(assessments.error) && assessments.error.status === 403) {
    return <NotAllowed reason="Anyone with a role in the organisation, or overseeing it, may read its assessments." />;
  }
  if (assessments.isError) return <PageProblem error={assessments.error} />;
  const list = assessments.data.assessments;

  return (
    <>
      <PageHeading caption={organisation.data.name}>Assessments</PageHeading>
      <Paragraph>Each assessment answers one framework for one period: who owns each outcome, the level reached and the evidence behind it.</Paragraph>
      {can(organisation.data, 'assessment.manage') && <ButtonLink to={newAssessmentPath(orgId)}>Start an assessment</ButtonLink>}
      {list.length === 0 ? (
        <Paragraph>{organisation.data.name} has no assessments yet.</Paragraph>
      ) : (
        <AssessmentsTable orgId={orgId} assessments={list} caption={`${organisation.data.name}’s assessments`} />
      )}
    </>
  );
}
