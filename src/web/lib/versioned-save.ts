// Saving settings against the version read (optimistic locking): the version moves on after a save;
// a colleague's save in between (409) is kept to show beside the person's own changes, and the
// version moves on to theirs, so that saving again replaces theirs knowingly.
import { useState } from 'react';
import { type ApiError, isApiError } from './api-client';

export interface StaleChange<Saved> {
  /** What they saved, when the problem carries it. */
  current: Saved | null;
  changedAt: string | null;
}

/** What someone else saved first, read from a 409 stale-change problem; null for any other failure. */
export function staleChangeOf<Saved>(error: unknown, isSaved: (value: unknown) => value is Saved): StaleChange<Saved> | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const { current, changedAt } = error.extensions;
  return { current: isSaved(current) ? current : null, changedAt: typeof changedAt === 'string' && changedAt !== '' ? changedAt : null };
}

interface SaveCallbacks<Saved> {
  onSuccess: (after: Saved) => void;
  onError: (error: unknown) => void;
}

export function useVersionedSave<Saved extends { version: number }>(options: {
  savedVersion: number;
  mutate: (settings: Saved, callbacks: SaveCallbacks<Saved>) => void;
  /** Reads the saved settings again, for a 409 that does not carry them. */
  refetch: () => Promise<{ data?: Saved | undefined }>;
  staleOf: (error: unknown) => StaleChange<Saved> | null;
  savedMessage: string;
}) {
  const [baseVersion, setBaseVersion] = useState(options.savedVersion);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [theirs, setTheirs] = useState<{ settings: Saved; changedAt: string | null } | null>(null);

  /** Builds the body on the version these changes rest on, and sends it unless it has problems. */
  function submit(build: (version: number) => { settings: Saved } | { problem: ApiError }) {
    setMessage(undefined);
    setTheirs(null);
    const built = build(baseVersion);
    if ('problem' in built) {
      setNotSent(built.problem);
      return;
    }
    setNotSent(null);
    options.mutate(built.settings, {
      onSuccess: (after) => {
        setBaseVersion(after.version);
        setMessage(options.savedMessage);
      },
      onError: (error) => {
        const stale = options.staleOf(error);
        if (!stale) return;
        const show = (current: Saved) => {
          setTheirs({ settings: current, changedAt: stale.changedAt });
          setBaseVersion(current.version);
        };
        if (stale.current) show(stale.current);
        else void options.refetch().then((result) => result.data && show(result.data));
      },
    });
  }

  return { submit, notSent, message, theirs };
}
