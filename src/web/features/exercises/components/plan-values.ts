// The plan of an exercise as the form holds it (text as typed, rows that may be blank) and the body
// sent to plan it. Choosing a scenario fills the rows from the library; each stays editable.
import type { ExerciseFormat, NewExerciseBody, Scenario } from '../../../../contract/exercises';
import type { FieldError } from '../../../lib/api-client';
import { wholeNumber } from '../../../lib/form-problems';

export interface InjectRow {
  atMinute: string;
  text: string;
}

export interface DecisionPointRow {
  /** The scenario's key, kept so the same decision point compares across exercises; blank for a new one. */
  key: string;
  label: string;
  targetMinutes: string;
}

export interface ParticipantRow {
  name: string;
  role: string;
}

export interface PlanValues {
  scenarioId: string | null;
  title: string;
  format: ExerciseFormat | '';
  plannedFor: string;
  description: string;
  objectives: string[];
  injects: InjectRow[];
  decisionPoints: DecisionPointRow[];
  participants: ParticipantRow[];
}

export const CUSTOM_PLAN: PlanValues = {
  scenarioId: null,
  title: '',
  format: '',
  plannedFor: '',
  description: '',
  objectives: [''],
  injects: [{ atMinute: '', text: '' }],
  decisionPoints: [{ key: '', label: '', targetMinutes: '' }],
  participants: [{ name: '', role: 'facilitator' }],
};

/**
 * The plan filled from a scenario: its objectives, injects and decision points with their targets,
 * and a row for each of its roles to name someone in. The title and date typed so far stay.
 */
export function planFromScenario(scenario: Scenario, current: PlanValues): PlanValues {
  return {
    ...current,
    scenarioId: scenario.id,
    title: current.title.trim() ? current.title : scenario.title,
    objectives: [...scenario.objectives],
    injects: scenario.injects.map((inject) => ({ atMinute: String(inject.atMinute), text: inject.text })),
    decisionPoints: scenario.decisionPoints.map((point) => ({ key: point.key, label: point.label, targetMinutes: String(point.targetMinutes) })),
    participants: scenario.roles.map((role) => ({ name: '', role })),
  };
}

/** A key for a decision point added by hand, from its words: "Tell the SIRO" → "tell-the-siro". */
export function keyFromLabel(label: string): string {
  const key = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/, '');
  return key || 'decision';
}

/** The request body, or the problems found before sending, named as the API names its fields. */
export function planBody(values: PlanValues): { body: NewExerciseBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.title.trim()) errors.push({ field: 'title', message: 'Enter a title for the exercise' });
  if (!values.format) errors.push({ field: 'format', message: 'Choose how the exercise is run' });

  const injects = values.injects.flatMap((row, index) => {
    if (!row.atMinute.trim() && !row.text.trim()) return [];
    const atMinute = wholeNumber(row.atMinute);
    if (atMinute === null) errors.push({ field: 'injects', message: `Enter the minute of inject ${index + 1} as a whole number, such as 15` });
    if (!row.text.trim()) errors.push({ field: 'injects', message: `Say what inject ${index + 1} tells the players` });
    return atMinute === null ? [] : [{ atMinute, text: row.text.trim() }];
  });

  const used = new Set<string>();
  const decisionPoints = values.decisionPoints.flatMap((row, index) => {
    if (!row.label.trim() && !row.targetMinutes.trim()) return [];
    const targetMinutes = wholeNumber(row.targetMinutes);
    if (!row.label.trim()) errors.push({ field: 'decisionPoints', message: `Say what decision point ${index + 1} is` });
    if (targetMinutes === null) errors.push({ field: 'decisionPoints', message: `Enter the target for decision point ${index + 1} in whole minutes, such as 30` });
    const key = uniqueKey(row.key || keyFromLabel(row.label), used);
    return targetMinutes === null ? [] : [{ key, label: row.label.trim(), targetMinutes }];
  });

  const body: NewExerciseBody = {
    title: values.title.trim(),
    scenarioId: values.scenarioId,
    format: values.format || 'tabletop',
    description: values.description.trim() || null,
    plannedFor: values.plannedFor || null,
    objectives: values.objectives.map((objective) => objective.trim()).filter(Boolean),
    injects,
    decisionPoints,
    participants: values.participants.filter((row) => row.name.trim()).map((row) => ({ name: row.name.trim(), role: row.role })),
  };
  return { body, errors };
}

function uniqueKey(key: string, used: Set<string>): string {
  let candidate = key;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${key}-${n}`;
  used.add(candidate);
  return candidate;
}
