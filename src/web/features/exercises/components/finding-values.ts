// A finding as its form holds it, and the body sent: blank action rows are left out, and an action
// with a date or an owner but no words is a problem named before sending.
import type { Bottleneck, FindingBody, FindingSeverity } from '../../../../contract/exercises';
import type { FieldError } from '../../../lib/api-client';

export interface ActionRow {
  title: string;
  ownerId: string;
  dueOn: string;
}

export interface FindingValues {
  title: string;
  detail: string;
  bottleneck: Bottleneck | '';
  severity: FindingSeverity | '';
  decisionPointId: string;
  actions: ActionRow[];
}

export const BLANK_ACTION: ActionRow = { title: '', ownerId: '', dueOn: '' };
export const BLANK_FINDING: FindingValues = { title: '', detail: '', bottleneck: '', severity: '', decisionPointId: '', actions: [BLANK_ACTION] };

export function findingBody(values: FindingValues): { body: FindingBody | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.title.trim()) errors.push({ field: 'title', message: 'Say in a few words what was found' });
  if (!values.bottleneck) errors.push({ field: 'bottleneck', message: 'Choose where the response was slowed or went wrong' });
  if (!values.severity) errors.push({ field: 'severity', message: 'Choose how serious the finding is' });
  const actions = values.actions.flatMap((row, index) => {
    if (!row.title.trim() && !row.ownerId && !row.dueOn) return [];
    if (!row.title.trim()) errors.push({ field: 'actions', message: `Say what is to be done in action ${index + 1}` });
    return [{ title: row.title.trim(), ownerId: row.ownerId || null, dueOn: row.dueOn || null }];
  });
  if (errors.length > 0 || !values.bottleneck || !values.severity) return { body: null, errors };
  return {
    body: {
      title: values.title.trim(),
      detail: values.detail.trim() || null,
      bottleneck: values.bottleneck,
      severity: values.severity,
      decisionPointId: values.decisionPointId || null,
      actions,
    },
    errors,
  };
}
