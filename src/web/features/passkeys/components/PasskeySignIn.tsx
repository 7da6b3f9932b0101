// "Sign in with a passkey" on the sign-in page: no email address or password, the browser offers the
// passkeys it holds for Bulwark. A passkey that verified the person (PIN, fingerprint, face) counts as
// both factors, so the session is complete at once.
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Heading, Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { pathForStage } from '../../../lib/sign-in-stage';
import { passkeysSupported } from '../api/browser-ceremony';
import { usePasskeySignIn } from '../api/passkey-sign-in';

export function PasskeySignIn({ returnTo }: { returnTo: string }) {
  const navigate = useNavigate();
  const signIn = usePasskeySignIn();
  const problems = formProblems(signIn.error, {});
  if (!passkeysSupported()) return null;

  return (
    <section aria-labelledby="passkey-sign-in" className="nhsuk-u-margin-top-6">
      <Heading id="passkey-sign-in">Sign in with a passkey</Heading>
      <ProblemSummary problems={problems} />
      <Paragraph>If you have added a passkey to your account, use it instead of your email address and password.</Paragraph>
      <Button
        variant="secondary"
        type="button"
        busy={signIn.isPending}
        onClick={() => signIn.mutate(undefined, { onSuccess: (result) => void navigate(pathForStage(result.stage, returnTo), { replace: true }) })}
      >
        Sign in with a passkey
      </Button>
    </section>
  );
}
