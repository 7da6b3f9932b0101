// A form that saves something: the browser's own checks are off (the error summary says what is wrong,
// in our words), and it ends with the save button and a way back without saving.
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from './Button';

export function SaveForm({ submitLabel, busy, cancelTo, onSubmit, children }: { submitLabel: ReactNode; busy: boolean; cancelTo: string; onSubmit: () => void; children: ReactNode }) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      {children}
      <ButtonGroup>
        <Button busy={busy}>{submitLabel}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </ButtonGroup>
    </form>
  );
}
