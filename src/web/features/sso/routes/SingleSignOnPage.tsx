// The organisation's single sign-on: its connections to identity providers, the redirect URI to
// register with them, and (with ?connection=new or ?connection=<id>) the form to add or change one.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { GridColumn, GridRow, InsetText, SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Tag } from '../../../components/Tag';
import { Code, Paragraph, VisuallyHidden } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useReference } from '../../../lib/reference';
import { useConnections } from '../api/get-connections';
import type { SsoConnection, SsoConnectionList } from '../api/types';
import { ConnectionForm } from '../components/ConnectionForm';

export function SingleSignOnPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, 'sso.manage');
  const connections = useConnections(orgId, { enabled: allowed });
  const reference = useReference();
  const [searchParams, setSearchParams] = useSearchParams();
  const editing = searchParams.get('connection');
  const [notice, setNotice] = useState<string>();
  // The form sets its own title (it knows about errors); until it shows, this one stands.
  usePageTitleWhile(!(editing && connections.isSuccess && reference.isSuccess), 'Single sign-on', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason="Only the organisation’s administrators may set up single sign-on for it." />;
  if (connections.isPending || reference.isPending) return <Loading />;
  if (connections.isError) return <PageProblem error={connections.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;

  const listPath = `/orgs/${encodeURIComponent(orgId)}/single-sign-on`;
  const showList = (message?: string) => {
    setNotice(message);
    setSearchParams({});
  };

  if (editing) {
    const connection = connections.data.connections.find((c) => c.id === editing);
    if (editing !== 'new' && !connection) return <ConnectionGone listPath={listPath} />;
    return (
      <GridRow>
        <GridColumn width="two-thirds">
          <BackLink to={listPath}>Back to single sign-on</BackLink>
          <ConnectionForm
            key={editing}
            orgId={orgId}
            orgName={organisation.data.name}
            connection={connection}
            roles={reference.data.roles.filter((role) => role.id !== 'system-admin')}
            listPath={listPath}
            onSaved={showList}
            latest={async () => (await connections.refetch()).data?.connections.find((c) => c.id === editing)}
          />
        </GridColumn>
      </GridRow>
    );
  }
  return <ConnectionList organisation={organisation.data} list={connections.data} notice={notice} />;
}

function ConnectionList({ organisation, list, notice }: { organisation: Organisation; list: SsoConnectionList; notice: string | undefined }) {
  usePageTitle('Single sign-on', organisation.name);
  const settings = `/orgs/${encodeURIComponent(organisation.id)}/settings`;
  return (
    <>
      <BackLink to={settings}>Back to organisation details</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.name}>Single sign-on</PageHeading>
      <GridRow>
        <GridColumn width="two-thirds">
          <Paragraph>
            Let people sign in to Bulwark with their {organisation.name} account, through your identity provider (such as Microsoft Entra ID) using OpenID Connect. Their groups there can
            give them roles here.
          </Paragraph>
          <SummaryList rows={[{ key: 'Redirect URI', value: <span className="app-break-anywhere"><Code>{list.redirectUri}</Code></span> }]} />
          <Paragraph>Register this redirect URI with your identity provider for each connection.</Paragraph>
          <InsetText>
            <p>
              Signing in with a password always keeps working. Keep at least one administrator who signs in with a password and a passkey or authenticator app, so someone can get in
              if the identity provider cannot be reached.
            </p>
          </InsetText>
        </GridColumn>
      </GridRow>
      {list.connections.length > 0 ? (
        <Table<SsoConnection>
          caption="Connections"
          rows={list.connections}
          rowKey={(c) => c.id}
          columns={[
            { header: 'Name', rowHeader: true, cell: (c) => c.name },
            { header: 'Issuer', cell: (c) => <span className="app-break-anywhere">{c.issuer}</span> },
            { header: 'Email domains', cell: (c) => c.allowedDomains.join(', ') },
            { header: 'Status', cell: (c) => (c.enabled ? <Tag colour="green">On</Tag> : <Tag colour="grey">Off</Tag>) },
            { header: 'Client secret', cell: (c) => (c.clientSecretSet ? 'Stored' : 'None') },
            {
              header: <VisuallyHidden>Action</VisuallyHidden>,
              cell: (c) => (
                <Link to={`?connection=${encodeURIComponent(c.id)}`}>
                  Change<VisuallyHidden> {c.name}</VisuallyHidden>
                </Link>
              ),
            },
          ]}
        />
      ) : (
        <Paragraph>{organisation.name} has no single sign-on connections yet.</Paragraph>
      )}
      <ButtonLink to="?connection=new">Add a connection</ButtonLink>
    </>
  );
}

function ConnectionGone({ listPath }: { listPath: string }) {
  usePageTitle('Connection not found');
  return (
    <>
      <PageHeading>This connection no longer exists</PageHeading>
      <Paragraph>
        Someone may have removed it. <Link to={listPath}>Go back to single sign-on</Link>.
      </Paragraph>
    </>
  );
}
