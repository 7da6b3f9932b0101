// The exposure dashboard's sections: the headline figures, each linking to the findings it counts;
// open findings by severity and by age, each chart with its table; past due findings by Information
// Asset Owner; the known exploited vulnerabilities open; hosts past their end of support; the past due
// findings themselves; and the deadlines the figures use.
import { Link } from 'react-router';
import { BarChart } from '../../../components/BarChart';
import { CardGroup } from '../../../components/CardGroup';
import { ColumnChart } from '../../../components/ColumnChart';
import { Card, Figure, GridColumn, GridRow } from '../../../components/Content';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import type { ExposureHost, ExposureReport } from '../api/get-exposure';
import { ageBars, headlines, ownerWords, SEVERITY_CHART_KEY, severityChartLabel, severityColumns, type SeverityRow, severityRows } from './exposure-view';
import type { FindingFilter } from './finding-filter';
import { ExploitTags, SeverityTag } from './FindingTags';
import { assetPage, deadlinesPage, endOfSupportPage, findingPage, findingsPage } from './links';
import { dayWords, hostWords, plural, SEVERITY_LABELS, settingWords } from './words';

/** The first past due findings the dashboard lists; the findings list has them all. */
export const PAST_DUE_SHOWN = 50;

interface SectionProps {
  orgId: string;
  report: ExposureReport;
  /** The UK day asked for, carried into every link; absent for now. */
  asOf: string | undefined;
}

/** A count as a link to the findings it counts, on the same day. */
function CountLink({ orgId, count, filter, label }: { orgId: string; count: number; filter: FindingFilter; label: string }) {
  if (count === 0) return <>0</>;
  return (
    <Link to={findingsPage(orgId, filter)} aria-label={`${count.toLocaleString('en-GB')} ${label}`}>
      {count.toLocaleString('en-GB')}
    </Link>
  );
}

function HostCell({ orgId, host }: { orgId: string; host: ExposureHost }) {
  return host.assetId ? <Link to={assetPage(orgId, host.assetId)}>{hostWords(host)}</Link> : <>{hostWords(host)}</>;
}

export function HeadlineSection({ orgId, report, asOf }: SectionProps) {
  return (
    <section aria-labelledby="exposure-headlines">
      <Heading id="exposure-headlines">Headline figures</Heading>
      <CardGroup
        width="one-third"
        label="Headline figures"
        items={headlines(report, asOf).map((headline) => ({
          key: headline.key,
          content: (
            <Card heading={headline.label} headingLevel={3}>
              <Figure>{headline.filter ? <Link to={findingsPage(orgId, headline.filter)}>{headline.figure}</Link> : headline.figure}</Figure>
              {headline.note && <SmallPrint>{headline.note}</SmallPrint>}
            </Card>
          ),
        }))}
      />
      <Paragraph>
        {plural(report.hosts.total, 'host')} scanned, {report.hosts.matchedToAssets.toLocaleString('en-GB')} matched to information assets,{' '}
        {report.hosts.withOpenFindings.toLocaleString('en-GB')} with open findings and {report.hosts.unsupported.toLocaleString('en-GB')} on software past its end of support.{' '}
        {plural(report.open.dueWithinWeek, 'open finding')} {report.open.dueWithinWeek === 1 ? 'falls' : 'fall'} due within the next 7 days.
      </Paragraph>
    </section>
  );
}

export function SeveritySection({ orgId, report, asOf }: SectionProps) {
  const rows = severityRows(report);
  const day: FindingFilter = asOf ? { asOf } : {};
  return (
    <section aria-labelledby="exposure-severity">
      <Heading id="exposure-severity" spaceAbove>
        Open findings by severity
      </Heading>
      <GridRow>
        <GridColumn width="one-half">
          <ColumnChart label={severityChartLabel(rows)} columns={severityColumns(rows)} keyEntries={SEVERITY_CHART_KEY} scaleText={`Tallest: ${plural(Math.max(0, ...rows.map((row) => row.open)), 'finding')}`} />
        </GridColumn>
        <GridColumn width="one-half">
          <Table<SeverityRow>
            caption="Open findings by severity"
            captionHidden
            rows={rows}
            rowKey={(row) => row.severity}
            columns={[
              { header: 'Severity', rowHeader: true, cell: (row) => SEVERITY_LABELS[row.severity] },
              { header: 'Open', numeric: true, cell: (row) => <CountLink orgId={orgId} count={row.open} filter={{ ...day, state: 'open', severity: row.severity }} label={`open ${row.severity} findings`} /> },
              { header: 'Past due', numeric: true, cell: (row) => <CountLink orgId={orgId} count={row.pastDue} filter={{ ...day, pastDue: 'true', severity: row.severity }} label={`${row.severity} findings past due`} /> },
              { header: 'Not yet due', numeric: true, cell: (row) => row.inTime.toLocaleString('en-GB') },
            ]}
          />
        </GridColumn>
      </GridRow>
    </section>
  );
}

