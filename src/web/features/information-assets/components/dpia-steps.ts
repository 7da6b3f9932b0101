// Which of a DPIA's steps may be taken now, and what comes next: the API's rules, read from the DPIA
// as it stands, so the page offers a step only where it would be accepted and otherwise says what is
// still needed. Details and screening can always be changed (a change to a signed-off DPIA reopens
// it); the risks and what the DPIA covers once the screening says a DPIA is required; the DPO advises
// on a complete assessment, until it is signed off; sign-off follows the DPO's advice on this version.
import type { DpiaDetail } from '../../../../contract/dpias';
import type { DpiaStep } from './links';

export type StepOpening = { open: true } | { open: false; needs: string };

const written = (text: string | null) => !!text?.trim();

/** What the assessment still lacks before the DPO can advise on it, in words; none when it is complete. */
export function missingFromAssessment(dpia: DpiaDetail): string[] {
  return [
    !written(dpia.necessity) && 'why the processing is necessary and proportionate',
    !written(dpia.consultation) && 'whom was consulted',
    dpia.assets.length + dpia.flows.length === 0 && 'the assets or data flows it covers',
    dpia.risks.length === 0 && 'at least one risk',
  ].filter((missing): missing is string => !!missing);
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const SCREENING_FIRST = 'Answer the screening questions first: a DPIA is assessed only once its screening says one is required.';
const NOT_REQUIRED = 'The screening says no DPIA is required. Change the screening answers if one is.';
const SIGNED_OFF = 'This DPIA has been signed off. Changing its assessment reopens it for the DPO’s advice and a new sign-off.';

/** Why the DPO cannot advise yet, or null when they can. */
function adviceNeeds(dpia: DpiaDetail): string | null {
  switch (dpia.state) {
    case 'awaiting-dpo-advice':
    case 'awaiting-sign-off':
      return null;
    case 'screening':
      return SCREENING_FIRST;
    case 'not-required':
      return NOT_REQUIRED;
    case 'required':
    case 'in-progress':
      return `The DPO advises on a complete assessment: it still needs ${listed(missingFromAssessment(dpia))}.`;
    default:
      return SIGNED_OFF;
  }
}

export function stepOpening(dpia: DpiaDetail, step: DpiaStep): StepOpening {
  const needs = (() => {
    switch (step) {
      case 'change':
      case 'screening':
        return null;
      case 'risks':
      case 'links':
        return dpia.state === 'screening' ? SCREENING_FIRST : dpia.state === 'not-required' ? NOT_REQUIRED : null;
      case 'advice':
        return adviceNeeds(dpia);
      case 'sign-off':
        if (dpia.state === 'awaiting-sign-off') return null;
        if (dpia.state === 'awaiting-dpo-advice') {
          return dpia.dpoAdvice?.onEarlierVersion
            ? 'The DPO’s advice was on an earlier version of the assessment: the DPO advises on this version before it is signed off.'
            : 'The DPO’s advice on the assessment comes before sign-off.';
        }
        return adviceNeeds(dpia);
    }
  })();
  return needs === null ? { open: true } : { open: false, needs };
}

/** The step that moves the DPIA on from where it stands, and who takes it; null once it is decided. */
export function nextStep(dpia: DpiaDetail): { step: DpiaStep; words: string } | null {
  switch (dpia.state) {
    case 'screening':
      return { step: 'screening', words: 'Answer the screening questions.' };
    case 'required':
    case 'in-progress': {
      const missing = missingFromAssessment(dpia);
      const step: DpiaStep = !written(dpia.necessity) || !written(dpia.consultation) ? 'change' : dpia.assets.length + dpia.flows.length === 0 ? 'links' : 'risks';
      return { step, words: `Complete the assessment, which still needs ${listed(missing)}.` };
    }
    case 'awaiting-dpo-advice':
      return { step: 'advice', words: 'The DPO gives their advice on this version of the assessment.' };
    case 'awaiting-sign-off':
      return { step: 'sign-off', words: 'The SIRO, the Information Asset Owner or an administrator signs it off, with the DPO’s advice in front of them.' };
    case 'review-due':
      return { step: 'change', words: 'Review the DPIA: check the processing and its risks, and set the next review date.' };
    default:
      return null;
  }
}
