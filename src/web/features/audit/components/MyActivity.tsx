// Your own recent activity, under Your account: what you would look at if you suspected someone else
// had been using your account.
import { Loading, SectionProblem } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { useMyActivity } from '../api/get-my-activity';
import { AuditEventsTable } from './AuditEventsTable';

export function MyActivity() {
  const activity = useMyActivity();
  return (
    <section aria-labelledby="your-activity">
      <Heading id="your-activity" spaceAbove>
        Your recent activity
      </Heading>
      <Paragraph>
        Sign-ins and failed attempts, changes to your password, second factors and roles, and the personal API tokens you
        made or revoked. Times are UK time. If you see something you did not do, change your password, sign out of every
        session and tell your organisation’s administrator.
      </Paragraph>
      {activity.isPending && <Loading>Loading your activity…</Loading>}
      {activity.isError && <SectionProblem error={activity.error} what="Your activity" />}
      {activity.data &&
        (activity.data.events.length > 0 ? (
          <AuditEventsTable events={activity.data.events} caption="Your recent sign-ins and changes to your account" showChanges={false} />
        ) : (
          <Paragraph>Nothing yet.</Paragraph>
        ))}
    </section>
  );
}
