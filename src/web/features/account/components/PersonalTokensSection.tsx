// Your personal API tokens: a script or reporting tool uses the API as you, limited to the scopes
// chosen here. The token is shown once, when it is made; revoking one stops it at once.
import { type FormEvent, useState } from 'react';
import type { CreatedToken } from '../../../../contract/api-tokens';
import { ApiTokenTable } from '../../../components/ApiTokenTable';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { ScopeCheckboxes } from '../../../components/ScopeCheckboxes';
import { ShownOnce } from '../../../components/ShownOnce';
import { Loading, SectionProblem } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import type { ApiError } from '../../../lib/api-client';
import { formProblems, problemBeforeSending, wholeNumber } from '../../../lib/form-problems';
import { useCreatePersonalToken } from '../api/create-personal-token';
import { usePersonalTokens } from '../api/get-personal-tokens';
import { useRevokePersonalToken } from '../api/revoke-personal-token';

const FIELDS = { name: 'token-name', scopes: 'token-scopes', expiresInDays: 'token-expires' };
const DEFAULT_DAYS = '90';

export function PersonalTokensSection() {
  const tokens = usePersonalTokens();
  const create = useCreatePersonalToken();
  const revoke = useRevokePersonalToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const problems = formProblems(notSent ?? create.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setRevoked(null);
    const expiresInDays = wholeNumber(days);
    if (expiresInDays === null) {
      create.reset();
      setNotSent(problemBeforeSending('expiresInDays', 'Enter the number of days the token should last, such as 90'));
      return;
    }
    setNotSent(null);
    create.mutate(
      { name: name.trim(), scopes, expiresInDays },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
          setScopes([]);
          setDays(DEFAULT_DAYS);
        },
      },
    );
  }

  return (
    <>
      <Heading id="personal-tokens" spaceAbove>
        Personal API tokens
      </Heading>
      <Paragraph>
        A personal token lets a script or reporting tool use the Bulwark API as you, limited to what you choose for it. Keep
        it as safe as a password, and revoke it as soon as it is no longer needed.
      </Paragraph>
      {revoked && <SuccessBanner>The token “{revoked}” has been revoked. Anything using it can no longer reach Bulwark.</SuccessBanner>}
      <ProblemSummary problems={formProblems(revoke.error, {})} />
      {tokens.isPending && <Loading>Loading your tokens…</Loading>}
      {tokens.isError && <SectionProblem error={tokens.error} what="Your tokens" />}
      {tokens.data &&
        (tokens.data.tokens.length > 0 ? (
          <ApiTokenTable
            caption="Your personal API tokens"
            tokens={tokens.data.tokens}
            revoking={revoke.isPending ? revoke.variables : undefined}
            onRevoke={(token) => {
              setCreated(null);
              setRevoked(null);
              revoke.mutate(token.id, { onSuccess: () => setRevoked(token.name) });
            }}
          />
        ) : (
          <Paragraph>You have no personal API tokens.</Paragraph>
        ))}
      {created && <ShownOnce heading={`Your new token “${created.apiToken.name}”`} value={created.token} what="token" />}

      <form onSubmit={submit} noValidate aria-labelledby="new-personal-token">
        <Heading level={3} id="new-personal-token">
          Create a personal token
        </Heading>
        <ProblemSummary problems={problems} />
        <TextInput
          id={FIELDS.name}
          label="Name"
          hint="What the token is for, so you recognise it later. For example, “Monthly DSPT evidence export”."
          value={name}
          onChange={setName}
          autoComplete="off"
          error={problems?.byField.name}
        />
        {tokens.data && (
          <ScopeCheckboxes
            id={FIELDS.scopes}
            hint="Choose only what the tool needs. It can never do more than you can."
            available={tokens.data.availableScopes}
            values={scopes}
            onChange={setScopes}
            error={problems?.byField.scopes}
          />
        )}
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
    </>
  );
}
