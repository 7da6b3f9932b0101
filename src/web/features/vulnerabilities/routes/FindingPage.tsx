// One vulnerability finding: what was found on which host, its deadline on the day asked for with the
// rule that set it in words (the severity's days, the known exploited days or the catalogue's due
// date), and each period it was open, so a finding fixed and found again keeps its history.
import { Link, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, problemHeading, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useDeadlines } from '../api/get-deadlines';
import { type FindingDetail, useFinding } from '../api/get-finding';
import { useKevEntry } from '../api/get-kev-entry';
import { ExploitTags, SeverityTag } from '../components/FindingTags';
import { assetPage, findingsPage } from '../components/links';
import { FINDING_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { dayWords, daysBetween, hostWords, plural, ruleWords, standingWords, STATE_LABELS, ukDayOf } from '../components/words';

export function FindingPage() {
  const orgId = useOrgId();
  const { findingId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || undefined;
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  const finding = useFinding(orgId, findingId, asOf, { enabled: readable });
  const name = finding.data ? `${finding.data.cveId ?? `Check ${finding.data.checkId}`} on ${hostWords(finding.data.host)}` : undefined;
  usePageTitle(finding.isError ? problemHeading(finding.error) : name, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable || (isApiError(finding.error) && finding.error.status === 403)) return <NotAllowed reason={READ_REFUSED} />;
  if (finding.isError) return <PageProblem error={finding.error} />;
  if (finding.isPending) return <Loading>Loading the finding…</Loading>;
  return <Finding organisation={organisation.data} finding={finding.data} asOf={asOf} />;
}

function Finding({ organisation, finding, asOf }: { organisation: Organisation; finding: FindingDetail; asOf: string | undefined }) {
  const orgId = organisation.id;
  const { host } = finding;
  return (
    <>
      <BackLink to={findingsPage(orgId, asOf ? { asOf } : {})}>Back to the findings</BackLink>
      <PageHeading caption={`Vulnerability finding in ${organisation.name}`}>
        {finding.cveId ?? `Check ${finding.checkId}`} on {hostWords(host)}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Host', value: host.name ?? 'Not named by the scanner' },
          { key: 'IP address', value: host.ip ?? 'Not given by the scanner' },
          { key: 'Operating system', value: host.os ?? 'Not given by the scanner' },
          { key: 'Information asset', value: host.assetId ? <Link to={assetPage(orgId, host.assetId)}>{host.assetName ?? 'The asset'}</Link> : 'No asset of this name in the register' },
          { key: 'Check', value: `${finding.checkId}${finding.checkName ? `: ${finding.checkName}` : ''}` },
          { key: 'CVE', value: finding.cveId ?? 'None named' },
          { key: 'Severity', value: <SeverityTag severity={finding.severity} /> },
          { key: 'CVSS score', value: finding.cvss === null ? 'Not given' : String(finding.cvss) },
          { key: 'Known exploited', value: <ExploitTags kevListed={finding.kevListed} knownRansomwareUse={finding.knownRansomwareUse} /> },
          { key: 'State', value: STATE_LABELS[finding.state] },
          { key: 'First seen', value: formatDateTime(finding.firstSeenAt) },
          { key: 'Last seen', value: formatDateTime(finding.lastSeenAt) },
          { key: 'Fixed', value: finding.fixedAt ? formatDateTime(finding.fixedAt) : 'Not fixed' },
          { key: 'Scan scope', value: finding.scope },
          { key: 'Solution', value: finding.solution ? <span className="app-preserve-lines">{finding.solution}</span> : 'None given' },
        ]}
      />
      <DeadlineSection orgId={orgId} finding={finding} />
      <HistorySection finding={finding} />
    </>
  );
}

function DeadlineSection({ orgId, finding }: { orgId: string; finding: FindingDetail }) {
  const deadlines = useDeadlines(orgId, { enabled: finding.deadline?.rule === 'kev-days' });
  const kev = useKevEntry(finding.kevListed && finding.cveId ? finding.cveId : null);
  const deadline = finding.deadline;
  return (
    <section aria-labelledby="finding-deadline">
      <Heading id="finding-deadline" spaceAbove>
        Deadline
      </Heading>
      {!deadline ? (
        <Paragraph>It had not been seen on this day, so it had no deadline yet.</Paragraph>
      ) : (
        <SummaryList
          rows={[
            { key: 'Clock started', value: dayWords(deadline.startedOn) },
            { key: 'Due', value: deadline.dueOn ? dayWords(deadline.dueOn) : 'No due date' },
            { key: 'Rule', value: ruleWords(finding.severity, deadline, deadlines.data?.settings.kev) },
            ...(finding.kevListed
              ? [
                  {
                    key: 'Catalogue dates',
                    value: kev.data
                      ? `Added ${dayWords(kev.data.entry.dateAdded)}, due ${dayWords(kev.data.entry.dueDate)} (CISA catalogue version ${kev.data.catalogue.version})`
                      : kev.isError
                        ? 'Could not be read'
                        : 'Loading…',
                  },
                ]
              : []),
            { key: finding.state === 'fixed' ? 'When fixed' : 'Where it stands', value: standingWords(finding.state, deadline) },
            { key: 'Days open', value: plural(deadline.ageDays, 'day') },
            { key: 'Found again after a fix', value: deadline.reopenings === 0 ? 'Never' : plural(deadline.reopenings, 'time') },
          ]}
        />
      )}
      {deadlines.isError && <SectionProblem error={deadlines.error} what="The known exploited days" />}
    </section>
  );
}

function HistorySection({ finding }: { finding: FindingDetail }) {
  const rows = finding.history.map((period, index) => ({ ...period, index }));
  return (
    <section aria-labelledby="finding-history">
      <Heading id="finding-history" spaceAbove>
        When it was open
      </Heading>
      <Table<(typeof rows)[number]>
        caption="Each period the finding was open, earliest first"
        captionHidden
        rows={rows}
        rowKey={(period) => String(period.index)}
        columns={[
          { header: 'Period', rowHeader: true, cell: (period) => String(period.index + 1) },
          { header: 'Seen', cell: (period) => formatDateTime(period.openedAt) },
          { header: 'Fixed', cell: (period) => (period.fixedAt ? formatDateTime(period.fixedAt) : 'Still open') },
          { header: 'Days open', numeric: true, cell: (period) => (period.fixedAt ? plural(daysBetween(ukDayOf(period.openedAt), ukDayOf(period.fixedAt)), 'day') : '–') },
        ]}
      />
    </section>
  );
}
