// Where you are signed in: each session with its browser, address and times, a way to sign out of
// any other one (a lost phone, a shared computer), and a way to sign out of every one at once.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { deploymentIdentity } from '../../../lib/identity';
import { type LoginSession, useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { browserName } from './browser-name';

export function SessionsSection() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const signOutEverywhere = useSignOutEverywhere();
  const [ended, setEnded] = useState<string | null>(null);

  function signOutOf(session: LoginSession) {
    setEnded(null);
    revoke.mutate(session.id, { onSuccess: () => setEnded(browserName(session.userAgent)) });
  }

  return (
    <section aria-labelledby="login-sessions">
      <ProblemSummary problems={formProblems(revoke.error ?? signOutEverywhere.error, {})} />
      <Heading id="login-sessions" spaceAbove>
        Your login sessions
      </Heading>
      <Paragraph>Each place you are signed in to {deploymentIdentity().serviceName}. Times are UK time.</Paragraph>
      {ended && <SuccessBanner>You have been signed out of {ended}.</SuccessBanner>}
      {sessions.isPending && <Loading>Loading your sessions…</Loading>}
      {sessions.isError && <SectionProblem error={sessions.error} what="Your sessions" />}
      {sessions.data && (
        <Table
          caption="Your login sessions"
          captionHidden
          rows={sessions.data.sessions}
          rowKey={(session) => session.id}
          columns={[
            {
              header: 'Browser',
              rowHeader: true,
              cell: (session) => (
                <>
                  {browserName(session.userAgent)}
                  {session.current && (
                    <>
                      {' '}
                      <Tag colour="green">This session</Tag>
                    </>
                  )}
                  {session.userAgent && <SmallPrint breakAnywhere>{session.userAgent}</SmallPrint>}
                </>
              ),
            },
            { header: 'IP address', cell: (session) => session.ip ?? 'Unknown' },
            { header: 'Signed in', cell: (session) => formatDateTime(session.createdAt) },
            { header: 'Last active', cell: (session) => formatDateTime(session.lastSeenAt) },
            { header: 'Ends', cell: (session) => formatDateTime(session.expiresAt) },
            {
              header: <VisuallyHidden>Action</VisuallyHidden>,
              cell: (session) =>
                !session.current && (
                  <Button variant="secondary" small type="button" onClick={() => signOutOf(session)} busy={revoke.isPending && revoke.variables === session.id}>
                    Sign out
                    <VisuallyHidden>
                      {' '}
                      of {browserName(session.userAgent)} signed in {formatDateTime(session.createdAt)}
                    </VisuallyHidden>
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Paragraph>
        If you do not recognise a session, or you signed in on a shared or lost device, sign out of it, or of every session,
        and tell your organisation’s administrator.
      </Paragraph>
      <Button variant="warning" type="button" onClick={() => signOutEverywhere.mutate()} busy={signOutEverywhere.isPending}>
        Sign out of every session
      </Button>
    </section>
  );
}
