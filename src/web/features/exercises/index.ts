// Exercises of the incident response plan: the list, planning one from the scenario library, the
// live exercise with its clock, injects, decision points, observations and findings, the actions
// across every exercise, and how exercises compare over time.
export { ExerciseActionsPage } from './routes/ExerciseActionsPage';
export { ExerciseComparisonPage } from './routes/ExerciseComparisonPage';
export { ExercisePage } from './routes/ExercisePage';
export { ExercisesPage } from './routes/ExercisesPage';
export { PlanExercisePage } from './routes/PlanExercisePage';
