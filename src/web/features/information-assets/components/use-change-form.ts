// Changing a record against the version read, for the asset and the supplier forms alike. Only the
// fields changed here are sent. When a colleague saved first (409), the form moves onto their
// version (their values where nothing was changed here, these changes on top), and the next save is
// made against it: a deliberate choice, after seeing what they changed.
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError, FieldError } from '../../../lib/api-client';
import { problemsBeforeSending } from '../../../lib/form-problems';
import type { StaleSave } from '../api/stale-save';
import { rebased } from './changed-fields';

export function useChangeForm<Saved extends { version: number }, Values extends object, Body>(options: {
  /** The record as the page has it now (read again after a 409 that did not carry it). */
  record: Saved;
  valuesOf: (record: Saved) => Values;
  changeBody: (read: Values, edited: Values, version: number) => { body: Body; errors: FieldError[] };
  save: UseMutationResult<Saved, Error, Body>;
  staleOf: (error: unknown) => StaleSave<Saved> | null;
  refetch: () => Promise<{ data?: Saved | undefined }>;
  /** After a save; `changed` is false when nothing differed. */
  onSaved: (saved: Saved, changed: boolean) => void;
}) {
  const { record, valuesOf, changeBody, save, staleOf, refetch, onSaved } = options;
  // The record as it was when the form was filled, to show what a colleague changed since.
  const [read] = useState(record);
  const [from, setFrom] = useState(() => valuesOf(record));
  const [values, setValues] = useState(from);
  const [baseVersion, setBaseVersion] = useState(record.version);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const stale = staleOf(save.error);
  const theirs = stale ? (stale.current ?? (record.version !== read.version ? record : null)) : null;

  function moveOnto(current: Saved) {
    const theirValues = valuesOf(current);
    setValues((mine) => rebased(from, mine, theirValues));
    setFrom(theirValues);
    setBaseVersion(current.version);
  }

  function submit() {
    save.reset();
    const { body, errors } = changeBody(from, values, baseVersion);
    if (errors.length > 0) {
      setNotSent(problemsBeforeSending(errors));
      return;
    }
    setNotSent(null);
    save.mutate(body, {
      onSuccess: (saved) => onSaved(saved, saved.version !== baseVersion),
      onError: (error) => {
        const conflict = staleOf(error);
        if (!conflict) return;
        if (conflict.current) moveOnto(conflict.current);
        else void refetch().then((result) => result.data && moveOnto(result.data));
      },
    });
  }

  return {
    read,
    values,
    setValues,
    submit,
    stale,
    /** Their record, once known, to show beside the form. */
    theirs,
    /** What stopped the last save, other than a colleague's save: for the error summary and the fields. */
    failure: stale ? null : (notSent ?? save.error),
  };
}
