// The directory findings on a UK day (today unless another is asked for, kept in the address): what
// the accounts hold, then each finding, most severe first, with what it means, how many and the
// accounts in it (each with why), and "Start a review" for those who may start an access review.
import { Link, useSearchParams } from 'react-router';
import { AsOfForm } from '../../../components/AsOfForm';
import { ButtonLink } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type Finding, type FindingItem, type FindingsReport, useFindings } from '../api/get-findings';
import { paramsFromAccountFilter } from '../components/account-filter';
import { accountsPage, newReviewPage, personPage } from '../components/links';
import { PeopleViews } from '../components/PeopleViews';
import { DIRECTORY_REFUSED, mayStartReview, WORKFORCE_PERMISSIONS } from '../components/permissions';
import { ACCOUNT_KIND_LABELS, dayWords, plural, SEVERITY_WORDS, ukToday } from '../components/words';

const AS_OF_ID = 'findings-as-of';

export function DirectoryFindingsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const readable = can(organisation.data, WORKFORCE_PERMISSIONS.readDirectory);
  const report = useFindings(orgId, asOf, { enabled: readable });
  const problems = isApiError(report.error) && report.error.status === 422 ? formProblems(report.error, { asOf: AS_OF_ID }) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Directory findings`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={DIRECTORY_REFUSED} />;

  const data = problems ? undefined : report.data;
  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Directory findings</PageHeading>
      <Paragraph>
        The accounts in the organisation’s directories held against the staff register on a day: leavers who still have access, privileged accounts without MFA, accounts nobody uses,
        and accounts nobody owns.
      </Paragraph>
      <PeopleViews orgId={orgId} organisation={organisation.data} current="findings" />
      <AsOfForm
        key={asOf ?? ''}
        id={AS_OF_ID}
        label="Findings as of"
        hint="The staff register and dormancy are judged on this day; the accounts are each directory’s latest import."
        button="Show the findings"
        asOf={asOf ?? ukToday()}
        error={problems?.byField.asOf}
        onShow={(day) => setParams(day ? { asOf: day } : {})}
      />
      {report.isPending && <Loading>Loading the findings…</Loading>}
      {report.isError && !problems && <SectionProblem error={report.error} what="The findings" />}
      {data && <Report orgId={orgId} report={data} asOf={asOf} startReview={mayStartReview(organisation.data)} />}
    </>
  );
}

function Report({ orgId, report, asOf, startReview }: { orgId: string; report: FindingsReport; asOf: string | undefined; startReview: boolean }) {
  const counts = report.counts;
  const raised = report.findings.filter((finding) => finding.count > 0);
  return (
    <>
      <Announce>
        <Paragraph>
          {plural(raised.length, 'finding')} on {dayWords(report.day)}, across {plural(counts.accounts, 'account')} in {plural(report.directories.length, 'directory', 'directories')} (
          {counts.enabled.toLocaleString('en-GB')} enabled, {counts.privileged.toLocaleString('en-GB')} privileged, {counts.matched.toLocaleString('en-GB')} matched to staff).
        </Paragraph>
      </Announce>
      {report.findings.map((finding) => (
        <FindingSection key={finding.key} orgId={orgId} finding={finding} asOf={asOf} startReview={startReview} />
      ))}
    </>
  );
}

function FindingSection({ orgId, finding, asOf, startReview }: { orgId: string; finding: Finding; asOf: string | undefined; startReview: boolean }) {
  const severity = SEVERITY_WORDS[finding.severity];
  const headingId = `finding-${finding.key}`;
  const accountsLink = accountsPage(orgId, paramsFromAccountFilter({ ...(asOf ? { asOf } : {}), finding: finding.key }).toString());
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} spaceAbove>
        {finding.title} ({finding.count.toLocaleString('en-GB')})
      </Heading>
      <Paragraph>
        <Tag colour={severity.colour}>{severity.text}</Tag> {finding.reason}
      </Paragraph>
      {finding.count === 0 ? (
        <Paragraph>None on this day.</Paragraph>
      ) : (
        <>
          <Table<FindingItem>
            caption={`Accounts in “${finding.title}”`}
            captionHidden
            rows={finding.items}
            rowKey={(item) => item.account?.id ?? `person-${item.owner?.employeeNumber ?? item.reason}`}
            columns={[
              { header: 'Account', rowHeader: true, cell: (item) => item.account?.name ?? 'No account' },
              { header: 'Directory', cell: (item) => item.account?.directory.name ?? 'None' },
              {
                header: 'Owner',
                cell: (item) => (item.owner ? <Link to={personPage(orgId, item.owner.employeeNumber)}>{item.owner.name}</Link> : 'Nobody in the staff register'),
              },
              { header: 'Kind', cell: (item) => (item.account ? ACCOUNT_KIND_LABELS[item.account.kind] : 'Person') },
              { header: 'Last logon', cell: (item) => (item.account ? formatDateTime(item.account.lastLogonAt) : 'Not applicable') },
              { header: 'Why', width: 'one-third', cell: (item) => item.reason },
            ]}
          />
          <Paragraph>
            {finding.key !== 'staff-without-account' && <Link to={accountsLink}>These accounts in the accounts list</Link>}
          </Paragraph>
          {startReview && finding.key !== 'staff-without-account' && (
            <ButtonLink to={newReviewPage(orgId, finding.key)} variant="secondary">
              Start a review<VisuallyHidden> of “{finding.title}”</VisuallyHidden>
            </ButtonLink>
          )}
        </>
      )}
    </section>
  );
}
