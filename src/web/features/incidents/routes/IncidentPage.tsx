// One incident: its record, the notification clocks counting down, whether it must be reported and
// why, its timeline (corrections kept), who was told, the lessons learned and their actions, and the
// evidence behind it. Those who manage incidents record and correct everything here; everyone who may
// read incidents sees it and can download the post-incident report.
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { BulletList, Heading, Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useMe } from '../../../lib/session';
import { type IncidentDetail, useIncident } from '../api/get-incident';
import { useOwners } from '../api/get-owners';
import { reportUrl } from '../api/paths';
import { ActionsSection } from '../components/ActionsSection';
import { ClocksPanel } from '../components/ClocksPanel';
import { EditDetails } from '../components/EditDetails';
import { EvidenceSection } from '../components/EvidenceSection';
import { SeverityTag } from '../components/IncidentTags';
import { LessonsSection } from '../components/LessonsSection';
import { registerPage } from '../components/links';
import { NotificationsSection } from '../components/NotificationsSection';
import { TimelineSection } from '../components/TimelineSection';
import { CIA_LABELS, DETECTION_SOURCE_LABELS, KIND_LABELS, STATUS_LABELS } from '../components/words';

export function IncidentPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const incident = useIncident(orgId, id);
  usePageTitle(incident.isError ? problemHeading(incident.error) : incident.data && `${incident.data.reference}: ${incident.data.title}`, organisation.data?.name);

  if (organisation.isPending || incident.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (incident.isError) return <PageProblem error={incident.error} />;
  return <Incident organisation={organisation.data} incident={incident.data} />;
}

function Incident({ organisation, incident }: { organisation: Organisation; incident: IncidentDetail }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [message, setMessage] = useState<string | undefined>(notice);
  const [editing, setEditing] = useState(false);
  const manage = can(organisation, 'incident.manage');
  const owners = useOwners(orgId, manage && can(organisation, 'member.read'));
  const meData = useMe().data;
  const me = meData ? { id: meData.user.id, name: meData.user.name } : undefined;

  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the incidents</BackLink>
      {message && <SuccessBanner key={message}>{message}</SuccessBanner>}
      <PageHeading caption={`${KIND_LABELS[incident.kind]} in ${organisation.name}`}>
        {incident.reference}: {incident.title}
      </PageHeading>
      <SummaryList rows={recordRows(incident)} />
      <ButtonGroup>
        {manage && !editing && (
          <Button
            variant="secondary"
            type="button"
            onClick={() => {
              setMessage(undefined);
              setEditing(true);
            }}
          >
            Edit details
          </Button>
        )}
        <a href={reportUrl(orgId, incident.id)} download>
          Download the post-incident report (PDF)
        </a>
      </ButtonGroup>
      {manage && editing && (
        <EditDetails
          orgId={orgId}
          incident={incident}
          members={owners.data?.members}
          me={me}
          onClose={(saved) => {
            setEditing(false);
            if (saved) setMessage(saved);
          }}
        />
      )}
      <nav aria-labelledby="on-this-page">
        <Heading id="on-this-page" size="s">
          On this page
        </Heading>
        <BulletList>
          <li><a href="#clocks">Notification clocks</a></li>
          <li><a href="#reportability">Reporting to the ICO</a></li>
          <li><a href="#timeline">Timeline</a></li>
          <li><a href="#notifications">Notifications</a></li>
          <li><a href="#lessons">Lessons learned</a></li>
          <li><a href="#actions">Actions</a></li>
          <li><a href="#evidence">Evidence</a></li>
        </BulletList>
      </nav>
      <ClocksPanel incident={incident} />
      <Reportability incident={incident} canManage={manage} />
      <TimelineSection orgId={orgId} incident={incident} canManage={manage} />
      <NotificationsSection orgId={orgId} incident={incident} canManage={manage} />
      <LessonsSection orgId={orgId} incident={incident} canManage={manage} />
      <ActionsSection orgId={orgId} incident={incident} canManage={manage} members={owners.data?.members} me={me} />
      <EvidenceSection orgId={orgId} incident={incident} canManage={manage} />
    </>
  );
}

function recordRows(incident: IncidentDetail) {
  const count = (n: number | null) => (n === null ? 'Not known' : n.toLocaleString('en-GB'));
  return [
    { key: 'Status', value: STATUS_LABELS[incident.status] },
    { key: 'Severity', value: <SeverityTag severity={incident.severity} /> },
    { key: 'What was affected', value: incident.cia.length > 0 ? incident.cia.map((c) => CIA_LABELS[c]).join('; ') : 'Not said' },
    { key: 'NIS incident', value: incident.nis ? 'Yes' : 'No' },
    { key: 'How it was detected', value: incident.detectionSource ? DETECTION_SOURCE_LABELS[incident.detectionSource] : 'Not known yet' },
    { key: 'Owner', value: incident.ownerName ?? 'No owner' },
    { key: 'Description', value: incident.description ? <span className="app-preserve-lines">{incident.description}</span> : 'None' },
    { key: 'Occurred', value: `${formatDateTime(incident.milestones.occurred, 'Not known')}${incident.milestones.occurred && incident.occurredEstimated ? ' (estimate)' : ''}` },
    { key: 'Detected', value: formatDateTime(incident.milestones.detected, 'Not recorded') },
    { key: 'Records affected', value: count(incident.recordsCount) },
    { key: 'People affected', value: count(incident.subjectsCount) },
    { key: 'Groups of people', value: incident.dataSubjects.length > 0 ? incident.dataSubjects.join(', ') : 'Not said' },
    { key: 'Last changed', value: formatDateTime(incident.updatedAt) },
  ];
}

function Reportability({ incident, canManage }: { incident: IncidentDetail; canManage: boolean }) {
  const { reportability } = incident;
  const answer = (value: boolean | null) => (value === null ? 'Not yet graded' : value ? 'Yes' : 'No');
  return (
    <section aria-labelledby="reportability">
      <Heading id="reportability">Reporting to the ICO</Heading>
      <SummaryList
        rows={[
          { key: 'Report to the ICO', value: answer(reportability.ico) },
          { key: 'Report to DHSC and NHS England', value: answer(reportability.dhscNhse) },
          { key: 'Why', value: reportability.reason },
        ]}
      />
      <Paragraph>
        Graded on the likelihood that people have been affected and the severity of the harm to them{canManage ? '; change either under “Edit details”' : ''}.
      </Paragraph>
    </section>
  );
}