export function AgeSection({ report }: { report: ExposureReport }) {
  const bars = ageBars(report);
  return (
    <section aria-labelledby="exposure-age">
      <Heading id="exposure-age" spaceAbove>
        How long open findings have been open
      </Heading>
      <Paragraph>Whole UK days since each was seen, or seen again after a fix.</Paragraph>
      <GridRow>
        <GridColumn width="one-half">
          <BarChart title="Open findings by days open" bars={bars} />
        </GridColumn>
        <GridColumn width="one-half">
          <Table<(typeof bars)[number]>
            caption="Open findings by days open"
            captionHidden
            rows={bars}
            rowKey={(bar) => bar.key}
            columns={[
              { header: 'Days open', rowHeader: true, cell: (bar) => bar.label },
              { header: 'Findings', numeric: true, cell: (bar) => (bar.value ?? 0).toLocaleString('en-GB') },
            ]}
          />
        </GridColumn>
      </GridRow>
    </section>
  );
}

type OwnerRow = ExposureReport['pastDueByOwner'][number];

export function OwnersSection({ report }: { report: ExposureReport }) {
  return (
    <section aria-labelledby="exposure-owners">
      <Heading id="exposure-owners" spaceAbove>
        Past due by Information Asset Owner
      </Heading>
      {report.pastDueByOwner.length === 0 ? (
        <Paragraph>No open finding is past its deadline.</Paragraph>
      ) : (
        <Table<OwnerRow>
          caption="Open findings past due, by the Information Asset Owner of the asset each host is"
          captionHidden
          rows={report.pastDueByOwner}
          rowKey={(row) => row.ownerId ?? 'none'}
          columns={[
            { header: 'Information Asset Owner', rowHeader: true, cell: (row) => ownerWords(row.ownerName) },
            { header: 'Assets', numeric: true, cell: (row) => row.assets.toLocaleString('en-GB') },
            { header: 'Hosts', numeric: true, cell: (row) => row.hosts.toLocaleString('en-GB') },
            { header: 'Findings past due', numeric: true, cell: (row) => row.findings.toLocaleString('en-GB') },
            { header: 'Known exploited', numeric: true, cell: (row) => row.kevListed.toLocaleString('en-GB') },
            { header: 'Most days overdue', numeric: true, cell: (row) => row.mostDaysOverdue.toLocaleString('en-GB') },
          ]}
        />
      )}
    </section>
  );
}

type KevRow = ExposureReport['kevOpen'][number];

export function KevSection({ orgId, report, asOf }: SectionProps) {
  const day: FindingFilter = asOf ? { asOf } : {};
  return (
    <section aria-labelledby="exposure-kev">
      <Heading id="exposure-kev" spaceAbove>
        Known exploited vulnerabilities open
      </Heading>
      {report.kevOpen.length === 0 ? (
        <Paragraph>{report.catalogue ? 'No open finding is in the known exploited catalogue.' : 'No known exploited catalogue has been imported, so none can be named.'}</Paragraph>
      ) : (
        <Table<KevRow>
          caption="Known exploited vulnerabilities open on any host"
          captionHidden
          rows={report.kevOpen}
          rowKey={(row) => row.cveId}
          columns={[
            { header: 'CVE', rowHeader: true, cell: (row) => <Link to={findingsPage(orgId, { ...day, state: 'open', cveId: row.cveId })}>{row.cveId}</Link> },
            { header: 'Vendor and product', cell: (row) => `${row.vendor} ${row.product}` },
            { header: 'Ransomware use', cell: (row) => (row.knownRansomwareUse ? <Tag colour="purple">Known</Tag> : 'Not known') },
            { header: 'Added to the catalogue', cell: (row) => dayWords(row.dateAdded) },
            { header: 'Catalogue due date', cell: (row) => dayWords(row.catalogueDueDate) },
            { header: 'Hosts', numeric: true, cell: (row) => row.hosts.toLocaleString('en-GB') },
            { header: 'Earliest due', cell: (row) => dayWords(row.earliestDueOn) },
            { header: 'Past due', numeric: true, cell: (row) => row.pastDue.toLocaleString('en-GB') },
          ]}
        />
      )}
    </section>
  );
}

