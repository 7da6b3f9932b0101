// Naming a passkey and adding it: the name first (so the person can tell their passkeys apart later),
// then their device or security key makes the passkey. If the server refuses the name, the person
// corrects it and the passkey already made is saved, without asking the device again.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { TextInput } from '../../../components/TextInput';
import { Heading } from '../../../components/Typography';
import { type ApiError, isApiError } from '../../../lib/api-client';
import { formProblems, problemBeforeSending } from '../../../lib/form-problems';
import { type PasskeyAdded, type RegistrationResponseJSON, useAddPasskey } from '../api/add-passkey';

export function AddPasskeyForm({ id, heading, onAdded }: { id: string; heading: string; onAdded: (added: PasskeyAdded) => void }) {
  const { make, save } = useAddPasskey();
  const [name, setName] = useState('');
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  // A passkey the device has made but the server has not yet accepted (its name needs correcting).
  const [made, setMade] = useState<RegistrationResponseJSON | null>(null);
  const fields = { name: `${id}-name` };
  const problems = formProblems(notSent ?? make.error ?? save.error, fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    make.reset();
    save.reset();
    const trimmed = name.trim();
    if (!trimmed) {
      setNotSent(problemBeforeSending('name', 'Enter a name for the passkey, such as the device it is on'));
      return;
    }
    setNotSent(null);
    const send = (response: RegistrationResponseJSON) =>
      save.mutate(
        { name: trimmed, response },
        {
          onSuccess: (added) => {
            setMade(null);
            setName('');
            onAdded(added);
          },
          onError: (error) => {
            if (!(isApiError(error) && error.messageFor('name'))) setMade(null);
          },
        },
      );
    if (made) send(made);
    else {
      make.mutate(undefined, {
        onSuccess: (response) => {
          setMade(response);
          send(response);
        },
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {heading}
      </Heading>
      <ProblemSummary problems={problems} />
      <TextInput
        id={fields.name}
        name="name"
        label="Name for the passkey"
        hint={
          made
            ? 'Your device has made the passkey. Correct its name, then add it.'
            : 'So you can tell your passkeys apart, such as “Work laptop” or “Blue security key”.'
        }
        autoComplete="off"
        value={name}
        onChange={setName}
        error={problems?.byField.name}
      />
      <Button busy={make.isPending || save.isPending}>Add passkey</Button>
    </form>
  );
}
