// An organisation's home: its assessments in progress, your work and expiring evidence (for those who
// may read assessments), then where it sits, what it is, your roles, its size and its latest changes.
// It draws on three features, so the app composes it.
import { useLocation } from 'react-router';
import { SuccessBanner } from '../../components/Content';
import { Breadcrumbs } from '../../components/Navigation';
import { PageHeading } from '../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../components/Status';
import { Heading } from '../../components/Typography';
import { DashboardSection } from '../../features/assessments/maturity';
import { RecentAuditEvents } from '../../features/audit';
import { OrganisationOverview } from '../../features/organisations';
import { can, useCurrentOrganisation } from '../../lib/current-org';
import { usePageTitle } from '../../lib/page-title';
import { useMe } from '../../lib/session';

export function OrgHomePage() {
  const organisation = useCurrentOrganisation();
  const me = useMe().data;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle(organisation.isError ? problemHeading(organisation.error) : organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  const current = organisation.data;
  // Link only the organisations above that this person can open.
  const reachable = new Set(me?.organisations.map((candidate) => candidate.id));

  return (
    <>
      <Breadcrumbs
        label="Where this organisation sits"
        items={current.ancestors.map((ancestor) => ({
          text: ancestor.name,
          to: me?.isSystemAdmin || reachable.has(ancestor.id) ? `/orgs/${encodeURIComponent(ancestor.id)}` : undefined,
        }))}
      />
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={current.typeLabel}>{current.name}</PageHeading>
      {can(current, 'assessment.read') && (
        <>
          <DashboardSection orgId={current.id} orgName={current.name} />
          <Heading spaceAbove>About {current.name}</Heading>
        </>
      )}
      <OrganisationOverview organisation={current} />
      {can(current, 'audit.read') && <RecentAuditEvents orgId={current.id} orgName={current.name} />}
    </>
  );
}
