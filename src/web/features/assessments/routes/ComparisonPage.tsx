// An assessment outcome by outcome beside last year's or the independent reviewer's levels: how many
// went up, down or stayed, then each outcome with its change in words.
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type ComparedWith, useComparison } from '../api/get-comparison';
import { useReviewWorkspace } from '../api/get-review-workspace';
import { AssessmentBreadcrumbs } from '../components/AssessmentBreadcrumbs';
import { ComparisonSwitch } from '../components/ComparisonSwitch';
import { links } from '../components/maturity-links';
import { CHANGE_ORDER, changeWords, levelLabeller, plural } from '../components/maturity-words';
import { MaturityViews } from '../components/MaturityViews';

export function ComparisonPage() {
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const against: ComparedWith = useSearchParams()[0].get('against') === 'review' ? 'review' : 'previous';
  const organisation = useCurrentOrganisation();
  const workspace = useReviewWorkspace(orgId, assessmentId);
  const comparison = useComparison(orgId, assessmentId, against);
  const failed = workspace.error ?? comparison.error;
  const assessment = workspace.data?.assessment;
  const heading = against === 'review' ? 'Compared with the independent review' : 'Compared with last year';
  usePageTitle(failed ? problemHeading(failed) : assessment && `${heading}: ${assessment.title}`, organisation.data?.name);

  if (failed) return <PageProblem error={failed} />;
  if (!assessment || !workspace.data || !comparison.data) return <Loading>Loading the comparison…</Loading>;
  const { rows, summary, other } = comparison.data;
  const label = levelLabeller(workspace.data.levels);
  const otherName = against === 'review' ? 'Reviewer’s level' : other ? `${other.period} level` : 'Last year’s level';
  const counts = CHANGE_ORDER.filter((change) => (summary[change] ?? 0) > 0);

  return (
    <>
      <AssessmentBreadcrumbs orgId={orgId} orgName={organisation.data?.name} assessment={assessment} />
      <PageHeading caption={assessment.title}>{heading}</PageHeading>
      <MaturityViews orgId={orgId} assessmentId={assessmentId} catalogueKey={assessment.catalogue.key} current="compare" />
      <ComparisonSwitch orgId={orgId} assessmentId={assessmentId} against={against} />
      {other === null ? (
        <Paragraph>
          {against === 'review'
            ? 'No independent review has been recorded for this assessment yet.'
            : 'This assessment was not started from an earlier one, so there is no last year to compare with.'}
        </Paragraph>
      ) : (
        <Paragraph>
          {against === 'review' ? `Each outcome’s self-assessed level beside the independent reviewer’s.` : `Each outcome’s level beside ${other.title} (${other.period}).`}
        </Paragraph>
      )}
      <Heading>Summary</Heading>
      <SummaryList rows={counts.map((change) => ({ key: changeWords(change, against).text, value: plural(summary[change] ?? 0, 'outcome') }))} />
      <Table
        caption={`Each outcome, ${heading.toLowerCase()}`}
        rowKey={(row) => row.ref}
        rows={rows}
        columns={[
          { header: 'Outcome', rowHeader: true, cell: (row) => <Link to={links.outcome(orgId, assessmentId, row.ref)}>{row.ref} {row.title}</Link> },
          { header: 'This assessment', cell: (row) => label(row.level) },
          { header: otherName, cell: (row) => (row.change === 'not-compared' ? 'Not compared' : row.otherLevel === null && against === 'review' ? 'Not reviewed' : label(row.otherLevel)) },
          {
            header: 'Change',
            cell: (row) => {
              const change = changeWords(row.change, against);
              return (
                <>
                  <Tag colour={change.colour}>{change.text}</Tag>
                  {row.note && <Paragraph size="s">{row.note}</Paragraph>}
                </>
              );
            },
          },
        ]}
      />
    </>
  );
}
