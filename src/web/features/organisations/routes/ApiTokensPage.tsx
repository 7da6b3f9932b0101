// An organisation's API tokens, for its administrators: service tokens, with which another system
// uses the API here with the roles and scopes given, and SCIM tokens, with which an identity
// provider keeps accounts in step. A token is shown once, when it is made.
import { type FormEvent, useState } from 'react';
import type { CreatedToken, TokenList } from '../../../../contract/api-tokens';
import { ApiTokenTable } from '../../../components/ApiTokenTable';
import { Button } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { GridColumn, GridRow, SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Radios } from '../../../components/Radios';
import { ScopeCheckboxes } from '../../../components/ScopeCheckboxes';
import { ShownOnce } from '../../../components/ShownOnce';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Code, Heading, Paragraph } from '../../../components/Typography';
import type { ApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { formProblems, problemBeforeSending, wholeNumber } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { labelFor, type Reference, useReference } from '../../../lib/reference';
import { useCreateOrganisationToken } from '../api/create-organisation-token';
import { useOrganisationTokens } from '../api/get-organisation-tokens';
import { useRevokeOrganisationToken } from '../api/revoke-organisation-token';

const FIELDS = { name: 'token-name', kind: 'token-kind', roles: 'token-roles', scopes: 'token-scopes', expiresInDays: 'token-expires' };
const DEFAULT_DAYS = '90';
type Kind = 'service' | 'scim';

export function ApiTokensPage() {
  const organisation = useCurrentOrganisation();
  const reference = useReference();
  const allowed = can(organisation.data, 'token.manage');
  const tokens = useOrganisationTokens(organisation.data?.id ?? '', { enabled: allowed });
  // Once the form is shown it sets the title, with "Error: " after a failed submit.
  usePageTitleWhile(!(allowed && reference.isSuccess && tokens.isSuccess), 'API tokens', organisation.data?.name);

  if (organisation.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  if (!allowed) return <NotAllowed reason="Only the organisation’s administrators may see and create its API tokens." />;
  const home = `/orgs/${encodeURIComponent(organisation.data.id)}`;

  return (
    <GridRow>
      <GridColumn width="full">
        <BackLink to={`${home}/settings`}>Back to organisation details</BackLink>
        <PageHeading caption={organisation.data.name}>API tokens</PageHeading>
        <Paragraph>
          A service token lets another system use the Bulwark API for {organisation.data.name}, with the roles and scopes you
          give it. A SCIM token lets your identity provider (such as Microsoft Entra ID) create, change and deactivate
          accounts here. Treat every token as a password, and revoke it when it is no longer needed.
        </Paragraph>
        {tokens.isPending && <Loading>Loading tokens…</Loading>}
        {tokens.isError && <SectionProblem error={tokens.error} what="The organisation’s tokens" />}
        {tokens.data && (
          <Tokens organisation={organisation.data} reference={reference.data} tokens={tokens.data} />
        )}
      </GridColumn>
    </GridRow>
  );
}

function Tokens({
  organisation,
  reference,
  tokens,
}: {
  organisation: Organisation;
  reference: Reference;
  tokens: TokenList;
}) {
  const create = useCreateOrganisationToken(organisation.id);
  const revoke = useRevokeOrganisationToken(organisation.id);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [roles, setRoles] = useState<string[]>([]);
  const [scopes, setScopes] = useState<string[]>([]);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const problems = formProblems(notSent ?? create.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}API tokens`, organisation.name);
  const roleLabel = (role: string) => labelFor(reference.roles, role);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setRevoked(null);
    create.reset();
    const expiresInDays = wholeNumber(days);
    const problem = !kind
      ? problemBeforeSending('kind', 'Choose whether this is a service token or a SCIM token')
      : expiresInDays === null
        ? problemBeforeSending('expiresInDays', 'Enter the number of days the token should last, such as 90')
        : null;
    setNotSent(problem);
    if (problem || !kind || expiresInDays === null) return;
    const body = kind === 'scim' ? { name: name.trim(), kind, expiresInDays } : { name: name.trim(), kind, roles, scopes, expiresInDays };
    create.mutate(body, {
      onSuccess: (result) => {
        setCreated(result);
        setName('');
        setKind('');
        setRoles([]);
        setScopes([]);
        setDays(DEFAULT_DAYS);
      },
    });
  }

  return (
    <>
      {revoked && <SuccessBanner>The token “{revoked}” has been revoked. Anything using it can no longer reach Bulwark.</SuccessBanner>}
      <ProblemSummary problems={formProblems(revoke.error, {})} />
      {tokens.tokens.length > 0 ? (
        <ApiTokenTable
          caption={`API tokens of ${organisation.name}`}
          tokens={tokens.tokens}
          roleLabel={roleLabel}
          revoking={revoke.isPending ? revoke.variables : undefined}
          onRevoke={(token) => {
            setCreated(null);
            setRevoked(null);
            revoke.mutate(token.id, { onSuccess: () => setRevoked(token.name) });
          }}
        />
      ) : (
        <Paragraph>{organisation.name} has no API tokens.</Paragraph>
      )}
      {created && (
        <ShownOnce headingLevel={2} heading={`The new token “${created.apiToken.name}”`} value={created.token} what="token">
          {created.apiToken.kind === 'scim' && (
            <>
              Give it to your identity provider with the tenant URL <Code>{`${window.location.origin}/scim/v2`}</Code>.{' '}
            </>
          )}
          Copy it now: it will not be shown again.
        </ShownOnce>
      )}

      <GridRow>
        <GridColumn width="two-thirds">
          <form onSubmit={submit} noValidate aria-labelledby="new-token">
            <Heading id="new-token" spaceAbove>
              Create a token
            </Heading>
            <ProblemSummary problems={problems} />
            <TextInput
              id={FIELDS.name}
              label="Name"
              hint="Which system uses it, so you recognise it later. For example, “Entra ID provisioning” or “Risk register sync”."
              value={name}
              onChange={setName}
              autoComplete="off"
              error={problems?.byField.name}
            />
            <Radios
              id={FIELDS.kind}
              legend="Kind of token"
              legendSize="s"
              value={kind}
              onChange={(value) => setKind(value as Kind)}
              error={problems?.byField.kind}
              items={[
                {
                  value: 'service',
                  label: 'Service token',
                  hint: 'Another system acts in this organisation with the roles and scopes you choose.',
                  conditional: (
                    <>
                      <Checkboxes
                        id={FIELDS.roles}
                        legend="Roles it acts with"
                        legendSize="s"
                        hint="It can do only what these roles allow here, and only what its scopes allow."
                        items={reference.roles.filter((role) => role.id !== 'system-admin').map((role) => ({ value: role.id, label: role.label }))}
                        values={roles}
                        onChange={setRoles}
                        error={problems?.byField.roles}
                        small
                      />
                      <ScopeCheckboxes
                        id={FIELDS.scopes}
                        legendSize="s"
                        available={tokens.availableScopes}
                        values={scopes}
                        onChange={setScopes}
                        error={problems?.byField.scopes}
                      />
                    </>
                  ),
                },
                {
                  value: 'scim',
                  label: 'SCIM provisioning token',
                  hint: 'Your identity provider creates, changes and deactivates accounts here. It can do nothing else.',
                },
              ]}
            />
            <TextInput
              id={FIELDS.expiresInDays}
              label="Expires after (days)"
              hint="From 1 to 366 days."
              inputMode="numeric"
              width={3}
              value={days}
              onChange={setDays}
              error={problems?.byField.expiresInDays}
            />
            <Button busy={create.isPending}>Create token</Button>
          </form>
        </GridColumn>
      </GridRow>
    </>
  );
}
