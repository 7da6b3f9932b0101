// An answer as the outcome form holds it (strings, '' for nothing), and the two things done with it:
// the change to send, holding only what the person altered since the answer they started from; and,
// after someone else saved first, their answer with the person's own alterations laid on top.
import type { ResponseChangeBody, ResponseView } from '../../../../contract/assessments';
import { NOT_APPLICABLE } from './words';

export interface ResponseValues {
  level: string;
  notApplicableReason: string;
  overrideReason: string;
  indicatorAnswers: Record<string, string>;
  dimensions: Record<string, string>;
  narrative: string;
  ownerId: string;
  dueOn: string;
  reviewState: ResponseView['reviewState'];
}

type ScalarField = Exclude<keyof ResponseValues, 'indicatorAnswers' | 'dimensions'>;
const SCALARS: ScalarField[] = ['level', 'notApplicableReason', 'overrideReason', 'narrative', 'ownerId', 'dueOn', 'reviewState'];

export function valuesOf(response: ResponseView): ResponseValues {
  return {
    level: response.chosenLevel ?? '',
    notApplicableReason: response.notApplicableReason ?? '',
    overrideReason: response.overrideReason ?? '',
    indicatorAnswers: { ...response.indicatorAnswers },
    dimensions: Object.fromEntries(Object.entries(response.dimensions).map(([id, step]) => [id, String(step)])),
    narrative: response.narrative ?? '',
    ownerId: response.owner?.id ?? '',
    dueOn: response.dueOn ?? '',
    reviewState: response.reviewState,
  };
}

/**
 * What the form would save: a reason that no longer applies (not applicable no longer chosen, the
 * level now agreeing with the indicators) is dropped rather than kept out of sight.
 */
export function effective(values: ResponseValues, overrideNeeded: boolean): ResponseValues {
  return {
    ...values,
    notApplicableReason: values.level === NOT_APPLICABLE ? values.notApplicableReason : '',
    overrideReason: overrideNeeded ? values.overrideReason : '',
  };
}

/** The change from `before` to `after`, field by field; empty text is sent as null. */
export function changesBetween(before: ResponseValues, after: ResponseValues): Omit<ResponseChangeBody, 'version'> {
  const change: Record<string, unknown> = {};
  for (const field of SCALARS) {
    if (before[field] === after[field]) continue;
    change[field] = field === 'reviewState' ? after[field] : after[field].trim() === '' ? null : after[field];
  }
  const answers = changedKeys(before.indicatorAnswers, after.indicatorAnswers);
  if (answers.length > 0) change.indicatorAnswers = Object.fromEntries(answers.map((ref) => [ref, after.indicatorAnswers[ref] || null]));
  const dimensions = changedKeys(before.dimensions, after.dimensions);
  if (dimensions.length > 0) change.dimensions = Object.fromEntries(dimensions.map((id) => [id, after.dimensions[id] ? Number(after.dimensions[id]) : null]));
  return change;
}

/** Their answer with what the person changed (from `original`, the answer they started from) on top. */
export function rebase(original: ResponseValues, mine: ResponseValues, theirs: ResponseValues): ResponseValues {
  const next = { ...theirs, indicatorAnswers: { ...theirs.indicatorAnswers }, dimensions: { ...theirs.dimensions } };
  for (const field of SCALARS) if (mine[field] !== original[field]) (next as Record<ScalarField, string>)[field] = mine[field];
  for (const ref of changedKeys(original.indicatorAnswers, mine.indicatorAnswers)) next.indicatorAnswers[ref] = mine.indicatorAnswers[ref] ?? '';
  for (const id of changedKeys(original.dimensions, mine.dimensions)) next.dimensions[id] = mine.dimensions[id] ?? '';
  return next;
}

function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => (before[key] ?? '') !== (after[key] ?? '')).sort();
}
