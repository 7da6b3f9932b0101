// One framework's assessments over the years: per period, how many outcomes meet the profile, fall
// below it or are unanswered, how many sit at each level, and the status reached; chart and table.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { Table, type TableColumn } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { reviewWorkspaceQueryOptions } from '../api/get-review-workspace';
import { type Trend, useTrend } from '../api/get-trend';
import { AssessmentBreadcrumbs } from '../components/AssessmentBreadcrumbs';
import { links } from '../components/maturity-links';
import { NOT_APPLICABLE } from '../components/maturity-words';
import { TrendChart } from '../components/TrendChart';

type Point = Trend['points'][number];
const STATE_WORDS: Record<Point['state'], string> = { draft: 'Draft', 'in-review': 'In review', submitted: 'Submitted', archived: 'Archived' };

export function TrendPage() {
  const orgId = useOrgId();
  const { catalogueKey = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const trend = useTrend(orgId, catalogueKey);
  const latest = trend.data?.points.at(-1);
  // The framework's name and its levels' names and order come from the latest assessment.
  const workspace = useQuery({ ...reviewWorkspaceQueryOptions(orgId, latest?.assessmentId ?? ''), enabled: latest !== undefined });
  const name = frameworkName(catalogueKey, workspace.data?.assessment.catalogue);
  usePageTitle(trend.isError ? problemHeading(trend.error) : `${name} over the years`, organisation.data?.name);

  if (trend.isError) return <PageProblem error={trend.error} />;
  if (!trend.data || (latest && workspace.isPending)) return <Loading>Loading the trend…</Loading>;
  const points = trend.data.points;
  const levels = workspace.data?.levels ?? [];
  const known = new Set(levels.map((l) => l.id));
  // Any level the latest assessment does not name (an older version's) still gets its own column.
  const extra = [...new Set(points.flatMap((p) => Object.keys(p.byLevel)))].filter((id) => !known.has(id) && id !== 'unanswered' && id !== NOT_APPLICABLE);
  const levelColumns: Array<TableColumn<Point>> = [...levels, ...extra.map((id) => ({ id, label: sentenceCase(id) })), { id: NOT_APPLICABLE, label: 'Not applicable' }]
    .filter((level) => level.id !== NOT_APPLICABLE || points.some((p) => (p.byLevel[NOT_APPLICABLE] ?? 0) > 0))
    .map((level) => ({ header: level.label, numeric: true, cell: (p: Point) => p.byLevel[level.id] ?? 0 }));

  return (
    <>
      <AssessmentBreadcrumbs orgId={orgId} orgName={organisation.data?.name} />
      <PageHeading caption={organisation.data?.name}>{name} over the years</PageHeading>
      {points.length === 0 ? (
        <Paragraph>
          There are no {name} assessments yet. <Link to={links.assessments(orgId)}>See all assessments</Link>
        </Paragraph>
      ) : (
        <>
          <Heading>Chart</Heading>
          <TrendChart points={points} catalogueName={`${name} assessments`} />
          <Heading spaceAbove>Figures</Heading>
          <Table
            caption={`${name} assessments by period`}
            captionHidden
            rowKey={(p) => p.assessmentId}
            rows={points}
            columns={[
              { header: 'Period', rowHeader: true, cell: (p) => <Link to={links.workspace(orgId, p.assessmentId)}>{p.period}</Link> },
              { header: 'Outcomes', numeric: true, cell: (p) => p.outcomes },
              { header: 'Meet the profile', numeric: true, cell: (p) => p.meets },
              { header: 'Below', numeric: true, cell: (p) => p.below },
              { header: 'Not answered', numeric: true, cell: (p) => p.unanswered },
              ...levelColumns,
              { header: 'Status', cell: (p) => `${p.status} (${STATE_WORDS[p.state].toLowerCase()})` },
            ]}
          />
        </>
      )}
    </>
  );
}

/** "DSPT" from "DSPT 2025-26": the framework without its version, as the trend spans versions. */
function frameworkName(key: string, catalogue: { shortName: string | null; version: string } | undefined): string {
  const short = catalogue?.shortName?.replace(catalogue.version, '').trim();
  return short || key.toUpperCase();
}

function sentenceCase(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
