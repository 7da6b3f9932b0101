// The recovery codes that come with a person's first second factor, when that is a passkey: shown
// once, with a file to save them.
import { CodeList } from '../../../components/CodeList';
import { Heading, Paragraph } from '../../../components/Typography';
import { deploymentIdentity } from '../../../lib/identity';

export function PasskeyRecoveryCodes({ codes, email, headingLevel = 3 }: { codes: string[]; email: string; headingLevel?: 2 | 3 }) {
  return (
    <>
      <Heading level={headingLevel}>Save your recovery codes</Heading>
      <Paragraph>
        If you lose the device or security key your passkey is on, each of these codes lets you sign in once instead. Keep
        them somewhere safe and private, such as your password manager. They will not be shown again.
      </Paragraph>
      <CodeList codes={codes} label="Your recovery codes" fileName="bulwark-recovery-codes.txt" fileHeading={`${deploymentIdentity().serviceName} recovery codes for ${email}. Each code works once.`} />
    </>
  );
}
