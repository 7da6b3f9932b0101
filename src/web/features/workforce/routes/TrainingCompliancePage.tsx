// Training compliance on a UK day (today unless another is asked for, kept in the address): the
// organisation's figure against its target; departments as a bar chart (below target first, the
// target marked) with the same figures as a table; staff groups; new starters apart; induction on
// time; completions by people the register does not hold; and who is overdue, by line manager.
import { Link, useSearchParams } from 'react-router';
import { AsOfForm } from '../../../components/AsOfForm';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type ComplianceLine, type NewStarter, type OverdueGroup, type TrainingCompliance, useCompliance } from '../api/get-compliance';
import { complianceBars } from '../components/compliance-chart';
import { ComplianceChart } from '../components/ComplianceChart';
import { personPage, unmatchedPage } from '../components/links';
import { PeopleViews } from '../components/PeopleViews';
import { TRAINING_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { AWARENESS_WORDS, dayWords, orNotRecorded, percentWords, plural, ukToday } from '../components/words';

const AS_OF_ID = 'training-as-of';

export function TrainingCompliancePage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readTraining);
  const report = useCompliance(orgId, asOf, { enabled: readable });
  const problems = isApiError(report.error) && report.error.status === 422 ? formProblems(report.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Training compliance`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={TRAINING_REFUSED} />;

  const data = problems ? undefined : report.data;
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Training compliance</PageHeading>
      <Paragraph>
        How many current staff are in date with data security awareness training on a day, against the organisation’s target. New starters are counted apart until their induction
        window ends; completions by people the staff register does not hold count in no figure.
      </Paragraph>
      <PeopleViews orgId={orgId} organisation={organisation.data} current="training" />
      <AsOfForm
        key={asOf ?? ''}
        id={AS_OF_ID}
        label="Compliance as of"
        hint="A date passed, to see the figures then, or one to come, to see who will fall out of date."
        button="Show the figures"
        asOf={asOf ?? ukToday()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(day ? { asOf: day } : {})}
      />
      {report.isPending && <Loading>Loading training compliance…</Loading>}
      {report.isError && !problems && <SectionProblem error={report.error} what="Training compliance" />}
      {data && <Report orgId={orgId} report={data} asOf={asOf} />}
    </>
  );
}

const belowTargetTag = (line: ComplianceLine) => (line.belowTarget ? <Tag colour="red">Below target</Tag> : <Tag colour="green">Meets target</Tag>);

function lineColumns(what: string) {
  return [
    { header: what, rowHeader: true, cell: (line: ComplianceLine) => line.name },
    { header: 'In date', numeric: true, cell: (line: ComplianceLine) => line.compliant.toLocaleString('en-GB') },
    { header: 'Of', numeric: true, cell: (line: ComplianceLine) => line.staff.toLocaleString('en-GB') },
    { header: '%', numeric: true, cell: (line: ComplianceLine) => percentWords(line.percent) },
    { header: 'Against target', cell: belowTargetTag },
  ];
}

function Report({ orgId, report, asOf }: { orgId: string; report: TrainingCompliance; asOf: string | undefined }) {
  const overall = report.organisation;
  const unmatchedQuery = asOf ? new URLSearchParams({ asOf }).toString() : '';
  return (
    <>
      <Announce>
        <Paragraph size="l">
          {percentWords(overall.percent)} of current staff in date on {dayWords(report.day)} ({overall.compliant.toLocaleString('en-GB')} of {overall.staff.toLocaleString('en-GB')}), against a target of{' '}
          {percentWords(report.targetPercent)}: {overall.belowTarget ? 'below target' : 'meets the target'}.
        </Paragraph>
      </Announce>
      <section aria-labelledby="by-department">
        <Heading id="by-department" spaceAbove>
          By department
        </Heading>
        {report.departments.length === 0 ? (
          <Paragraph>No current staff to count.</Paragraph>
        ) : (
          <>
            <ComplianceChart bars={complianceBars(report.departments)} targetPercent={report.targetPercent} />
            <Table<ComplianceLine> caption="Training compliance by department" captionSize="s" rows={report.departments} rowKey={(line) => line.name} columns={lineColumns('Department')} />
          </>
        )}
      </section>
      <section aria-labelledby="by-staff-group">
        <Heading id="by-staff-group" spaceAbove>
          By staff group
        </Heading>
        <Table<ComplianceLine> caption="Training compliance by staff group" captionHidden rows={report.staffGroups} rowKey={(line) => line.name} columns={lineColumns('Staff group')} />
      </section>
      <NewStarters orgId={orgId} report={report} />
      <section aria-labelledby="unmatched">
        <Heading id="unmatched" spaceAbove>
          Completions by people not in the staff register
        </Heading>
        <Paragraph>
          {plural(report.completions.unmatched, 'completion')} of a counted course by agency staff, locums and others the staff register does not hold: they count in no figure.{' '}
          {report.completions.unmatched > 0 && <Link to={unmatchedPage(orgId, unmatchedQuery)}>See the completions not matched to staff</Link>}
        </Paragraph>
      </section>
      <Overdue orgId={orgId} overdue={report.overdue} />
    </>
  );
}

function NewStarters({ orgId, report }: { orgId: string; report: TrainingCompliance }) {
  const starters = report.newStarters;
  const onTime = report.inductionOnTime;
  const starterColumns = [
    { header: 'Name', rowHeader: true, cell: (person: NewStarter) => <Link to={personPage(orgId, person.employeeNumber)}>{person.name}</Link> },
    { header: 'Department', cell: (person: NewStarter) => orNotRecorded(person.department) },
    { header: 'Started', cell: (person: NewStarter) => dayWords(person.startedOn) },
    { header: 'Induction due by', cell: (person: NewStarter) => dayWords(person.inductionDueBy) },
    { header: 'Induction', cell: (person: NewStarter) => (person.inductionCompletedOn ? `Done ${dayWords(person.inductionCompletedOn)}` : <Tag colour="orange">Not yet</Tag>) },
  ];
  return (
    <section aria-labelledby="new-starters">
      <Heading id="new-starters" spaceAbove>
        New starters
      </Heading>
      <Paragraph>
        People who started within the last {plural(report.inductionDays, 'day')}: {starters.inductionDone.toLocaleString('en-GB')} have done their induction and{' '}
        {starters.inductionNotDone.toLocaleString('en-GB')} not yet, of {plural(starters.total, 'new starter')}.
      </Paragraph>
      {starters.people.length > 0 && <Table<NewStarter> caption="New starters and their induction" captionHidden rows={starters.people} rowKey={(person) => person.employeeNumber} columns={starterColumns} />}
      <Heading level={3} spaceAbove>
        Induction on time
      </Heading>
      <SummaryList
        rows={[
          { key: 'Induction windows ending', value: `${dayWords(onTime.from)} to ${dayWords(onTime.to)}` },
          { key: 'Done within the window', value: `${onTime.onTime.toLocaleString('en-GB')} of ${onTime.due.toLocaleString('en-GB')} (${percentWords(onTime.percent)})` },
        ]}
      />
      {onTime.late.length > 0 && <Table<NewStarter> caption="Inductions done late or not done" captionSize="s" rows={onTime.late} rowKey={(person) => person.employeeNumber} columns={starterColumns} />}
    </section>
  );
}

function Overdue({ orgId, overdue }: { orgId: string; overdue: TrainingCompliance['overdue'] }) {
  return (
    <section aria-labelledby="overdue">
      <Heading id="overdue" spaceAbove>
        Overdue, by line manager ({overdue.total.toLocaleString('en-GB')})
      </Heading>
      {overdue.total === 0 && <Paragraph>Nobody is overdue.</Paragraph>}
      {overdue.byLineManager.map((group: OverdueGroup) => {
        const manager = group.lineManager ? `${group.lineManagerName ?? 'Not in the staff register'} (${group.lineManager})` : 'No line manager recorded';
        return (
          <Table<OverdueGroup['people'][number]>
            key={group.lineManager ?? ''}
            caption={`${manager}: ${plural(group.people.length, 'person', 'people')} overdue`}
            captionSize="s"
            rows={group.people}
            rowKey={(person) => person.employeeNumber}
            columns={[
              { header: 'Name', rowHeader: true, cell: (person) => <Link to={personPage(orgId, person.employeeNumber)}>{person.name}</Link> },
              { header: 'Department', cell: (person) => orNotRecorded(person.department) },
              { header: 'Awareness training', cell: (person) => AWARENESS_WORDS[person.state] },
              { header: 'Last done', cell: (person) => dayWords(person.lastCompletedOn, 'Never') },
              { header: 'Expired', cell: (person) => dayWords(person.expiresOn, 'Never done') },
            ]}
          />
        );
      })}
    </section>
  );
}
