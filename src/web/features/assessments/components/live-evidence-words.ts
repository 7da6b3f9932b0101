// Live evidence in words: which moment the figures are for, and why, in a sentence for the outcome page.
import type { LiveEvidenceBasis } from '../../../../contract/live-evidence';
import { formatDateTime } from '../../../lib/format';

export function liveEvidenceHint(basis: LiveEvidenceBasis): string {
  const when = formatDateTime(basis.asOf);
  if (basis.reason === 'submitted' && basis.kept) return `These figures come from Bulwark’s registers as they stood when this assessment was submitted, on ${when}. They were kept with the submission and do not change.`;
  if (basis.reason === 'submitted') return `These figures come from Bulwark’s registers for ${when}, when this assessment was submitted. It was submitted before figures were kept, so each record is shown as it is now.`;
  if (basis.reason === 'archived') return `These figures come from Bulwark’s registers for ${when}, when this assessment was archived.`;
  return `These figures come from Bulwark’s registers as of ${when}. They follow the registers until the assessment is submitted.`;
}
