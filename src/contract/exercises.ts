// The API contract for incident-response exercises: planned from a scenario in our library (or a
// custom one), run against a live clock that records when each decision point was reached, and
// reviewed as findings with a bottleneck category that become actions. Exercises compare over time
// and count as evidence for CAF D1.c (testing and exercising).
import { z } from 'zod';

/** Where a finding says the response was slow or went wrong. */
export const BOTTLENECKS = ['detection', 'triage', 'escalation', 'decision', 'communication', 'technical-recovery', 'supplier'] as const;
export type Bottleneck = (typeof BOTTLENECKS)[number];
export const BOTTLENECK_LABELS: Record<Bottleneck, string> = {
  detection: 'Detection',
  triage: 'Triage',
  escalation: 'Escalation',
  decision: 'Decision-making',
  communication: 'Communication',
  'technical-recovery': 'Technical recovery',
  supplier: 'Supplier',
};

/** How the exercise is run. */
export const EXERCISE_FORMATS = ['tabletop', 'walkthrough', 'simulation', 'live'] as const;
export type ExerciseFormat = (typeof EXERCISE_FORMATS)[number];
export const EXERCISE_FORMAT_LABELS: Record<ExerciseFormat, string> = {
  tabletop: 'Tabletop discussion',
  walkthrough: 'Walk-through of the plan',
  simulation: 'Simulation with injects',
  live: 'Live test of systems and people',
};

/** Planned → running (the clock started) → completed (the clock stopped; findings may still be added). */
export const EXERCISE_STATUSES = ['planned', 'running', 'completed'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];
export const EXERCISE_STATUS_LABELS: Record<ExerciseStatus, string> = { planned: 'Planned', running: 'Running', completed: 'Completed' };

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ExerciseActionStatus = (typeof ACTION_STATUSES)[number];

/** The roles people take in an exercise; anyone may also be given a free-text role. */
export const EXERCISE_ROLES = ['facilitator', 'incident-lead', 'siro', 'caldicott-guardian', 'dpo', 'it-on-call', 'soc-analyst', 'communications', 'business-continuity', 'clinical-lead', 'supplier', 'observer'] as const;
export type ExerciseRole = (typeof EXERCISE_ROLES)[number];
export const EXERCISE_ROLE_LABELS: Record<ExerciseRole, string> = {
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

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A decision point of the plan with its target: minutes from the start of the exercise. */
export const decisionPointPlan = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: text(200),
  targetMinutes: z.number().int().min(0).max(60 * 24 * 14),
});
export type DecisionPointPlan = z.infer<typeof decisionPointPlan>;

/** Something the facilitator releases to the players at a planned minute. */
export const injectPlan = z.object({
  atMinute: z.number().int().min(0).max(60 * 24 * 14),
  text: text(2000),
});
export type InjectPlan = z.infer<typeof injectPlan>;

/** A scenario from our library: our own words, with the decision points and targets a Trust starts from. */
export const scenario = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  objectives: z.array(z.string()),
  roles: z.array(z.enum(EXERCISE_ROLES)),
  injects: z.array(injectPlan),
  decisionPoints: z.array(decisionPointPlan),
  /** What the scenario exercises, for choosing one. */
  bottlenecksTested: z.array(z.enum(BOTTLENECKS)),
});
export type Scenario = z.infer<typeof scenario>;
export const scenarioList = z.object({ items: z.array(scenario) });
export type ScenarioList = z.infer<typeof scenarioList>;

export const participant = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  /** Set when the participant is a person with an account here. */
  accountId: z.string().nullable(),
});
export type Participant = z.infer<typeof participant>;

export const inject = z.object({
  id: z.string(),
  atMinute: z.number().int(),
  text: z.string(),
  /** When the facilitator released it during the run. */
  releasedAt: z.string().nullable(),
});
export type Inject = z.infer<typeof inject>;

/** Where a decision point stands against its target. */
export const DECISION_STATES = ['pending', 'due', 'overdue', 'met', 'late'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

export const decisionPoint = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  targetMinutes: z.number().int(),
  /** When it was reached, as recorded on the clock. */
  reachedAt: z.string().nullable(),
  /** Minutes from the start to reaching it (whole minutes, rounded down). */
  actualMinutes: z.number().int().nullable(),
  /** Actual minus target; positive is late. */
  varianceMinutes: z.number().int().nullable(),
  state: z.enum(DECISION_STATES),
  note: z.string().nullable(),
});
export type DecisionPoint = z.infer<typeof decisionPoint>;

export const observation = z.object({
  id: z.string(),
  at: z.string(),
  /** Minutes into the exercise, when it was running. */
  minute: z.number().int().nullable(),
  text: z.string(),
  by: z.string(),
});
export type Observation = z.infer<typeof observation>;

export const exerciseAction = z.object({
  id: z.string(),
  findingId: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  /** Open past its due date, as of the answer's as-of. */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type ExerciseAction = z.infer<typeof exerciseAction>;

export const finding = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  bottleneck: z.enum(BOTTLENECKS),
  severity: z.enum(FINDING_SEVERITIES),
  /** The decision point it is about, if any. */
  decisionPointId: z.string().nullable(),
  actions: z.array(exerciseAction),
  version: z.number().int(),
});
export type Finding = z.infer<typeof finding>;

