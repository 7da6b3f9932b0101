// The organisation home's dashboard: each open assessment with its progress, status against its
// profile and deadline; evidence expiring or expired; and the outcomes assigned to the person looking.
import { Link } from 'react-router';
import { Card } from '../../../components/Content';
import { ProgressBar } from '../../../components/Meter';
import { Loading, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { formatDate } from '../../../lib/format';
import { type AssessmentSummary, type Dashboard, useDashboard } from '../api/get-dashboard';
import { links } from './maturity-links';
import { daysLeftWords, deadlineWords, evidenceStateWords, plural, statusWords } from './maturity-words';

export function DashboardSection({ orgId, orgName }: { orgId: string; orgName: string }) {
  const dashboard = useDashboard(orgId);
  return (
    <>
      <section aria-labelledby="open-assessments">
        <Heading id="open-assessments">Assessments in progress</Heading>
        {dashboard.isPending && <Loading>Loading the assessments…</Loading>}
        {dashboard.isError && <SectionProblem error={dashboard.error} what="The assessments" />}
        {dashboard.data && <OpenAssessments orgId={orgId} orgName={orgName} dashboard={dashboard.data} />}
      </section>
      {dashboard.data && (
        <>
          <MyWork orgId={orgId} items={dashboard.data.myWork} />
          <ExpiringEvidence orgId={orgId} items={dashboard.data.expiringEvidence} />
        </>
      )}
    </>
  );
}

function OpenAssessments({ orgId, orgName, dashboard }: { orgId: string; orgName: string; dashboard: Dashboard }) {
  if (dashboard.assessments.length === 0) {
    return (
      <Paragraph>
        {orgName} has no assessment in progress. <Link to={links.assessments(orgId)}>See all assessments</Link>
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>
        {dashboard.overdue === 0 ? 'No outcomes are overdue.' : `${plural(dashboard.overdue, 'outcome is', 'outcomes are')} overdue across these assessments.`}{' '}
        <Link to={links.assessments(orgId)}>See all assessments</Link>
      </Paragraph>
      {dashboard.assessments.map((assessment) => (
        <AssessmentCard key={assessment.id} orgId={orgId} assessment={assessment} />
      ))}
    </>
  );
}

function AssessmentCard({ orgId, assessment }: { orgId: string; assessment: AssessmentSummary }) {
  const { progress } = assessment;
  const status = statusWords(assessment.status);
  const late = assessment.daysLeft !== null && assessment.daysLeft < 0;
  return (
    <Card heading={<Link to={links.workspace(orgId, assessment.id)}>{assessment.title}</Link>} headingLevel={3}>
      <SummaryList
        noBorder
        rows={[
          {
            key: 'Progress',
            value: (
              <ProgressBar value={progress.answered} max={progress.outcomes}>
                {progress.answered} of {plural(progress.outcomes, 'outcome')} answered
              </ProgressBar>
            ),
          },
          {
            key: 'Status',
            value: (
              <>
                <Tag colour={assessment.status.state === 'below' ? 'red' : assessment.status.provisional ? 'yellow' : 'green'}>{status.label}</Tag> {status.detail}
              </>
            ),
          },
          { key: 'Deadline', value: late ? <Tag colour="red">{deadlineWords(assessment.daysLeft, assessment.dueOn)}</Tag> : deadlineWords(assessment.daysLeft, assessment.dueOn) },
          { key: 'Overdue outcomes', value: progress.overdue === 0 ? 'None' : <Tag colour="red">{plural(progress.overdue, 'outcome')} overdue</Tag> },
        ]}
      />
    </Card>
  );
}

function MyWork({ orgId, items }: { orgId: string; items: Dashboard['myWork'] }) {
  return (
    <section aria-labelledby="my-work">
      <Heading id="my-work" spaceAbove>
        My work
      </Heading>
      {items.length === 0 ? (
        <Paragraph>No outcomes are assigned to you.</Paragraph>
      ) : (
        <Table
          caption="Outcomes assigned to you, overdue first"
          captionHidden
          rowKey={(item) => `${item.assessmentId}:${item.ref}`}
          rows={items}
          columns={[
            { header: 'Outcome', rowHeader: true, cell: (item) => <Link to={links.outcome(orgId, item.assessmentId, item.ref)}>{item.ref} {item.title}</Link> },
            { header: 'Assessment', cell: (item) => item.assessmentTitle },
            { header: 'Due', cell: (item) => (item.dueOn ? formatDate(item.dueOn) : 'No due date') },
            {
              header: 'When',
              cell: (item) => (item.daysLeft === null ? 'No due date' : item.overdue ? <Tag colour="red">{daysLeftWords(item.daysLeft)}</Tag> : daysLeftWords(item.daysLeft)),
            },
          ]}
        />
      )}
    </section>
  );
}

function ExpiringEvidence({ orgId, items }: { orgId: string; items: Dashboard['expiringEvidence'] }) {
  return (
    <section aria-labelledby="expiring-evidence">
      <Heading id="expiring-evidence" spaceAbove>
        Evidence expiring or expired
      </Heading>
      {items.length === 0 ? (
        <Paragraph>No evidence has expired or expires in the next 30 days.</Paragraph>
      ) : (
        <Table
          caption="Evidence expiring or expired"
          captionHidden
          rowKey={(item) => item.id}
          rows={items}
          columns={[
            { header: 'Evidence', rowHeader: true, cell: (item) => <Link to={links.evidence(orgId, item.id)}>{item.title}</Link> },
            {
              header: 'State',
              cell: (item) => {
                const state = evidenceStateWords(item.state);
                return <Tag colour={state.colour}>{state.text}</Tag>;
              },
            },
            { header: 'Expires', cell: (item) => formatDate(item.expiresOn, 'No expiry date') },
            { header: 'Owner', cell: (item) => item.ownerName ?? 'No owner' },
          ]}
        />
      )}
    </section>
  );
}
