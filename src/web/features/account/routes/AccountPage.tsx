// Your details and password, invitations waiting for you, your second factors, the organisations you
// work in, where you are signed in, your personal API tokens and your recent activity. Each section is
// its own component; the passkeys and activity sections come from other features, so the app passes them in.
import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/PageHeading';
import { Loading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { TagList } from '../../../components/Tag';
import { Heading, Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { labelFor, useReference } from '../../../lib/reference';
import { useMe } from '../../../lib/session';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { PersonalTokensSection } from '../components/PersonalTokensSection';
import { SecondFactorsSection } from '../components/SecondFactorsSection';
import { InvitationsSection } from '../components/InvitationsSection';
import { SessionsSection } from '../components/SessionsSection';

export interface AccountPageSections {
  /** The person's passkeys, for the account with this email address. */
  passkeys: (email: string) => ReactNode;
  /** What the person has done recently. */
  activity: ReactNode;
}

export function AccountPage({ passkeys, activity }: AccountPageSections) {
  const me = useMe().data;
  const reference = useReference();
  usePageTitle('Your account');
  if (!me) return <Loading />;

  return (
    <>
      <PageHeading>Your account</PageHeading>
      <Heading>Your details</Heading>
      <SummaryList
        rows={[
          { key: 'Name', value: me.user.name },
          { key: 'Email address', value: me.user.email },
          ...(me.isSystemAdmin ? [{ key: 'System administrator', value: 'Yes' }] : []),
        ]}
      />

      <InvitationsSection />

      <ChangePasswordForm />

      <SecondFactorsSection email={me.user.email} />
      {passkeys(me.user.email)}

      <Heading spaceAbove>Your organisations</Heading>
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

      <SessionsSection />
      <PersonalTokensSection />
      {activity}
    </>
  );
}
