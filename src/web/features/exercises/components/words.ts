// The exercises' words: the contract's codes as people say them, and the tag colour of each state.
// The labels are copied from the contract (the web app imports its types only, never its code); the
// Record types make the compiler notice when the contract gains a value.
import type { TagColour } from '../../../components/Tag';
import type {
  Bottleneck,
  BottleneckOutcome,
  DecisionState,
  ExerciseActionStatus,
  ExerciseFormat,
  ExerciseRole,
  ExerciseStatus,
  FindingSeverity,
} from '../../../../contract/exercises';

export const BOTTLENECK_LABELS: Record<Bottleneck, string> = {
  detection: 'Detection',
  triage: 'Triage',
  escalation: 'Escalation',
  decision: 'Decision-making',
  communication: 'Communication',
  'technical-recovery': 'Technical recovery',
  supplier: 'Supplier',
};

/** The bottlenecks in the contract's order, for table columns and groups. */
export const BOTTLENECK_ORDER = Object.keys(BOTTLENECK_LABELS) as Bottleneck[];

export const FORMAT_LABELS: Record<ExerciseFormat, string> = {
  tabletop: 'Tabletop discussion',
  walkthrough: 'Walk-through of the plan',
  simulation: 'Simulation with injects',
  live: 'Live test of systems and people',
};

export const STATUS_WORDS: Record<ExerciseStatus, { text: string; colour: TagColour }> = {
  planned: { text: 'Planned', colour: 'blue' },
  running: { text: 'Running', colour: 'yellow' },
  completed: { text: 'Completed', colour: 'green' },
};

export const ROLE_LABELS: Record<ExerciseRole, string> = {
  facilitator: 'Facilitator',
  'incident-lead': 'Incident lead',
  siro: 'SIRO',
  'caldicott-guardian': 'Caldicott Guardian',
  dpo: 'Data protection officer',
  'it-on-call': 'IT on call',
  'soc-analyst': 'Security analyst',
  communications: 'Communications',
  'business-continuity': 'Business continuity lead',
  'clinical-lead': 'Clinical lead',
  supplier: 'Supplier',
  observer: 'Observer',
};

/** A participant's role in words: one of ours, or the free text someone typed. */
export function roleWords(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export const SEVERITY_WORDS: Record<FindingSeverity, { text: string; colour: TagColour }> = {
  high: { text: 'High', colour: 'red' },
  medium: { text: 'Medium', colour: 'orange' },
  low: { text: 'Low', colour: 'grey' },
};

export const DECISION_STATE_WORDS: Record<DecisionState, { text: string; colour: TagColour }> = {
  pending: { text: 'Pending', colour: 'grey' },
  due: { text: 'Due', colour: 'yellow' },
  overdue: { text: 'Overdue', colour: 'red' },
  met: { text: 'Met', colour: 'green' },
  late: { text: 'Late', colour: 'orange' },
};

export const ACTION_STATUS_WORDS: Record<ExerciseActionStatus, { text: string; colour: TagColour }> = {
  open: { text: 'Open', colour: 'grey' },
  'in-progress': { text: 'In progress', colour: 'blue' },
  done: { text: 'Done', colour: 'green' },
};

/** Whether the latest exercise shows a bottleneck closed, in words a board member reads. */
export const OUTCOME_WORDS: Record<BottleneckOutcome, { text: string; colour: TagColour }> = {
  closed: { text: 'Closed: not found again', colour: 'green' },
  recurred: { text: 'Recurred: found again', colour: 'red' },
  'actions-open': { text: 'Not found again, but actions are still open', colour: 'yellow' },
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 min", "1 h 30 min": minutes on an exercise's clock as people say them. */
export function minutesWords(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A decision point's minutes against its target: "On target", "5 min late", "2 min early". */
export function varianceWords(variance: number | null): string {
  if (variance === null) return '';
  if (variance === 0) return 'On target';
  return variance > 0 ? `${minutesWords(variance)} late` : `${minutesWords(-variance)} early`;
}
