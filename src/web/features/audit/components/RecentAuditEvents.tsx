// The latest few audit records, for an organisation's home page.
import { Link } from 'react-router';
import { Loading, SectionProblem } from '../../../components/Status';
import { useAuditEvents } from '../api/get-audit-events';
import { AuditEventsTable } from './AuditEventsTable';

export function RecentAuditEvents({ orgId, orgName, limit = 5 }: { orgId: string; orgName: string; limit?: number }) {
  const audit = useAuditEvents(orgId, { limit });
  return (
    <section aria-labelledby="recent-changes">
      <h2 className="nhsuk-heading-m" id="recent-changes">
        Recent changes
      </h2>
      {audit.isPending && <Loading>Loading recent changes…</Loading>}
      {audit.isError && <SectionProblem error={audit.error} what="Recent changes" />}
      {audit.data &&
        (audit.data.events.length > 0 ? (
          <AuditEventsTable events={audit.data.events.slice(0, limit)} caption={`The ${limit} most recent changes in ${orgName}`} showChanges={false} />
        ) : (
          <p className="nhsuk-body">Nothing has been recorded yet.</p>
        ))}
      <p className="nhsuk-body">
        <Link to={`/orgs/${encodeURIComponent(orgId)}/audit`}>See the full audit trail</Link>
      </p>
    </section>
  );
}
