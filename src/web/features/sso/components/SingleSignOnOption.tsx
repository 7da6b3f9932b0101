// "Sign in with your organisation account" on the sign-in page: asks for the work email address,
// finds the organisation's connection for its domain, and hands the browser to Bulwark's start
// address (a full page load, as the identity provider's pages are another site). When single
// sign-on sent the person back refused (?sso=<reason>), says why.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Select } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { safeReturnTo } from '../../../lib/return-to';
import { useDiscover } from '../api/discover';
import { startSignInUrl } from '../api/paths';
import type { SsoChoice } from '../api/types';
import { refusalMessage } from './refusals';

const EMAIL_ID = 'sso-email';
const CHOICE_ID = 'sso-connection';

export function SingleSignOnOption() {
  const [searchParams] = useSearchParams();
  const refusal = searchParams.get('sso');
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const discover = useDiscover();
  const [asking, setAsking] = useState(refusal !== null);
  const [email, setEmail] = useState('');
  const [choices, setChoices] = useState<SsoChoice[] | null>(null);
  const [chosen, setChosen] = useState('');
  const emailInput = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  // Opening the form by the button moves focus to the field it asks for.
  useEffect(() => {
    if (asking && opened.current) emailInput.current?.querySelector('input')?.focus();
  }, [asking]);

  function go(connectionId: string) {
    window.location.assign(startSignInUrl(connectionId, returnTo));
  }

  function findConnection(event: FormEvent) {
    event.preventDefault();
    setChoices(null);
    discover.mutate(email.trim(), {
      onSuccess: (found) => {
        if (found.connections.length <= 1) go(found.connectionId);
        else {
          setChoices(found.connections);
          setChosen(found.connectionId);
        }
      },
    });
  }

  const emailError = discover.error ? (isApiError(discover.error) ? (discover.error.messageFor('email') ?? discover.error.detail) : 'Something went wrong. Try again.') : undefined;

  return (
    <section aria-labelledby="sso-heading" className="nhsuk-u-margin-top-7">
      <Heading id="sso-heading">Or use your organisation account</Heading>
      {emailError ? (
        <ErrorSummary items={[{ text: emailError, fieldId: EMAIL_ID }]} />
      ) : (
        refusal !== null && <ErrorSummary title="Single sign-on did not sign you in" description={refusalMessage(refusal)} />
      )}
      <Paragraph>If your organisation has set up single sign-on, you can sign in with the account you use for its other systems.</Paragraph>
      {!asking ? (
        <Button
          variant="secondary"
          type="button"
          onClick={() => {
            opened.current = true;
            setAsking(true);
          }}
        >
          Sign in with your organisation account
        </Button>
      ) : choices ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            go(chosen);
          }}
          noValidate
        >
          <Select
            id={CHOICE_ID}
            label="Your organisation"
            hint="More than one organisation uses single sign-on for your email domain."
            options={choices.map((choice) => ({ value: choice.connectionId, text: `${choice.organisation} (${choice.name})` }))}
            value={chosen}
            onChange={setChosen}
          />
          <Button variant="secondary">Continue to your organisation’s sign-in</Button>
        </form>
      ) : (
        <form onSubmit={findConnection} noValidate>
          <div ref={emailInput}>
            <TextInput
              id={EMAIL_ID}
              label="Work email address"
              hint="We use its domain to find your organisation’s sign-in service."
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={emailError}
            />
          </div>
          <Button variant="secondary" busy={discover.isPending}>
            Continue to your organisation’s sign-in
          </Button>
        </form>
      )}
    </section>
  );
}
