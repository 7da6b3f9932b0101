// One action's status, changed in its row of the actions table: a select and a save button, sent
// against the version read. A colleague's change in between is refused and said beside it; the
// table then shows the action as they left it.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { RegisterActionStatus } from '../../../../contract/information-assets';
import { isApiError } from '../../../lib/api-client';
import { useChangeRegisterAction } from '../api/change-register-action';
import type { RegisterAction } from '../api/get-register-actions';
import { ACTION_STATUS_LABELS } from './flow-words';
import { entries } from './words';

export function ActionStatusForm({ orgId, action }: { orgId: string; action: RegisterAction }) {
  const [status, setStatus] = useState<RegisterActionStatus>(action.status);
  const change = useChangeRegisterAction(orgId, action.id);
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ status, version: action.version });
  }
  return (
    <form className="app-row-form" onSubmit={submit} noValidate>
      <Select
        id={`action-status-${action.id}`}
        label={
          <>
            Status<VisuallyHidden> of the action on {action.subject.name}</VisuallyHidden>
          </>
        }
        value={status}
        onChange={(next) => setStatus(next as RegisterActionStatus)}
        options={entries(ACTION_STATUS_LABELS).map(([value, text]) => ({ value, text }))}
      />
      <Button variant="secondary" small busy={change.isPending}>
        Save<VisuallyHidden> the status of the action on {action.subject.name}</VisuallyHidden>
      </Button>
      {change.isError && <Paragraph noMargin>{isApiError(change.error) ? change.error.detail : 'The status could not be saved. Try again.'}</Paragraph>}
    </form>
  );
}