type UnsupportedRow = ExposureReport['unsupportedHosts'][number];

export function UnsupportedSection({ orgId, report }: SectionProps) {
  return (
    <section aria-labelledby="exposure-unsupported">
      <Heading id="exposure-unsupported" spaceAbove>
        Hosts on unsupported software
      </Heading>
      <Paragraph>
        Hosts whose operating system or software, as the scanner reported it, is past its end of support, matched against the{' '}
        <Link to={endOfSupportPage(orgId)}>end-of-support table</Link>.
      </Paragraph>
      {report.unsupportedHosts.length > 0 && (
        <Table<UnsupportedRow>
          caption="Hosts on software past its end of support"
          captionHidden
          rows={report.unsupportedHosts}
          rowKey={(row) => `${row.host.hostId}:${row.rowId}`}
          columns={[
            { header: 'Host', rowHeader: true, cell: (row) => <HostCell orgId={orgId} host={row.host} /> },
            { header: 'Reported as', cell: (row) => row.software },
            { header: 'Product', cell: (row) => `${row.product} ${row.version}` },
            { header: 'Support ended', cell: (row) => dayWords(row.endOfSupport) },
            { header: 'Source', cell: (row) => <a href={row.source}>Vendor’s page for {`${row.product} ${row.version}`}</a> },
          ]}
        />
      )}
    </section>
  );
}

type PastDueRow = ExposureReport['pastDueFindings'][number];

export function PastDueSection({ orgId, report, asOf }: SectionProps) {
  const shown = report.pastDueFindings.slice(0, PAST_DUE_SHOWN);
  const all = findingsPage(orgId, { ...(asOf ? { asOf } : {}), pastDue: 'true' });
  return (
    <section aria-labelledby="exposure-past-due">
      <Heading id="exposure-past-due" spaceAbove>
        Findings past due
      </Heading>
      {report.pastDueFindingsTotal === 0 ? (
        <Paragraph>None.</Paragraph>
      ) : (
        <>
          <Paragraph>
            {shown.length < report.pastDueFindingsTotal ? `The ${shown.length} most overdue of ${report.pastDueFindingsTotal.toLocaleString('en-GB')}. ` : 'Most overdue first. '}
            <Link to={all}>See all {plural(report.pastDueFindingsTotal, 'finding')} past due in the findings list</Link>
          </Paragraph>
          <Table<PastDueRow>
            caption="Findings past due, most overdue first"
            captionHidden
            rows={shown}
            rowKey={(row) => row.findingId}
            columns={[
              { header: 'Host', rowHeader: true, cell: (row) => <HostCell orgId={orgId} host={row.host} /> },
              {
                header: 'Vulnerability',
                cell: (row) => (
                  <>
                    <Link to={findingPage(orgId, row.findingId, asOf)}>{row.cveId ?? `Check ${row.checkId}`}</Link>
                    {row.checkName && <SmallPrint>{row.checkName}</SmallPrint>}
                  </>
                ),
              },
              { header: 'Severity', cell: (row) => <SeverityTag severity={row.severity} /> },
              { header: 'Known exploited', cell: (row) => <ExploitTags kevListed={row.kevListed} knownRansomwareUse={row.knownRansomwareUse} /> },
              { header: 'Due', cell: (row) => dayWords(row.dueOn) },
              { header: 'Days overdue', numeric: true, cell: (row) => row.daysOverdue.toLocaleString('en-GB') },
            ]}
          />
        </>
      )}
    </section>
  );
}

export function SettingsSection({ orgId, report, canManage }: SectionProps & { canManage: boolean }) {
  const { settings } = report;
  return (
    <section aria-labelledby="exposure-settings">
      <Heading id="exposure-settings" spaceAbove>
        Deadlines in use
      </Heading>
      <Paragraph>
        {report.settingsAreDefault ? 'Bulwark’s defaults: 14 days for critical and high findings, as Cyber Essentials asks.' : 'Set by the organisation.'}{' '}
        <Link to={deadlinesPage(orgId)}>{canManage ? 'Change the remediation deadlines' : 'See the remediation deadlines'}</Link>
      </Paragraph>
      <SummaryList
        rows={[
          { key: 'Critical', value: settingWords(settings.critical) },
          { key: 'High', value: settingWords(settings.high) },
          { key: 'Medium', value: settingWords(settings.medium) },
          { key: 'Low', value: settingWords(settings.low) },
          { key: 'Known exploited', value: `${plural(settings.kev, 'day')}, or the catalogue’s due date if sooner` },
        ]}
      />
    </section>
  );
}
