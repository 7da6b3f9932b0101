// The reviewer's own level and note for one outcome, saved on its own so a long review is never lost
// to one mistake elsewhere. Choosing "No level" removes the reviewer's level.
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { Announce } from '../../../components/Status';
import { TextInput } from '../../../components/TextInput';
import { VisuallyHidden } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import type { ResponseView } from '../api/get-review-workspace';
import { useSaveReviewLevel } from '../api/save-review-level';
import { NOT_APPLICABLE } from './maturity-words';

const NO_LEVEL = '';

export function ReviewLevelForm({ orgId, assessmentId, response, label }: { orgId: string; assessmentId: string; response: ResponseView; label: (level: string | null) => string }) {
  const save = useSaveReviewLevel(orgId, assessmentId, response.ref);
  const [level, setLevel] = useState(response.review?.level ?? NO_LEVEL);
  const [note, setNote] = useState(response.review?.note ?? '');
  const [saved, setSaved] = useState(false);
  const id = `review-${response.ref.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const error = isApiError(save.error) ? save.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ level: level === NO_LEVEL ? null : level, note: note.trim() === '' ? null : note }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="app-row-form" onSubmit={submit} noValidate aria-label={`Review of ${response.ref}`}>
      <Select
        id={`${id}-level`}
        label={<VisuallyHidden>Your level for {response.ref}</VisuallyHidden>}
        value={level}
        onChange={(value) => {
          setLevel(value);
          setSaved(false);
        }}
        error={error?.messageFor('level') ?? (error && !error.messageFor('note') ? error.detail : undefined)}
        options={[{ value: NO_LEVEL, text: 'No level' }, ...[...response.levels, NOT_APPLICABLE].map((l) => ({ value: l, text: label(l) }))]}
      />
      <TextInput
        id={`${id}-note`}
        label={<VisuallyHidden>Note on {response.ref}</VisuallyHidden>}
        hint="Note (optional)"
        value={note}
        onChange={(value) => {
          setNote(value);
          setSaved(false);
        }}
        error={error?.messageFor('note')}
      />
      <Button variant="secondary" small busy={save.isPending}>
        Save<VisuallyHidden> the level for {response.ref}</VisuallyHidden>
      </Button>
      <Announce>{saved ? `Saved ${response.ref}` : ''}</Announce>
    </form>
  );
}
