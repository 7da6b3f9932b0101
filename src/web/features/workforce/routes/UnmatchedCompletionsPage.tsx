// Completions of a counted course whose employee number is blank (agency staff) or not in the staff
// register (locums, numbers mistyped): they count in no figure, so they are listed to be put right.
import { useSearchParams } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type UnmatchedCompletion, useUnmatched } from '../api/get-unmatched';
import { trainingPage } from '../components/links';
import { TRAINING_REFUSED, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { dayWords, orNotRecorded, plural } from '../components/words';

export function UnmatchedCompletionsPage() {
  const orgId = useOrgId();
  const asOf = useSearchParams()[0].get('asOf')?.trim() || undefined;
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readTraining);
  const list = useUnmatched(orgId, asOf, { enabled: readable });
  usePageTitle('Completions not matched to staff', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={TRAINING_REFUSED} />;

  return (
    <>
      <BackLink to={trainingPage(orgId, asOf ? new URLSearchParams({ asOf }).toString() : '')}>Back to training compliance</BackLink>
      <PageHeading caption={organisation.data.name}>Completions not matched to staff</PageHeading>
      {list.isPending && <Loading>Loading the completions…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The completions" />}
      {list.data && (
        <>
          <Paragraph>
            {plural(list.data.items.length, 'completion')} of a counted course by the day {dayWords(list.data.day)} with no employee number, or one the staff register does not hold.
            Agency staff and locums are not in ESR; a mistyped number is put right in the e-learning system and shows here until the next import.
          </Paragraph>
          {list.data.items.length > 0 && (
            <Table<UnmatchedCompletion>
              caption="Completions not matched to staff"
              captionHidden
              rows={list.data.items}
              rowKey={(item) => `${item.employeeNumber ?? ''}|${item.name ?? ''}|${item.courseCode}|${item.completedOn}`}
              columns={[
                { header: 'Name', rowHeader: true, cell: (item) => orNotRecorded(item.name) },
                { header: 'Employee number', cell: (item) => item.employeeNumber ?? 'Blank' },
                { header: 'Course', cell: (item) => item.courseName },
                { header: 'Completed', cell: (item) => dayWords(item.completedOn) },
                { header: 'Expires', cell: (item) => dayWords(item.expiresOn, 'Never') },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
