// The notification grid of the NHS guide to notifying data security and protection incidents: the
// likelihood that people have been affected against the severity of the harm, each scored 1 to 5.
// Reportable to the ICO from likelihood 3 and severity 2; when DHSC and NHS England are told as well
// is the organisation's setting (its reading of the guide), from both scores at or above a threshold.
import type { Reportability } from '../../../contract/incidents.js';

export const LIKELIHOOD_LABELS = ['Has not occurred', 'Not likely', 'Likely', 'Highly likely', 'Has occurred'] as const;
export const HARM_LABELS = ['No adverse effect', 'Minor', 'Adverse', 'Serious', 'Catastrophic'] as const;

export const ICO_LIKELIHOOD_AT_LEAST = 3;
export const ICO_HARM_AT_LEAST = 2;

export interface DhscThreshold {
  likelihoodAtLeast: number;
  harmAtLeast: number;
}

/** Our default: likely or worse, and serious or worse. Each organisation can set its own. */
export const DEFAULT_DHSC_THRESHOLD: DhscThreshold = { likelihoodAtLeast: 3, harmAtLeast: 4 };

/** The ICO rule alone: null until both scores are given. */
export function icoReportable(likelihood: number | null, harm: number | null): boolean | null {
  if (likelihood === null || harm === null) return null;
  return likelihood >= ICO_LIKELIHOOD_AT_LEAST && harm >= ICO_HARM_AT_LEAST;
}

export function reportabilityOf(likelihood: number | null, harm: number | null, dhsc: DhscThreshold = DEFAULT_DHSC_THRESHOLD): Reportability {
  if (likelihood === null || harm === null) {
    return { likelihood, harm, ico: null, dhscNhse: null, reason: 'Not yet graded: give the likelihood and the severity of harm.' };
  }
  const ico = icoReportable(likelihood, harm) === true;
  const dhscNhse = ico && likelihood >= dhsc.likelihoodAtLeast && harm >= dhsc.harmAtLeast;
  const graded = `Likelihood ${likelihood} (${LIKELIHOOD_LABELS[likelihood - 1]}), severity ${harm} (${HARM_LABELS[harm - 1]})`;
  const reason = !ico
    ? `${graded}: below the ICO threshold (likelihood 3 or more and severity 2 or more).`
    : dhscNhse
      ? `${graded}: report to the ICO, and to DHSC and NHS England (this organisation’s threshold is likelihood ${dhsc.likelihoodAtLeast} and severity ${dhsc.harmAtLeast}).`
      : `${graded}: report to the ICO within 72 hours of becoming aware.`;
  return { likelihood, harm, ico, dhscNhse, reason };
}
