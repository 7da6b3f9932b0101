// The open incidents as a board: a section per status from new to recovered, each a list of cards with
// the incident's severity and where its ICO clock stands. No dragging: a status follows from the
// milestones recorded on the incident's page. Closed incidents are counted, with a link to them.
import { Link } from 'react-router';
import { Card } from '../../../components/Content';
import { CardGroup } from '../../../components/CardGroup';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { type IncidentSummary, useIncidents } from '../api/get-incidents';
import { ClockTag, SeverityTag } from '../components/IncidentTags';
import { incidentPage, registerPage } from '../components/links';
import { KIND_LABELS, OPEN_STATUSES, plural, STATUS_LABELS } from '../components/words';

export function IncidentBoardPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, 'incident.read');
  const open = useIncidents(orgId, { status: 'open' }, { enabled: readable });
  const closed = useIncidents(orgId, { status: 'closed' }, { enabled: readable });
  usePageTitle('Incident board', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) {
    return <NotAllowed reason="Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, security team and auditors may see its incidents." />;
  }

  const incidents = open.data?.items;
  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the incidents</BackLink>
      <PageHeading caption={organisation.data.name}>Incident board</PageHeading>
      <Paragraph>Open incidents by where they stand. An incident moves on when its next milestone is recorded on its page.</Paragraph>
      {open.isPending && <Loading>Loading the incidents…</Loading>}
      {open.isError && <SectionProblem error={open.error} what="The open incidents" />}
      {incidents && (
        <CardGroup
          width="one-third"
          label="Open incidents by status"
          items={OPEN_STATUSES.map((status) => ({ key: status, content: <StatusColumn orgId={orgId} status={status} incidents={incidents.filter((incident) => incident.status === status)} /> }))}
        />
      )}
      {closed.data && (
        <Paragraph>
          {plural(closed.data.items.length, 'closed incident')}. <Link to={registerPage(orgId, 'status=closed')}>See the closed incidents in the register</Link>
        </Paragraph>
      )}
      {closed.isError && <SectionProblem error={closed.error} what="The count of closed incidents" />}
    </>
  );
}

function StatusColumn({ orgId, status, incidents }: { orgId: string; status: (typeof OPEN_STATUSES)[number]; incidents: IncidentSummary[] }) {
  const headingId = `board-${status}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} size="s">
        {STATUS_LABELS[status]} ({incidents.length})
      </Heading>
      {incidents.length === 0 ? (
        <Paragraph secondary>None</Paragraph>
      ) : (
        <CardGroup
          label={`${STATUS_LABELS[status]} incidents`}
          items={incidents.map((incident) => ({
            key: incident.id,
            content: (
              <Card headingLevel={3} heading={<Link to={incidentPage(orgId, incident.id)}>{incident.reference}: {incident.title}</Link>}>
                <SmallPrint>{KIND_LABELS[incident.kind]}</SmallPrint>
                <Paragraph noMargin>
                  Severity: <SeverityTag severity={incident.severity} />
                </Paragraph>
                <Paragraph noMargin>
                  ICO clock: <ClockTag clock={incident.icoClock} />
                </Paragraph>
                <SmallPrint>{incident.ownerName ? `Owner: ${incident.ownerName}` : 'No owner'}</SmallPrint>
              </Card>
            ),
          }))}
        />
      )}
    </section>
  );
}
