// Setting up an authenticator app: on first sign-in when the person's organisation requires a second
// factor (nothing else is open to them until it is done), or later from Your account. Scan the QR
// code (or type the key), confirm with a code, then save the recovery codes shown this once.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RecoveryCodes as IssuedCodes, TotpSetup } from '../../../../contract/mfa';
import { Button } from '../../../components/Button';
import { GridColumn, GridRow, SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { RecoveryCodes } from '../../../components/RecoveryCodes';
import { Loading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { TextInput } from '../../../components/TextInput';
import { Code, Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { safeReturnTo } from '../../../lib/return-to';
import { forgetSessionData, meQueryKey, useMe } from '../../../lib/session';
import { useConfirmTotp, useTotpSetup } from '../api/totp-setup';

const FIELDS = { code: 'totp-code' };

export interface SetUpMfaPageOptions {
  /** Setting up a passkey instead, offered below the authenticator app; the app passes it in. */
  passkeyEnrolment: ReactNode;
}

export function SetUpMfaPage({ passkeyEnrolment }: SetUpMfaPageOptions) {
  const me = useMe().data;
  const setup = useTotpSetup();
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  if (!me) return <Loading />;
  if (issued) return <SetUpDone codes={issued.recoveryCodes} email={me.user.email} returnTo={returnTo} />;
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <SetUpRefused error={setup.error} />;
  return <SetUpForm setup={setup.data} enrolling={me.stage === 'enrolment'} onDone={setIssued} passkeyEnrolment={passkeyEnrolment} />;
}

/** "ABCD EFGH …": the key in groups of four, easier to read and type. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

function SetUpForm({ setup, enrolling, onDone, passkeyEnrolment }: { setup: TotpSetup; enrolling: boolean; onDone: (codes: IssuedCodes) => void; passkeyEnrolment: ReactNode }) {
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const problems = formProblems(confirm.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Set up an authenticator app`);

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: onDone, onError: () => setCode('') });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <ProblemSummary problems={problems} />
        <PageHeading>Set up an authenticator app</PageHeading>
        {enrolling ? (
          <Paragraph>
            Your organisation asks you to confirm it’s you with a second factor as well as your password. Then a stolen or
            guessed password is not enough to get into Bulwark. Set it up now to continue: it takes a minute.
          </Paragraph>
        ) : (
          <Paragraph>
            An authenticator app on your phone shows a new 6-digit code every 30 seconds. You enter it after your password
            when you sign in.
          </Paragraph>
        )}

        <Heading>1. Get an authenticator app</Heading>
        <Paragraph>
          Use any authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator, or the one your
          organisation recommends.
        </Paragraph>

        <Heading>2. Scan this QR code with the app</Heading>
        <img className="app-qr-code" alt="QR code for your authenticator app" src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`} />
        <Paragraph>If you cannot scan it, choose to enter a key in the app and type this key instead.</Paragraph>
        <SummaryList rows={[{ key: 'Setup key', value: <Code>{grouped(setup.secret)}</Code> }]} />

        <Heading>3. Enter the code the app shows</Heading>
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELDS.code}
            name="code"
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            width={10}
            value={code}
            onChange={setCode}
            error={problems?.byField.code}
          />
          <Button busy={confirm.isPending}>Confirm</Button>
        </form>
        {passkeyEnrolment}
      </GridColumn>
    </GridRow>
  );
}

function SetUpDone({ codes, email, returnTo }: { codes: string[] | null; email: string; returnTo: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  usePageTitle(codes ? 'Save your recovery codes' : 'Your authenticator app is set up');

  async function carryOn() {
    setLeaving(true);
    // Signing in is complete now: "who am I" gains the person's organisations.
    forgetSessionData(queryClient);
    await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    await navigate(returnTo, { replace: true });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <SuccessBanner>Your authenticator app is set up. Next time you sign in, enter the code it shows after your password.</SuccessBanner>
        {codes ? (
          <>
            <PageHeading>Save your recovery codes</PageHeading>
            <RecoveryCodes codes={codes} email={email} />
          </>
        ) : (
          <PageHeading>Your authenticator app is set up</PageHeading>
        )}
        <Button type="button" onClick={() => void carryOn()} busy={leaving}>
          Continue
        </Button>
      </GridColumn>
    </GridRow>
  );
}

function SetUpRefused({ error }: { error: unknown }) {
  usePageTitle('Set up an authenticator app');
  return (
    <>
      <PageHeading>Set up an authenticator app</PageHeading>
      <Paragraph>{isApiError(error) ? error.detail : 'Bulwark had a problem. Try again later.'}</Paragraph>
      <Paragraph>
        <Link to="/account">Go to your account</Link>
      </Paragraph>
    </>
  );
}
