// An information asset's vulnerability findings, for its own page: the open findings on hosts matched
// to it, by severity, and how many are past due, each linking to the findings list narrowed to the
// asset. Shown only to those who may read findings; the asset page places it (features never import
// each other).
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation } from '../../../lib/current-org';
import { findingsQueryOptions } from '../api/get-findings';
import type { FindingFilter } from './finding-filter';
import { findingsPage } from './links';
import { FINDING_PERMISSIONS } from './permissions';
import { plural, SEVERITY_LABELS, SEVERITY_ORDER, type Severity } from './words';

export function AssetFindings({ orgId, assetId, name }: { orgId: string; assetId: string; name: string }) {
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, FINDING_PERMISSIONS.read);
  if (!readable) return null;
  return <Counts orgId={orgId} assetId={assetId} name={name} />;
}

interface CountRow {
  key: Severity | 'past-due';
  label: string;
  filter: FindingFilter;
}

function Counts({ orgId, assetId, name }: { orgId: string; assetId: string; name: string }) {
  // Each count is a one-row page of the list: its total is the count, so no figure is capped.
  const rows: CountRow[] = [
    ...SEVERITY_ORDER.map((severity) => ({ key: severity, label: SEVERITY_LABELS[severity], filter: { assetId, state: 'open' as const, severity } })),
    { key: 'past-due' as const, label: 'Past due', filter: { assetId, pastDue: 'true' as const } },
  ];
  const answers = useQueries({ queries: rows.map((row) => findingsQueryOptions(orgId, row.filter, 1)) });
  const failed = answers.find((answer) => answer.isError);
  const totals = answers.map((answer) => answer.data?.total);
  const ready = totals.every((total) => total !== undefined);
  const open = ready ? SEVERITY_ORDER.reduce((sum, _severity, index) => sum + (totals[index] ?? 0), 0) : 0;
  return (
    <section aria-labelledby="asset-findings">
      <Heading id="asset-findings" spaceAbove>
        Vulnerability findings
      </Heading>
      {failed ? (
        <SectionProblem error={failed.error} what="The vulnerability findings" />
      ) : !ready ? (
        <Paragraph>Loading the vulnerability findings…</Paragraph>
      ) : (
        <>
          <Paragraph>
            {open === 0 ? 'No open findings on hosts matched to this asset.' : `${plural(open, 'open finding')} on hosts matched to this asset, by severity.`}{' '}
            <Link to={findingsPage(orgId, { assetId })}>See every finding on {name}</Link>
          </Paragraph>
          {open > 0 && (
            <Table<CountRow & { total: number }>
              caption={`Open vulnerability findings on ${name}`}
              captionHidden
              rows={rows.map((row, index) => ({ ...row, total: totals[index] ?? 0 }))}
              rowKey={(row) => row.key}
              columns={[
                { header: 'Open findings', rowHeader: true, cell: (row) => row.label },
                {
                  header: 'Count',
                  numeric: true,
                  cell: (row) =>
                    row.total === 0 ? (
                      '0'
                    ) : (
                      <Link to={findingsPage(orgId, row.filter)} aria-label={`${row.total.toLocaleString('en-GB')} ${row.key === 'past-due' ? 'past due' : `open ${row.label.toLowerCase()}`}`}>
                        {row.total.toLocaleString('en-GB')}
                      </Link>
                    ),
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
