// Your details, the organisations you work in, and where you are signed in, with a way to sign out
// of every session at once (for a lost device or a shared computer).
import { useNavigate } from 'react-router';
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

export function AccountPage() {
  const me = useMe().data;
  const sessions = useSessions();
  const reference = useReference();
  const signOutEverywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  usePageTitle('Your account');
  if (!me) return <Loading />;

  function signOutOfEverySession() {
    signOutEverywhere.mutate(undefined, {
      onSuccess: () =>
        navigate('/sign-in', { replace: true, state: { notice: 'You have signed out of every Bulwark session, including this one.' } }),
    });
  }

  return (
    <>
      <ProblemSummary problems={formProblems(signOutEverywhere.error, {})} />
      <PageHeading>Your account</PageHeading>
      <h2 className="nhsuk-heading-m">Your details</h2>
      <SummaryList
        rows={[
          { key: 'Name', value: me.user.name },
          { key: 'Email address', value: me.user.email },
          ...(me.isSystemAdmin ? [{ key: 'System administrator', value: 'Yes' }] : []),
        ]}
      />

      <h2 className="nhsuk-heading-m">Your organisations</h2>
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
        <p className="nhsuk-body">You are not in any organisation yet.</p>
      )}

      <h2 className="nhsuk-heading-m">Your login sessions</h2>
      <p className="nhsuk-body">Each place you are signed in to Bulwark. Times are UK time.</p>
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
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour app-break-anywhere nhsuk-u-display-block">{session.userAgent}</span>
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
      <p className="nhsuk-body">
        If you do not recognise a session, or you signed in on a shared or lost device, sign out of every session and
        tell your organisation’s administrator.
      </p>
      <Button variant="warning" type="button" onClick={signOutOfEverySession} busy={signOutEverywhere.isPending}>
        Sign out of every session
      </Button>
    </>
  );
}
