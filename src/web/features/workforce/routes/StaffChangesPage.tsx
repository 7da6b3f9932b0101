// The joiners, movers and leavers the latest staff import found, against the register before it:
// who joined and where, who moved (before → after, only what changed), and who left.
import { Link } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { type StaffChange, type StaffChanges, useStaffChanges } from '../api/get-staff-changes';
import { personPage, staffPage } from '../components/links';
import { PeopleViews } from '../components/PeopleViews';
import { STAFF_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { movedFields } from '../components/staff-changes';
import { orNotRecorded, plural } from '../components/words';

export function StaffChangesPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readStaff);
  const changes = useStaffChanges(orgId, { enabled: readable });
  usePageTitle('Joiners, movers and leavers', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={STAFF_REFUSED} />;

  return (
    <>
      <BackLink to={staffPage(orgId)}>Back to the staff register</BackLink>
      <PageHeading caption={organisation.data.name}>Joiners, movers and leavers</PageHeading>
      <PeopleViews orgId={orgId} organisation={organisation.data} current="changes" />
      {changes.isPending && <Loading>Loading the changes…</Loading>}
      {changes.isError && <SectionProblem error={changes.error} what="The changes" />}
      {changes.data && <ChangeTables orgId={orgId} changes={changes.data} />}
    </>
  );
}

function ChangeTables({ orgId, changes }: { orgId: string; changes: StaffChanges }) {
  const latest = changes.imports.at(-1);
  if (!latest) return <Paragraph>No staff extract has been imported yet, so there are no changes to show.</Paragraph>;
  const of = (kind: StaffChange['change']) => changes.items.filter((item) => item.change === kind);
  const name = (change: StaffChange) => <Link to={personPage(orgId, change.employeeNumber)}>{change.name}</Link>;
  return (
    <>
      <Paragraph>
        What the extract imported on {formatDateTime(latest.importedAt)} changed: {plural(changes.counts.joined, 'joiner')}, {plural(changes.counts.moved, 'mover')} and {plural(changes.counts.left, 'leaver')}.
      </Paragraph>
      <Heading spaceAbove>Joiners ({changes.counts.joined.toLocaleString('en-GB')})</Heading>
      {changes.counts.joined === 0 ? (
        <Paragraph>Nobody joined.</Paragraph>
      ) : (
        <Table<StaffChange>
          caption="Joiners"
          captionHidden
          rows={of('joined')}
          rowKey={(change) => change.employeeNumber}
          columns={[
            { header: 'Name', rowHeader: true, cell: name },
            { header: 'Employee number', cell: (change) => change.employeeNumber },
            { header: 'Department', cell: (change) => orNotRecorded(change.after.department) },
            { header: 'Position', cell: (change) => orNotRecorded(change.after.position) },
            { header: 'Staff group', cell: (change) => orNotRecorded(change.after.staffGroup) },
          ]}
        />
      )}
      <Heading spaceAbove>Movers ({changes.counts.moved.toLocaleString('en-GB')})</Heading>
      {changes.counts.moved === 0 ? (
        <Paragraph>Nobody moved.</Paragraph>
      ) : (
        <Table<StaffChange>
          caption="Movers"
          captionHidden
          rows={of('moved')}
          rowKey={(change) => change.employeeNumber}
          columns={[
            { header: 'Name', rowHeader: true, cell: name },
            { header: 'Employee number', cell: (change) => change.employeeNumber },
            {
              header: 'What changed',
              width: 'one-half',
              cell: (change) => (
                <BulletList>
                  {movedFields(change).map((field) => (
                    <li key={field.label}>
                      {field.label}: {field.before} → {field.after}
                    </li>
                  ))}
                </BulletList>
              ),
            },
          ]}
        />
      )}
      <Heading spaceAbove>Leavers ({changes.counts.left.toLocaleString('en-GB')})</Heading>
      {changes.counts.left === 0 ? (
        <Paragraph>Nobody left.</Paragraph>
      ) : (
        <Table<StaffChange>
          caption="Leavers"
          captionHidden
          rows={of('left')}
          rowKey={(change) => change.employeeNumber}
          columns={[
            { header: 'Name', rowHeader: true, cell: name },
            { header: 'Employee number', cell: (change) => change.employeeNumber },
            { header: 'Department', cell: (change) => orNotRecorded(change.before?.department ?? change.after.department) },
            { header: 'Position', cell: (change) => orNotRecorded(change.before?.position ?? change.after.position) },
          ]}
        />
      )}
    </>
  );
}
