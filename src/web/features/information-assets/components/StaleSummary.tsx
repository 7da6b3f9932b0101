// The error summary for a save refused because a colleague saved first: the API's message, who and
// when, and a link to what they changed.
import { ErrorSummary } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';
import type { StaleSave } from '../api/stale-save';
import { THEIR_CHANGES_ID } from './TheirChanges';

export function StaleSummary({ stale, what }: { stale: StaleSave<unknown> | null; what: string }) {
  if (!stale) return null;
  const who = stale.changedBy ?? 'A colleague';
  return (
    <ErrorSummary
      title={`Someone else changed this ${what}`}
      description={`${stale.message} ${who} saved${stale.changedAt ? ` on ${formatDateTime(stale.changedAt)}` : ''}. The form now shows their version with your changes on top: check it, and save again to keep your changes.`}
      items={[{ text: `Check what ${stale.changedBy ?? 'they'} changed before saving again`, fieldId: THEIR_CHANGES_ID }]}
    />
  );
}
