// An organisation's vulnerability findings, filtered by state, severity, host, CVE, the known
// exploited catalogue, ransomware use, deadline and asset, each with its due date and how far past
// it (or how far from it) the finding is on the day asked for. Everything is in the address, so the
// dashboard's figures link here.
import { Link, useSearchParams } from 'react-router';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Breadcrumbs } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Paragraph, SmallPrint } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type FindingList, type FindingView, useFindings } from '../api/get-findings';
import { type FindingFilter, findingFilterFromParams, isFindingFiltered, withFilter } from '../components/finding-filter';
import { FILTER_IDS, FindingFilters } from '../components/FindingFilters';
import { ExploitTags, SeverityTag } from '../components/FindingTags';
import { assetPage, exposurePage, findingPage, findingsPage } from '../components/links';
import { FINDING_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords, hostWords, plural, standingWords, STATE_LABELS } from '../components/words';

export function FindingsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter = findingFilterFromParams(params);
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  const list = useFindings(orgId, filter, { enabled: readable });
  const problems = isApiError(list.error) && list.error.status === 422 ? formProblems(list.error, FILTER_IDS) : null;
  usePageTitle(`${problems ? 'Error: ' : ''}Vulnerability findings`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable || (isApiError(list.error) && list.error.status === 403)) return <NotAllowed reason={READ_REFUSED} />;

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const data = problems ? undefined : list.data;
  return (
    <>
      <Breadcrumbs items={[{ text: organisation.data.name, to: base }, { text: 'Vulnerability exposure', to: exposurePage(orgId, filter.asOf) }]} />
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Vulnerability findings</PageHeading>
      <Paragraph>
        What the vulnerability scans found on each host, worst first. A finding is open until a later scan of the same scope no longer lists it. Its deadline runs from the day it
        was seen (or seen again after a fix), in whole UK days.
      </Paragraph>
      <FindingFilters key={params.toString()} applied={filter} action={findingsPage(orgId)} errors={problems?.byField} onApply={setParams} />
      {list.isPending && <Loading>Loading the findings…</Loading>}
      {list.isError && !problems && <SectionProblem error={list.error} what="The findings" />}
      {data && <Findings organisation={organisation.data} list={data} filter={filter} />}
    </>
  );
}

function Findings({ organisation, list, filter }: { organisation: Organisation; list: FindingList; filter: FindingFilter }) {
  const orgId = organisation.id;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageLink = (page: number) => ({ to: findingsPage(orgId, { ...filter, page }), text: `${page} of ${pages}` });
  const first = (list.page - 1) * list.pageSize + 1;
  const assetName = filter.assetId ? list.items.find((finding) => finding.host.assetId === filter.assetId)?.host.assetName : undefined;
  return (
    <>
      {filter.assetId && (
        <Paragraph>
          On hosts matched to the information asset {assetName ? <Link to={assetPage(orgId, filter.assetId)}>{assetName}</Link> : 'chosen'}.{' '}
          <Link to={findingsPage(orgId, withFilter(filter, { assetId: undefined }))}>Show every host’s findings</Link>
        </Paragraph>
      )}
      <Announce>
        <Paragraph>
          {isFindingFiltered(filter) ? `${plural(list.total, 'finding')} ${list.total === 1 ? 'matches' : 'match'} these filters` : `${plural(list.total, 'finding')} in all`}, deadlines
          as of {formatDate(list.asOf)}
          {list.total > list.pageSize && list.items.length > 0 ? `; showing ${first.toLocaleString('en-GB')} to ${(first + list.items.length - 1).toLocaleString('en-GB')}` : ''}.
        </Paragraph>
      </Announce>
      {list.items.length > 0 && <FindingsTable orgId={orgId} findings={list.items} asOf={filter.asOf} caption={`Vulnerability findings of ${organisation.name}`} />}
      <Pagination label="Pages of findings" previous={list.page > 1 ? pageLink(list.page - 1) : undefined} next={list.page < pages ? pageLink(list.page + 1) : undefined} />
    </>
  );
}

export function FindingsTable({ orgId, findings, asOf, caption }: { orgId: string; findings: FindingView[]; asOf: string | undefined; caption: string }) {
  return (
    <Table<FindingView>
      caption={caption}
      captionHidden
      rows={findings}
      rowKey={(finding) => finding.id}
      columns={[
        { header: 'Host', rowHeader: true, cell: (finding) => (finding.host.assetId ? <Link to={assetPage(orgId, finding.host.assetId)}>{hostWords(finding.host)}</Link> : hostWords(finding.host)) },
        {
          header: 'Vulnerability',
          cell: (finding) => (
            <>
              <Link to={findingPage(orgId, finding.id, asOf)}>{finding.cveId ?? `Check ${finding.checkId}`}</Link>
              {finding.checkName && <SmallPrint>{finding.checkName}</SmallPrint>}
            </>
          ),
        },
        { header: 'Severity', cell: (finding) => <SeverityTag severity={finding.severity} /> },
        { header: 'Known exploited', cell: (finding) => <ExploitTags kevListed={finding.kevListed} knownRansomwareUse={finding.knownRansomwareUse} /> },
        { header: 'State', cell: (finding) => STATE_LABELS[finding.state] },
        {
          header: 'Due',
          cell: (finding) => (
            <>
              {finding.deadline?.dueOn ? dayWords(finding.deadline.dueOn) : 'No due date'}
              <SmallPrint>{standingWords(finding.state, finding.deadline)}</SmallPrint>
            </>
          ),
        },
      ]}
    />
  );
}
