// "/" takes you to the first organisation you work in; someone in none yet sees any invitations
// waiting for them.
import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { deploymentIdentity } from '../../lib/identity';
import { usePageTitle } from '../../lib/page-title';
import { useMe } from '../../lib/session';
import { Paragraph } from '../../components/Typography';
import { InvitationsSection } from '../../features/account';

export function HomeRedirect() {
  const me = useMe().data;
  const first = me?.organisations[0];
  usePageTitle(first ? null : 'No organisation');
  if (first) return <Navigate to={`/orgs/${encodeURIComponent(first.id)}`} replace />;
  return (
    <>
      <PageHeading>You are not in any organisation yet</PageHeading>
      <Paragraph>
        Ask an administrator of your organisation to add you to it in {deploymentIdentity().serviceName}. You can still see{' '}
        <Link to="/account">your account</Link>.
      </Paragraph>
      <InvitationsSection />
    </>
  );
}
