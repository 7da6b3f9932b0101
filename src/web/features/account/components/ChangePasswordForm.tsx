// Change your own password: the current one, then the new one. The API names what is wrong with
// each; on success the other sessions have ended, and the form says so.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { formProblems } from '../../../lib/form-problems';
import { useChangePassword } from '../api/change-password';

const FIELDS = { currentPassword: 'current-password', newPassword: 'new-password' };

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [ended, setEnded] = useState<number | null>(null);
  const problems = formProblems(change.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    setEnded(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: ({ sessionsEnded }) => {
          setEnded(sessionsEnded);
          setCurrentPassword('');
          setNewPassword('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password">
      <Heading id="change-password">Change your password</Heading>
      {ended !== null && (
        <SuccessBanner>
          Your password has been changed.{' '}
          {ended === 0 ? 'You were not signed in anywhere else.' : `You have been signed out of ${ended} other session${ended === 1 ? '' : 's'}.`}
        </SuccessBanner>
      )}
      <ProblemSummary problems={problems} />
      <TextInput id={FIELDS.currentPassword} label="Current password" type="password" autoComplete="current-password" value={currentPassword} onChange={setCurrentPassword} error={problems?.byField.currentPassword} />
      <TextInput
        id={FIELDS.newPassword}
        label="New password"
        hint="At least 12 characters. A few random words together are strong and easy to remember."
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={problems?.byField.newPassword}
      />
      <Paragraph>Changing your password signs you out everywhere else.</Paragraph>
      <Button busy={change.isPending}>Change password</Button>
    </form>
  );
}
