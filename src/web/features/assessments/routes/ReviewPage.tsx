// The independent review of an assessment. The auditor records their own level and note per outcome
// and an overall assurance opinion; everyone else reads it, with where it differs highlighted.
import { useState } from 'react';
import { useParams } from 'react-router';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useReviewWorkspace, type Workspace } from '../api/get-review-workspace';
import { AssessmentBreadcrumbs } from '../components/AssessmentBreadcrumbs';
import { MaturityViews } from '../components/MaturityViews';
import { divergenceWords, levelLabeller } from '../components/maturity-words';
import { ReviewLevelForm } from '../components/ReviewLevelForm';
import { ReviewOpinionForm } from '../components/ReviewOpinionForm';
import { ReviewReadOnly } from '../components/ReviewReadOnly';

export function ReviewPage() {
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const workspace = useReviewWorkspace(orgId, assessmentId);
  const [opinionSaved, setOpinionSaved] = useState(false);
  const assessment = workspace.data?.assessment;
  usePageTitle(workspace.isError ? problemHeading(workspace.error) : assessment && `Independent review: ${assessment.title}`, organisation.data?.name);

  if (workspace.isError) return <PageProblem error={workspace.error} />;
  if (!workspace.data || !assessment) return <Loading>Loading the review…</Loading>;
  const w = workspace.data;

  return (
    <>
      <AssessmentBreadcrumbs orgId={orgId} orgName={organisation.data?.name} assessment={assessment} />
      {opinionSaved && <SuccessBanner>The overall opinion has been saved.</SuccessBanner>}
      <PageHeading caption={assessment.title}>Independent review</PageHeading>
      <MaturityViews orgId={orgId} assessmentId={assessmentId} catalogueKey={assessment.catalogue.key} current="review" />
      {w.can.review ? (
        <>
          <Paragraph>
            Record your own level for each outcome you have tested, with a note of what you saw. Each outcome is saved on its own. Your levels never change the organisation’s answers.
          </Paragraph>
          <ReviewerTable orgId={orgId} assessmentId={assessmentId} workspace={w} />
          <ReviewOpinionForm
            // Drawn afresh from each saved version, so a reload after a conflict shows what is stored.
            key={w.review?.version ?? 0}
            orgId={orgId}
            assessmentId={assessmentId}
            review={w.review}
            onSaved={() => setOpinionSaved(true)}
            onReload={() => {
              setOpinionSaved(false);
              void workspace.refetch();
            }}
          />
        </>
      ) : (
        <>
          {(assessment.state === 'draft' || assessment.state === 'archived') && (
            <Paragraph>An independent review is recorded while the assessment is in review or once it is submitted.</Paragraph>
          )}
          <ReviewReadOnly workspace={w} />
        </>
      )}
    </>
  );
}

function ReviewerTable({ orgId, assessmentId, workspace }: { orgId: string; assessmentId: string; workspace: Workspace }) {
  const label = levelLabeller(workspace.levels);
  return (
    <>
      <Heading>Outcomes</Heading>
      <Table
        caption="Your level for each outcome, beside the self-assessment"
        captionHidden
        rowKey={(r) => r.ref}
        rows={workspace.responses}
        columns={[
          { header: 'Outcome', rowHeader: true, width: 'one-third', cell: (r) => `${r.ref} ${r.title}` },
          {
            header: 'Self-assessed',
            cell: (r) => (
              <>
                {label(r.level)}
                {r.divergence === 'review-lower' || r.divergence === 'review-higher' ? (
                  <>
                    {' '}
                    <Tag colour={divergenceWords(r.divergence).colour}>{divergenceWords(r.divergence).text}</Tag>
                  </>
                ) : null}
              </>
            ),
          },
          { header: 'Your level and note', width: 'one-half', cell: (r) => <ReviewLevelForm orgId={orgId} assessmentId={assessmentId} response={r} label={label} /> },
        ]}
      />
    </>
  );
}
