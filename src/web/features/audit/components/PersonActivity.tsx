// A person's recent sign-ins, failures and changes to their credentials, on their page: these belong
// to no organisation, so the organisation's audit trail does not show them.
import { Loading, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { usePersonActivity } from '../api/get-person-activity';
import { AuditEventsTable } from './AuditEventsTable';

export function PersonActivity({ orgId, userId, name }: { orgId: string; userId: string; name: string }) {
  const activity = usePersonActivity(orgId, userId);
  return (
    <section aria-labelledby="sign-in-activity">
      <Heading id="sign-in-activity">Sign-in activity</Heading>
      {activity.isPending && <Loading>Loading sign-in activity…</Loading>}
      {activity.isError && <SectionProblem error={activity.error} what="Sign-in activity" />}
      {activity.data &&
        (activity.data.events.length > 0 ? (
          <AuditEventsTable events={activity.data.events} caption={`Recent sign-ins and credential changes of ${name}`} showChanges={false} />
        ) : (
          <Paragraph>{name} has not signed in yet.</Paragraph>
        ))}
    </section>
  );
}
