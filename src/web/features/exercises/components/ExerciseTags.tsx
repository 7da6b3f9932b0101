// An exercise's status, a decision point's state, a finding's severity and an action's status as
// coloured tags, worded the same on every page.
import { Tag } from '../../../components/Tag';
import type { DecisionState, ExerciseAction, ExerciseActionStatus, ExerciseStatus, FindingSeverity } from '../../../../contract/exercises';
import { ACTION_STATUS_WORDS, DECISION_STATE_WORDS, SEVERITY_WORDS, STATUS_WORDS } from './words';

const tagOf = (words: { text: string; colour: Parameters<typeof Tag>[0]['colour'] }) => <Tag colour={words.colour}>{words.text}</Tag>;

export const StatusTag = ({ status }: { status: ExerciseStatus }) => tagOf(STATUS_WORDS[status]);
export const DecisionTag = ({ state }: { state: DecisionState }) => tagOf(DECISION_STATE_WORDS[state]);
export const SeverityTag = ({ severity }: { severity: FindingSeverity }) => tagOf(SEVERITY_WORDS[severity]);
export const ActionStatusTag = ({ status }: { status: ExerciseActionStatus }) => tagOf(ACTION_STATUS_WORDS[status]);

/** An action's status, with "Overdue" beside it when it is open past its due date. */
export function ActionStatusCell({ action }: { action: Pick<ExerciseAction, 'status' | 'overdue'> }) {
  return (
    <>
      <ActionStatusTag status={action.status} /> {action.overdue && <Tag colour="red">Overdue</Tag>}
    </>
  );
}