export const exerciseSummary = z.object({
  id: z.string(),
  orgId: z.string(),
  reference: z.string(),
  title: z.string(),
  scenarioId: z.string().nullable(),
  format: z.enum(EXERCISE_FORMATS),
  status: z.enum(EXERCISE_STATUSES),
  plannedFor: z.string().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  decisionsMet: z.number().int(),
  decisionsLate: z.number().int(),
  decisionsMissed: z.number().int(),
  findingCount: z.number().int(),
  openActions: z.number().int(),
  version: z.number().int(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummary>;

export const exerciseDetail = exerciseSummary.extend({
  description: z.string().nullable(),
  objectives: z.array(z.string()),
  participants: z.array(participant),
  injects: z.array(inject),
  decisionPoints: z.array(decisionPoint),
  observations: z.array(observation),
  findings: z.array(finding),
  /** The evidence item recording the completed exercise (for CAF D1.c), once there is one. */
  evidenceId: z.string().nullable(),
  /** The answer's instant, for the clock: minutes elapsed are computed from it. */
  asOf: z.string(),
});
export type ExerciseDetail = z.infer<typeof exerciseDetail>;

export const exerciseList = z.object({ asOf: z.string(), items: z.array(exerciseSummary) });
export type ExerciseList = z.infer<typeof exerciseList>;

export const newExerciseBody = z.object({
  title: text(300),
  /** A scenario from the library fills objectives, roles, injects and decision points unless given. */
  scenarioId: z.string().max(64).nullish(),
  format: z.enum(EXERCISE_FORMATS),
  description: z.string().trim().max(10_000).nullish(),
  plannedFor: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  objectives: z.array(text(500)).max(30).optional(),
  injects: z.array(injectPlan).max(100).optional(),
  decisionPoints: z.array(decisionPointPlan).max(50).optional(),
  participants: z.array(z.object({ name: text(200), role: text(100), accountId: id.nullish() })).max(100).optional(),
});
export type NewExerciseBody = z.infer<typeof newExerciseBody>;

/** Changes to a planned exercise's plan; once it has started only the title, description and objectives change. */
export const exerciseChangeBody = newExerciseBody.omit({ scenarioId: true }).partial().extend({ version: z.number().int().positive() });
export type ExerciseChangeBody = z.infer<typeof exerciseChangeBody>;

/** Start or stop the clock. `at` defaults to the server's now; it must carry an offset. */
export const clockBody = z.object({ version: z.number().int().positive(), at: z.string().optional() });
export type ClockBody = z.infer<typeof clockBody>;

/** Record a decision point reached (or clear it with reachedAt null). */
export const decisionBody = z.object({ version: z.number().int().positive(), reachedAt: z.string().nullable().optional(), note: z.string().trim().max(2000).nullish() });
export type DecisionBody = z.infer<typeof decisionBody>;

export const injectReleaseBody = z.object({ version: z.number().int().positive(), at: z.string().optional() });

export const observationBody = z.object({ text: text(4000), at: z.string().optional() });
export type ObservationBody = z.infer<typeof observationBody>;

export const findingBody = z.object({
  title: text(300),
  detail: z.string().trim().max(10_000).nullish(),
  bottleneck: z.enum(BOTTLENECKS),
  severity: z.enum(FINDING_SEVERITIES),
  decisionPointId: id.nullish(),
  /** Actions created with the finding: a finding should lead somewhere. */
  actions: z.array(z.object({ title: text(300), ownerId: id.nullish(), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish() })).max(20).optional(),
});
export type FindingBody = z.infer<typeof findingBody>;
export const findingChangeBody = findingBody.omit({ actions: true }).partial().extend({ version: z.number().int().positive() });
export type FindingChangeBody = z.infer<typeof findingChangeBody>;

export const exerciseActionBody = z.object({ title: text(300), ownerId: id.nullish(), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish() });
export const exerciseActionChangeBody = exerciseActionBody.partial().extend({ status: z.enum(ACTION_STATUSES).optional(), version: z.number().int().positive() });
export type ExerciseActionBody = z.infer<typeof exerciseActionBody>;
export type ExerciseActionChangeBody = z.infer<typeof exerciseActionChangeBody>;

/** All of an organisation's exercise actions, the improvement plan across exercises. */
export const exerciseActionList = z.object({
  asOf: z.string(),
  items: z.array(exerciseAction.extend({ exerciseId: z.string(), exerciseReference: z.string(), findingTitle: z.string(), bottleneck: z.enum(BOTTLENECKS) })),
});
export type ExerciseActionList = z.infer<typeof exerciseActionList>;

/** One completed exercise's place in the comparison over time. */
export const comparisonExercise = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  endedAt: z.string(),
  findingsByBottleneck: z.partialRecord(z.enum(BOTTLENECKS), z.number().int()),
  decisionsMet: z.number().int(),
  decisionsLate: z.number().int(),
  decisionsMissed: z.number().int(),
});

/** For each bottleneck found in the earlier exercise: did it close by the latest one? */
export const BOTTLENECK_OUTCOMES = ['closed', 'recurred', 'actions-open'] as const;
export type BottleneckOutcome = (typeof BOTTLENECK_OUTCOMES)[number];

export const exerciseComparison = z.object({
  asOf: z.string(),
  exercises: z.array(comparisonExercise),
  /** Decision points with the same key across exercises: the minutes taken each time. */
  decisionTrends: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(z.object({ exerciseId: z.string(), targetMinutes: z.number().int(), actualMinutes: z.number().int().nullable() })) })),
  /** Latest completed exercise against the one before it; empty with fewer than two. */
  bottlenecks: z.array(z.object({ bottleneck: z.enum(BOTTLENECKS), earlier: z.number().int(), latest: z.number().int(), actionsOpen: z.number().int(), outcome: z.enum(BOTTLENECK_OUTCOMES) })),
});
export type ExerciseComparison = z.infer<typeof exerciseComparison>;
