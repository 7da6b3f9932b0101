// The latest few audit records, for an organisation's home page.
import { Link } from 'react-router';
import { Loading, SectionProblem } from '../../../components/Status';
import { useAuditEvents } from '../api/get-audit-events';
import { AuditEventsTable } from './AuditEventsTable';
import { Heading, Paragraph } from '../../../components/Typography';

export function RecentAuditEvents({ orgId, orgName, limit = 5 }: { orgId: string; orgName: string; limit?: number }) {
  const audit = useAuditEvents(orgId, { limit });
  return (
    <section aria-labelledby="recent-changes">
      <Heading id="recent-changes">
        Recent changes
      </Heading>
      {audit.isPending && <Loading>Loading recent changes…</Loading>}
      {audit.isError && <SectionProblem error={audit.error} what="Recent changes" />}
      {audit.data &&
        (audit.data.events.length > 0 ? (
          <AuditEventsTable events={audit.data.events.slice(0, limit)} caption={`The ${limit} most recent changes in ${orgName}`} showChanges={false} orgId={orgId} />
        ) : (
          <Paragraph>Nothing has been recorded yet.</Paragraph>
        ))}
      <Paragraph>
        <Link to={`/orgs/${encodeURIComponent(orgId)}/audit`}>See the full audit trail</Link>
      </Paragraph>
    </section>
  );
}
