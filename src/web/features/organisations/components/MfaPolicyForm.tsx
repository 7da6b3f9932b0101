// Who must use a second factor in this organisation: holders of the privileged roles (always), or
// everyone. People who now need one are led to set it up the next time they sign in.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Radios } from '../../../components/Radios';
import type { Organisation } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { type MfaPolicy, useSetMfaPolicy } from '../api/set-mfa-policy';

const FIELDS = { mfaPolicy: 'mfa-policy' };

export function MfaPolicyForm({ organisation, onSaved }: { organisation: Organisation; onSaved: () => void }) {
  const save = useSetMfaPolicy(organisation.id);
  const [policy, setPolicy] = useState<MfaPolicy>(organisation.mfaPolicy);
  const [saved, setSaved] = useState(false);
  const problems = formProblems(save.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate(policy, {
      onSuccess: (result) => {
        setPolicy(result.mfaPolicy);
        setSaved(true);
        onSaved();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      {saved && (
        <SuccessBanner>
          {policy === 'everyone'
            ? 'Everyone here must now use a second factor. Anyone without one will set it up the next time they sign in.'
            : 'Only people with privileged roles must now use a second factor.'}
        </SuccessBanner>
      )}
      <ProblemSummary problems={problems} />
      <Radios
        id={FIELDS.mfaPolicy}
        legend="Who must use a second factor"
        legendHeadingLevel={2}
        hint="A second factor is a code from an authenticator app, or a passkey, as well as a password. Sites and departments below follow this setting when it is the stricter one."
        items={[
          { value: 'privileged', label: 'Privileged roles only (system administrators, organisation administrators, SIRO, security lead)' },
          { value: 'everyone', label: 'Everyone' },
        ]}
        value={policy}
        onChange={(value) => setPolicy(value as MfaPolicy)}
        error={problems?.byField.mfaPolicy}
      />
      <Button busy={save.isPending}>Save second factor setting</Button>
    </form>
  );
}
