// What people do with exercises of the incident response plan, one use case per line; the detail lives
// in the file named. Routes, the demo and other modules reach exercises through here only.

// Reading: the scenario library, the list and one exercise with the clock as of an instant, every
// action across exercises, and the comparison over time.
export { compareExercisesOverTime, exerciseScenarios, getExercise, listExerciseActions, listExercises } from './exercise-reading.js';

// Planning: from a scenario or from scratch, and changing the plan before the clock starts.
export { changeExercise, createExercise } from './exercise-planning.js';

// Running: the clock, decision points reached, injects released, observations; stopping records the
// exercise as evidence for CAF D1.c.
export { addObservation, recordDecision, releaseInject, startExercise, stopExercise } from './exercise-run.js';

// Reviewing: findings with their bottleneck, and the actions that follow.
export { addAction, addFinding, changeAction, changeFinding } from './exercise-review.js';

export type { ExerciseChangeContext } from './exercise-records.js';

// The rules other code may want to show or reuse.
export { DUE_SHARE, decisionStanding, minutesElapsed } from './domain/decision-state.js';
export { scenarioLibrary } from './scenario-library.js';
