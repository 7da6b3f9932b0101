// The register as a table: reference (a link to the incident), title, kind, severity, status, the ICO
// clock and the owner.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import type { IncidentSummary } from '../api/get-incidents';
import { ClockTag, SeverityTag } from './IncidentTags';
import { incidentPage } from './links';
import { KIND_LABELS, STATUS_LABELS } from './words';

export function IncidentsTable({ orgId, incidents, caption }: { orgId: string; incidents: IncidentSummary[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={incidents}
      rowKey={(incident) => incident.id}
      columns={[
        { header: 'Reference', rowHeader: true, cell: (incident) => <Link to={incidentPage(orgId, incident.id)}>{incident.reference}</Link> },
        { header: 'Title', width: 'one-quarter', cell: (incident) => incident.title },
        { header: 'Kind', cell: (incident) => KIND_LABELS[incident.kind] },
        { header: 'Severity', cell: (incident) => <SeverityTag severity={incident.severity} /> },
        { header: 'Status', cell: (incident) => STATUS_LABELS[incident.status] },
        { header: 'ICO clock', cell: (incident) => <ClockTag clock={incident.icoClock} /> },
        { header: 'Owner', cell: (incident) => incident.ownerName ?? 'No owner' },
      ]}
    />
  );
}
