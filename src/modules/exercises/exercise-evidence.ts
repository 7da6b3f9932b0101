// A completed exercise recorded in the evidence library: CAF D1.c asks that the incident response plan
// is tested and exercised, and the record of the run is what shows it. The library keeps no link to
// requirements of its own (links belong to an assessment's answers, which their owners choose), so the
// item names D1.c in its title and description for whoever links it.
import { EXERCISE_FORMAT_LABELS, type ExerciseDetail } from '../../contract/exercises.js';
import { ukDateOf } from '../../platform/as-of.js';
import { addEvidence } from '../evidence/service.js';
import type { ExerciseChangeContext } from './exercise-records.js';
import { findScenario } from './scenario-library.js';

const EVIDENCE_TITLE_MAX = 200;

/** The same day a year on (28 February for 29 February): when the record should be looked at again. */
export function yearLater(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  return next.getUTCMonth() === m - 1 ? next.toISOString().slice(0, 10) : `${y + 1}-02-28`;
}

function decisionLine(d: ExerciseDetail['decisionPoints'][number]): string {
  const reached = d.actualMinutes === null ? 'not reached' : `reached at minute ${d.actualMinutes} (${d.state === 'met' ? 'met' : `${d.varianceMinutes} minutes late`})`;
  return `- ${d.label}: target minute ${d.targetMinutes}, ${reached}`;
}

/** The summary of a completed exercise, as the note kept in the library. */
export function exerciseRecordText(exercise: ExerciseDetail): string {
  const scenario = exercise.scenarioId ? findScenario(exercise.scenarioId) : undefined;
  const minutes = Math.floor((Date.parse(exercise.endedAt!) - Date.parse(exercise.startedAt!)) / 60_000);
  const released = exercise.injects.filter((i) => i.releasedAt !== null).length;
  return [
    `${exercise.reference}: ${exercise.title}`,
    `${EXERCISE_FORMAT_LABELS[exercise.format]}${scenario ? `, scenario "${scenario.title}"` : ''}.`,
    `Ran from ${exercise.startedAt} to ${exercise.endedAt} (${minutes} minutes), with ${exercise.participants.length} participants.`,
    '',
    `Decision points: ${exercise.decisionsMet} met, ${exercise.decisionsLate} late, ${exercise.decisionsMissed} not reached.`,
    ...exercise.decisionPoints.map(decisionLine),
    '',
    `Injects released: ${released} of ${exercise.injects.length}. Observations recorded: ${exercise.observations.length}.`,
    ...(exercise.objectives.length ? ['', 'Objectives:', ...exercise.objectives.map((o) => `- ${o}`)] : []),
  ].join('\n');
}

/** Adds the evidence item for a completed exercise; its id. */
export async function recordExerciseEvidence(ctx: ExerciseChangeContext, orgId: string, exercise: ExerciseDetail): Promise<string> {
  const endedOn = ukDateOf(new Date(exercise.endedAt!));
  const title = `Exercise ${exercise.reference}: ${exercise.title}`;
  const item = await addEvidence(ctx, orgId, {
    kind: 'note',
    title: title.length > EVIDENCE_TITLE_MAX ? `${title.slice(0, EVIDENCE_TITLE_MAX - 1)}…` : title,
    description: `Record of an exercise of the incident response plan, completed on ${endedOn}: evidence for CAF D1.c (testing and exercising).`,
    noteText: exerciseRecordText(exercise),
    validFrom: endedOn,
    reviewOn: yearLater(endedOn),
  });
  return item.id;
}
