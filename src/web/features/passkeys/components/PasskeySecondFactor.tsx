// "Use a passkey" on the second step of signing in, for people who have one: the browser asks for one
// of their passkeys, and the session is complete once the server has checked it.
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Heading, Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { passkeysSupported } from '../api/browser-ceremony';
import { useGivePasskey } from '../api/passkey-second-factor';

export function PasskeySecondFactor({ onSignedIn }: { onSignedIn: () => void }) {
  const give = useGivePasskey();
  const problems = formProblems(give.error, {});
  if (!passkeysSupported()) return null;

  return (
    <section aria-labelledby="use-passkey" className="nhsuk-u-margin-top-6">
      <Heading id="use-passkey">Use a passkey</Heading>
      <ProblemSummary problems={problems} />
      <Paragraph>Confirm it’s you with your fingerprint, face, screen lock or security key.</Paragraph>
      <Button variant="secondary" type="button" busy={give.isPending} onClick={() => give.mutate(undefined, { onSuccess: onSignedIn })}>
        Use a passkey
      </Button>
    </section>
  );
}
