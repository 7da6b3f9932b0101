// One member of staff on a UK day (the register's day, carried in the address): where they stand, the
// assignment their department and post come from, and every assignment ESR holds, current ones marked.
import { Link, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type StaffDetail, usePerson } from '../api/get-person';
import { personPage, staffPage } from '../components/links';
import { STAFF_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { dayWords, orNotRecorded, personName, STAFF_STATUS_WORDS } from '../components/words';

type Assignment = StaffDetail['assignments'][number];

export function PersonPage() {
  const orgId = useOrgId();
  const employeeNumber = useParams().employeeNumber ?? '';
  const asOf = useSearchParams()[0].get('asOf')?.trim() || undefined;
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readStaff);
  const person = usePerson(orgId, employeeNumber, asOf, { enabled: readable });
  usePageTitle(person.data ? personName(person.data) : 'Member of staff', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={STAFF_REFUSED} />;
  if (person.isPending) return <Loading>Loading the member of staff…</Loading>;
  if (person.isError) return <PageProblem error={person.error} />;

  const detail = person.data;
  const status = STAFF_STATUS_WORDS[detail.status];
  return (
    <>
      <BackLink to={staffPage(orgId, asOf ? new URLSearchParams({ asOf }).toString() : '')}>Back to the staff register</BackLink>
      <PageHeading caption={organisation.data.name}>{personName(detail)}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Employee number', value: detail.employeeNumber },
          {
            key: `Status on ${dayWords(detail.day)}`,
            value: (
              <>
                <Tag colour={status.colour}>{status.text}</Tag>
                {detail.newStarter && (
                  <>
                    {' '}
                    <Tag colour="aqua-green">New starter</Tag>
                  </>
                )}
              </>
            ),
          },
          { key: 'Department', value: orNotRecorded(detail.department) },
          { key: 'Position', value: orNotRecorded(detail.position) },
          { key: 'Staff group', value: orNotRecorded(detail.staffGroup) },
          { key: 'Division', value: orNotRecorded(detail.division) },
          { key: 'Email', value: orNotRecorded(detail.email) },
          { key: 'Line manager’s employee number', value: detail.lineManager ? <Link to={personPage(orgId, detail.lineManager)}>{detail.lineManager}</Link> : 'Not recorded' },
        ]}
      />
      <Heading spaceAbove>Assignments</Heading>
      <Table<Assignment>
        caption={`Assignments of ${personName(detail)}`}
        captionHidden
        rows={detail.assignments}
        rowKey={(assignment) => assignment.assignmentNumber}
        columns={[
          {
            header: 'Assignment',
            rowHeader: true,
            cell: (assignment) => (
              <>
                {assignment.assignmentNumber}
                {assignment.assignmentNumber === detail.attributedAssignment && ' (shown above)'}
              </>
            ),
          },
          { header: 'When', cell: (assignment) => `${dayWords(assignment.startDate)} to ${assignment.endDate ? dayWords(assignment.endDate) : 'now'}` },
          { header: 'Current', cell: (assignment) => (assignment.current ? <Tag colour="green">Current</Tag> : <Tag colour="grey">Not current</Tag>) },
          { header: 'Department', cell: (assignment) => orNotRecorded(assignment.department) },
          { header: 'Position', cell: (assignment) => `${orNotRecorded(assignment.position)}${assignment.primary ? ' (primary)' : ''}` },
          { header: 'Staff group', cell: (assignment) => orNotRecorded(assignment.staffGroup) },
        ]}
      />
    </>
  );
}
