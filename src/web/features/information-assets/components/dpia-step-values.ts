// What the DPIA's other steps hold in their forms and send: the assets and data flows it covers (the
// lists replace those held), the DPO's advice, and the sign-off with its conditions and review date;
// and the DPIA in words, to show what a colleague changed when their save came first.
import type { AdviceBody, DpiaDetail, LinksBody, SignOffBody, SignOffOutcome } from '../../../../contract/dpias';
import type { FieldError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { Fact } from './facts';
import { risksFacts } from './dpia-risk-values';
import { SIGN_OFF_OUTCOME_LABELS } from './dpia-words';

export interface LinksValues {
  assetIds: string[];
  flowIds: string[];
}

/** A checkbox for an asset or a flow: its id and its name. */
export interface LinkItem {
  value: string;
  label: string;
}

/** The live ones, then any the DPIA covers that are no longer among them (archived), each once. */
export function dpiaLinkItems(live: ReadonlyArray<{ id: string; name: string }>, linked: DpiaDetail['assets']): LinkItem[] {
  const items = live.map((record) => ({ value: record.id, label: record.name }));
  const listed = new Set(items.map((item) => item.value));
  const kept: LinkItem[] = [];
  for (const link of linked) {
    if (listed.has(link.id)) continue;
    listed.add(link.id);
    kept.push({ value: link.id, label: link.archived ? `${link.name} (archived)` : link.name });
  }
  return [...items, ...kept];
}

export function linksValuesOf(dpia: DpiaDetail): LinksValues {
  return { assetIds: dpia.assets.map((asset) => asset.id), flowIds: dpia.flows.map((flow) => flow.id) };
}

/** Both lists whole, on the version the change rests on: ticking none is a choice the API may take. */
export function linksBodyOf(_read: LinksValues, edited: LinksValues, version: number): { body: LinksBody; errors: FieldError[] } {
  return { body: { assetIds: [...edited.assetIds], flowIds: [...edited.flowIds], version }, errors: [] };
}

export interface AdviceValues {
  advice: string;
}

/** The advice held, if any, to start from: giving it again replaces it. */
export function adviceValuesOf(dpia: DpiaDetail): AdviceValues {
  return { advice: dpia.dpoAdvice?.advice ?? '' };
}

const MAX_ADVICE = 20_000;

export function adviceBodyOf(_read: AdviceValues, edited: AdviceValues, version: number): { body: AdviceBody; errors: FieldError[] } {
  const advice = edited.advice.trim();
  const errors: FieldError[] = [];
  if (!advice) errors.push({ field: 'advice', message: 'Enter the DPO’s advice' });
  else if (advice.length > MAX_ADVICE) errors.push({ field: 'advice', message: `The advice must be ${MAX_ADVICE.toLocaleString('en-GB')} characters or fewer` });
  return { body: { advice, version }, errors };
}

export interface SignOffValues {
  outcome: SignOffOutcome | '';
  conditions: string;
  reviewOn: string;
}

/** A fresh sign-off starts from the review date the DPIA holds, if any. */
export function signOffValuesOf(dpia: DpiaDetail): SignOffValues {
  return { outcome: dpia.signOff?.outcome ?? '', conditions: dpia.signOff?.conditions ?? '', reviewOn: dpia.reviewOn ?? '' };
}

export const isApproval = (outcome: SignOffOutcome | '') => outcome === 'approved' || outcome === 'approved-with-conditions';

/**
 * The outcome with what it needs: conditions only with approval with conditions (any typed before
 * choosing another outcome are dropped), a review date with approval. Whether the date is after
 * today is the API's to say, by the UK calendar.
 */
export function signOffBodyOf(_read: SignOffValues, edited: SignOffValues, version: number): { body: SignOffBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const conditions = edited.conditions.trim();
  if (!edited.outcome) errors.push({ field: 'outcome', message: 'Choose the outcome of the sign-off' });
  if (edited.outcome === 'approved-with-conditions' && !conditions) errors.push({ field: 'conditions', message: 'Say what the conditions of the approval are' });
  if (isApproval(edited.outcome) && !edited.reviewOn) errors.push({ field: 'reviewOn', message: 'Give the date the DPIA is next to be reviewed: an approved DPIA is kept under review' });
  const body: SignOffBody = {
    outcome: edited.outcome || 'not-approved',
    conditions: edited.outcome === 'approved-with-conditions' ? conditions : null,
    reviewOn: edited.reviewOn || null,
    version,
  };
  return { body, errors };
}

const names = (links: DpiaDetail['assets']) => links.map((link) => `${link.name}${link.archived ? ' (archived)' : ''}`).join(', ') || 'None';

/** The DPIA's assessment (as far as these steps touch it), advice and sign-off in words, one fact each, to show what a colleague changed. */
export function dpiaStepFacts(dpia: DpiaDetail): Array<Fact<string>> {
  const advice = dpia.dpoAdvice;
  const signOff = dpia.signOff;
  return [
    { field: 'necessity', key: 'Why it is necessary', text: dpia.necessity ?? 'Not recorded' },
    { field: 'consultation', key: 'Whom it consulted', text: dpia.consultation ?? 'Not recorded' },
    ...risksFacts(dpia),
    { field: 'assets', key: 'Information assets covered', text: names(dpia.assets) },
    { field: 'flows', key: 'Data flows covered', text: names(dpia.flows) },
    { field: 'advice', key: 'DPO’s advice', text: advice ? `${advice.advice} (${advice.by?.name ?? 'someone'}, ${formatDateTime(advice.at)})` : 'Not given' },
    {
      field: 'signOff',
      key: 'Sign-off',
      text: signOff ? `${SIGN_OFF_OUTCOME_LABELS[signOff.outcome]}${signOff.conditions ? `: ${signOff.conditions}` : ''} (${signOff.by?.name ?? 'someone'}, ${formatDateTime(signOff.at)})` : 'Not signed off',
    },
    { field: 'reviewOn', key: 'Review date', text: formatDate(dpia.reviewOn, 'None') },
  ];
}
