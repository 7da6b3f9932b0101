// An assessment's heatmap: every outcome's level by principle under its objective, with the same
// figures as a table, and for CIS Controls the coverage of each implementation group.
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useHeatmap } from '../api/get-heatmap';
import { useReviewWorkspace } from '../api/get-review-workspace';
import { AssessmentBreadcrumbs } from '../components/AssessmentBreadcrumbs';
import { CoverageTable } from '../components/CoverageTable';
import { HeatmapGrid, HeatmapKey } from '../components/HeatmapGrid';
import { HeatmapTable } from '../components/HeatmapTable';
import { MaturityViews } from '../components/MaturityViews';

export function HeatmapPage() {
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const workspace = useReviewWorkspace(orgId, assessmentId);
  const heatmap = useHeatmap(orgId, assessmentId);
  const failed = workspace.error ?? heatmap.error;
  const assessment = workspace.data?.assessment;
  usePageTitle(failed ? problemHeading(failed) : assessment && `Heatmap: ${assessment.title}`, organisation.data?.name);

  if (failed) return <PageProblem error={failed} />;
  if (!assessment || !heatmap.data) return <Loading>Loading the heatmap…</Loading>;
  const map = heatmap.data;
  const below = map.rows.reduce((sum, row) => sum + row.below, 0);

  return (
    <>
      <AssessmentBreadcrumbs orgId={orgId} orgName={organisation.data?.name} assessment={assessment} />
      <PageHeading caption={assessment.title}>Heatmap</PageHeading>
      <MaturityViews orgId={orgId} assessmentId={assessmentId} catalogueKey={assessment.catalogue.key} current="heatmap" />
      <Paragraph>
        Each outcome’s level, from {map.levels[0]?.label.toLowerCase() ?? 'the lowest'} (red) to {map.levels.at(-1)?.label.toLowerCase() ?? 'the highest'} (green).{' '}
        {below === 0 ? 'No outcome is below the profile.' : `${below} ${below === 1 ? 'outcome is' : 'outcomes are'} below the profile, marked “Below”.`} Select an outcome to open it.
      </Paragraph>
      <Heading>Outcomes by principle</Heading>
      <HeatmapKey levels={map.levels} />
      <HeatmapGrid orgId={orgId} assessmentId={assessmentId} heatmap={map} />
      <Heading spaceAbove>The heatmap as a table</Heading>
      <HeatmapTable heatmap={map} />
      {map.coverage.length > 0 && (
        <>
          <Heading spaceAbove>Coverage by implementation group</Heading>
          <CoverageTable coverage={map.coverage} />
        </>
      )}
    </>
  );
}
