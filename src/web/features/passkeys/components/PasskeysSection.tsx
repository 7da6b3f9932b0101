// Your passkeys and security keys, on your account page: each one with when it was added and last
// used, a way to rename it and to remove it (with your password), and a form to add another. The
// first second factor a person adds comes with recovery codes, shown here once.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { Loading, SectionProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import type { PasskeyAdded } from '../api/add-passkey';
import { passkeysSupported } from '../api/browser-ceremony';
import { type Passkey, usePasskeys } from '../api/get-passkeys';
import { useRemovePasskey } from '../api/remove-passkey';
import { useRenamePasskey } from '../api/rename-passkey';
import { AddPasskeyForm } from './AddPasskeyForm';
import { passkeyKind } from './passkey-kind';
import { PasskeyRecoveryCodes } from './PasskeyRecoveryCodes';

type Change = { action: 'rename' | 'remove'; passkey: Passkey };

export function PasskeysSection({ email }: { email: string }) {
  const passkeys = usePasskeys();
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [added, setAdded] = useState<PasskeyAdded | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const supported = passkeysSupported();

  function start(next: Change) {
    setDone(null);
    setAdded(null);
    setChange(next);
  }

  /** Focus goes back to the button that opened the form, as the form disappears. */
  function cancel() {
    const opener = change && openers.current.get(openerKey(change));
    setChange(null);
    opener?.focus();
  }

  function finish(message: string) {
    setChange(null);
    setDone(message);
  }

  return (
    <section aria-labelledby="passkeys">
      <Heading id="passkeys" spaceAbove>
        Passkeys and security keys
      </Heading>
      <Paragraph>
        A passkey lets you confirm it’s you with your fingerprint, face or screen lock, or with a security key, instead of
        typing a code. It works only with Bulwark’s own address, so a fake sign-in page cannot use it, and it also lets you
        sign in without your password.
      </Paragraph>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      {added && (
        <>
          <SuccessBanner>Your passkey “{added.passkey.name}” has been added.</SuccessBanner>
          {added.recoveryCodes && <PasskeyRecoveryCodes codes={added.recoveryCodes} email={email} />}
        </>
      )}
      {passkeys.isPending && <Loading>Loading your passkeys…</Loading>}
      {passkeys.isError && <SectionProblem error={passkeys.error} what="Your passkeys" />}
      {passkeys.data &&
        (passkeys.data.passkeys.length > 0 ? (
          <Table
            caption="Your passkeys and security keys"
            captionHidden
            rows={passkeys.data.passkeys}
            rowKey={(passkey) => passkey.id}
            columns={[
              {
                header: 'Name',
                rowHeader: true,
                cell: (passkey) => (
                  <>
                    {passkey.name}
                    <SmallPrint>{passkeyKind(passkey)}</SmallPrint>
                  </>
                ),
              },
              { header: 'Added', cell: (passkey) => formatDate(passkey.createdAt) },
              { header: 'Last used', cell: (passkey) => formatDateTime(passkey.lastUsedAt) },
              {
                header: <VisuallyHidden>Actions</VisuallyHidden>,
                cell: (passkey) => (
                  <ButtonGroup>
                    {(['rename', 'remove'] as const).map((action) => (
                      <Button
                        key={action}
                        variant="secondary"
                        small
                        type="button"
                        ref={(button) => {
                          const key = openerKey({ action, passkey });
                          if (button) openers.current.set(key, button);
                          else openers.current.delete(key);
                        }}
                        onClick={() => start({ action, passkey })}
                      >
                        {action === 'rename' ? 'Rename' : 'Remove'}
                        <VisuallyHidden> {passkey.name}</VisuallyHidden>
                      </Button>
                    ))}
                  </ButtonGroup>
                ),
              },
            ]}
          />
        ) : (
          <Paragraph>You have not added a passkey.</Paragraph>
        ))}

      {change?.action === 'rename' && (
        <RenameForm key={change.passkey.id} passkey={change.passkey} onCancel={cancel} onRenamed={(name) => finish(`Your passkey is now called “${name}”.`)} />
      )}
      {change?.action === 'remove' && (
        <RemoveForm
          key={change.passkey.id}
          passkey={change.passkey}
          onCancel={cancel}
          onRemoved={() => finish(`Your passkey “${change.passkey.name}” has been removed. You can also delete it from the device or key itself.`)}
        />
      )}

      {supported ? (
        <AddPasskeyForm
          id="add-passkey"
          heading="Add a passkey"
          onAdded={(result) => {
            setChange(null);
            setDone(null);
            setAdded(result);
          }}
        />
      ) : (
        <Paragraph>This browser cannot make or use passkeys. To add one, use an up-to-date browser on a device with a screen lock, or a security key.</Paragraph>
      )}
    </section>
  );
}

function openerKey({ action, passkey }: Change): string {
  return `${action}:${passkey.id}`;
}

/** The input of a form that has just opened takes focus, so keyboard and screen-reader users land in it. */
function useFocusOnOpen(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

function RenameForm({ passkey, onCancel, onRenamed }: { passkey: Passkey; onCancel: () => void; onRenamed: (name: string) => void }) {
  const rename = useRenamePasskey();
  const [name, setName] = useState(passkey.name);
  const fields = { name: 'rename-passkey-name' };
  const problems = formProblems(rename.error, fields);
  useFocusOnOpen(fields.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    rename.mutate({ id: passkey.id, name }, { onSuccess: (renamed) => onRenamed(renamed.name) });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rename-passkey">
      <Heading level={3} id="rename-passkey">
        Rename “{passkey.name}”
      </Heading>
      <ProblemSummary problems={problems} />
      <TextInput id={fields.name} name="name" label="New name" autoComplete="off" value={name} onChange={setName} error={problems?.byField.name} />
      <ButtonGroup>
        <Button busy={rename.isPending}>Save name</Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

function RemoveForm({ passkey, onCancel, onRemoved }: { passkey: Passkey; onCancel: () => void; onRemoved: () => void }) {
  const remove = useRemovePasskey();
  const [password, setPassword] = useState('');
  const fields = { currentPassword: 'remove-passkey-password' };
  const problems = formProblems(remove.error, fields);
  useFocusOnOpen(fields.currentPassword);

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate({ id: passkey.id, currentPassword: password }, { onSuccess: onRemoved, onError: () => setPassword('') });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="remove-passkey">
      <Heading level={3} id="remove-passkey">
        Remove “{passkey.name}”
      </Heading>
      <ProblemSummary problems={problems} />
      <Paragraph>You will no longer be able to use it with Bulwark. Enter your password to confirm.</Paragraph>
      <TextInput
        id={fields.currentPassword}
        name="currentPassword"
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={problems?.byField.currentPassword}
      />
      <ButtonGroup>
        <Button variant="warning" busy={remove.isPending}>
          Remove passkey
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
