// Your details, the organisations you work in, and where you are signed in, with a way to sign out
// of every session at once (for a lost device or a shared computer).
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag, TagList } from '../../../components/Tag';
import { formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { labelFor, useReference } from '../../../lib/reference';
import { useMe } from '../../../lib/session';
import { useSessions } from '../api/get-sessions';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { browserName } from '../components/browser-name';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';

export function AccountPage() {
  const me = useMe().data;
  const sessions = useSessions();
  const reference = useReference();
  const signOutEverywhere = useSignOutEverywhere();
  usePageTitle('Your account');
  if (!me) return <Loading />;


  return (
    <>
      <ProblemSummary problems={formProblems(signOutEverywhere.error, {})} />
      <PageHeading>Your account</PageHeading>
      <Heading>Your details</Heading>
      <SummaryList
        rows={[
          { key: 'Name', value: me.user.name },
          { key: 'Email address', value: me.user.email },
          ...(me.isSystemAdmin ? [{ key: 'System administrator', value: 'Yes' }] : []),
        ]}
      />

      <ChangePasswordForm />

      <Heading>Your organisations</Heading>
      {me.organisations.length > 0 ? (
        <Table
          caption="Organisations you work in and your roles there"
          captionHidden
          rows={me.organisations}
          rowKey={(organisation) => organisation.id}
          columns={[
            { header: 'Organisation', rowHeader: true, cell: (organisation) => organisation.name },
            { header: 'Type', cell: (organisation) => organisation.typeLabel },
            {
              header: 'Your roles',
              cell: (organisation) =>
                organisation.roles.length > 0 ? (
                  <TagList tags={organisation.roles.map((role) => ({ key: role, text: labelFor(reference.data?.roles, role), colour: 'blue' }))} />
                ) : organisation.access === 'oversight' ? (
                  'Oversight from an organisation above'
                ) : organisation.access === 'system' ? (
                  'System administrator'
                ) : (
                  'None'
                ),
            },
          ]}
        />
      ) : (
        <Paragraph>You are not in any organisation yet.</Paragraph>
      )}

      <Heading>Your login sessions</Heading>
      <Paragraph>Each place you are signed in to Bulwark. Times are UK time.</Paragraph>
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
                  {session.userAgent && (
                    <SmallPrint breakAnywhere>{session.userAgent}</SmallPrint>
                  )}
                </>
              ),
            },
            { header: 'IP address', cell: (session) => session.ip ?? 'Unknown' },
            { header: 'Signed in', cell: (session) => formatDateTime(session.createdAt) },
            { header: 'Last active', cell: (session) => formatDateTime(session.lastSeenAt) },
            { header: 'Ends', cell: (session) => formatDateTime(session.expiresAt) },
          ]}
        />
      )}
      <Paragraph>
        If you do not recognise a session, or you signed in on a shared or lost device, sign out of every session and
        tell your organisation’s administrator.
      </Paragraph>
      <Button variant="warning" type="button" onClick={() => signOutEverywhere.mutate()} busy={signOutEverywhere.isPending}>
        Sign out of every session
      </Button>
    </>
  );
}
