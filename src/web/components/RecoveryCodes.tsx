// Recovery codes, shown once when they are made (after setting up a second factor, or on asking for
// new ones): what they are for, how to keep them, the codes, and a text file to save.
import { deploymentIdentity } from '../lib/identity';
import { CodeList } from './CodeList';
import { Paragraph } from './Typography';

export function RecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  return (
    <>
      <Paragraph>
        If you lose your phone or cannot use your authenticator app, each of these codes lets you sign in once instead.
        Keep them somewhere safe and private, such as your password manager. They will not be shown again.
      </Paragraph>
      <CodeList
        codes={codes}
        label="Your recovery codes"
        fileName="bulwark-recovery-codes.txt"
        fileHeading={`${deploymentIdentity().serviceName} recovery codes for ${email}. Each code works once.`}
      />
    </>
  );
}
