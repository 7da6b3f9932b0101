// The API contract for training and induction compliance: the organisation's courses and settings,
// and the compliance report for a day (by organisation, department and staff group; new starters;
// induction on time; overdue staff by line manager; completions of people not in the staff register;
// CPD hours of security staff). Completions come in through the import routes (kind `training`).
import { z } from 'zod';

export const COURSE_KINDS = ['awareness', 'induction', 'cpd', 'other'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

const instant = z.string().max(40);
const name = z.string().trim().min(1).max(200);

export const trainingCourse = z.object({
  id: z.string(),
  /** Short and stable within the organisation: `data-security-awareness`. */
  code: z.string(),
  name: z.string(),
  kind: z.enum(COURSE_KINDS),
  /** Months a completion stays in date; null when it never expires (induction). */
  validityMonths: z.number().int().nullable(),
  /** Whether completions of it count; one that does not is ignored like a course nobody configured. */
  counts: z.boolean(),
  /** The names e-learning exports give it, besides its own name; matched ignoring case, spaces and punctuation. */
  knownAs: z.array(z.string()),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TrainingCourse = z.infer<typeof trainingCourse>;

export const trainingCourseList = z.object({ items: z.array(trainingCourse) });

export const trainingCourseBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and hyphens, up to 60'),
  name,
  kind: z.enum(COURSE_KINDS),
  validityMonths: z.number().int().min(1).max(120).nullable(),
  counts: z.boolean(),
  knownAs: z.array(name).max(50).default([]),
});
export type TrainingCourseBody = z.infer<typeof trainingCourseBody>;

/** A change to a course, made against the version read. */
export const trainingCourseChange = trainingCourseBody.extend({ version: z.number().int().min(1) });
export type TrainingCourseChange = z.infer<typeof trainingCourseChange>;

export const courseVersionQuery = z.object({ version: z.coerce.number().int().min(1) });

const names = z.array(z.string().trim().min(1).max(200)).max(200);

export const securityStaff = z.object({
  departments: names,
  staffGroups: names,
  employeeNumbers: z.array(z.string().trim().min(1).max(30)).max(2000),
});
export type SecurityStaff = z.infer<typeof securityStaff>;

export const trainingSettingsValues = z.object({
  /** The share of current staff (new starters left out) who should be in date, as a percentage. */
  targetPercent: z.number().min(0).max(100),
  /** Days from starting within which induction is due, and during which a new starter is shown apart. */
  inductionDays: z.number().int().min(1).max(365),
  /** Who counts as security staff for CPD hours: any of these departments, staff groups or people. */
  securityStaff,
  /** CPD hours expected of each member of security staff over 12 months. */
  cpdHoursPerYear: z.number().min(0).max(1000),
});
export type TrainingSettingsValues = z.infer<typeof trainingSettingsValues>;

export const trainingSettings = trainingSettingsValues.extend({ version: z.number().int() });
export type TrainingSettings = z.infer<typeof trainingSettings>;

/** New settings, against the version read (0 when none have been saved). */
export const trainingSettingsBody = trainingSettingsValues.extend({ version: z.number().int().min(0) });

export const complianceQuery = z.object({ asOf: instant.optional() });

/** One line of a compliance table: a chart's bar, and the row of the table beside it. */
export const complianceLine = z.object({
  /** The department or staff group; "Not recorded" when ESR gives none. */
  name: z.string(),
  compliant: z.number(),
  staff: z.number(),
  /** compliant / staff as a percentage to one decimal place; null when there is nobody to count. */
  percent: z.number().nullable(),
  belowTarget: z.boolean(),
});
export type ComplianceLine = z.infer<typeof complianceLine>;

const person = z.object({
  employeeNumber: z.string(),
  name: z.string(),
  department: z.string().nullable(),
  staffGroup: z.string().nullable(),
});

export const AWARENESS_STATES = ['in-date', 'expired', 'never'] as const;

export const staffTrainingState = person.extend({
  state: z.enum(AWARENESS_STATES),
  /** The latest completion of the awareness course, and when it expires (or expired). */
  lastCompletedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
});
export type StaffTrainingState = z.infer<typeof staffTrainingState>;

export const newStarter = person.extend({
  startedOn: z.string(),
  /** The last day of the induction window. */
  inductionDueBy: z.string(),
  inductionCompletedOn: z.string().nullable(),
});

export const overdueGroup = z.object({
  /** The line manager's employee number; null for people whose assignment names none. */
  lineManager: z.string().nullable(),
  /** Their name when they are in the staff register. */
  lineManagerName: z.string().nullable(),
  people: z.array(staffTrainingState),
});
export type OverdueGroup = z.infer<typeof overdueGroup>;

export const unmatchedCompletion = z.object({
  /** Blank in the file (agency staff, locums) or not in the staff register. */
  employeeNumber: z.string().nullable(),
  name: z.string().nullable(),
  courseName: z.string(),
  courseCode: z.string(),
  completedOn: z.string(),
  expiresOn: z.string().nullable(),
});
export type UnmatchedCompletion = z.infer<typeof unmatchedCompletion>;

export const cpdLine = person.extend({ hours: z.number(), meetsExpected: z.boolean() });

export const trainingCompliance = z.object({
  asOf: z.string(),
  /** The UK calendar day the figures are for. */
  day: z.string(),
  targetPercent: z.number(),
  inductionDays: z.number(),
  /** The awareness courses that count, by code: a person is in date when their latest completion of any of them is. */
  awarenessCourses: z.array(z.string()),
  /** Current staff who are not new starters. */
  organisation: complianceLine,
  /** Below target first (lowest first), then the rest by name. */
  departments: z.array(complianceLine),
  staffGroups: z.array(complianceLine),
  newStarters: z.object({
    total: z.number(),
    inductionDone: z.number(),
    inductionNotDone: z.number(),
    people: z.array(newStarter),
  }),
  /** Of the current staff whose induction window ended in the 12 months up to the day, how many completed induction within it. */
  inductionOnTime: z.object({ from: z.string(), to: z.string(), onTime: z.number(), due: z.number(), percent: z.number().nullable(), late: z.array(newStarter) }),
  overdue: z.object({ total: z.number(), byLineManager: z.array(overdueGroup) }),
  completions: z.object({
    /** Every completion held that was done by the day. */
    held: z.number(),
    /** Completions of a counted course by someone in the staff register. */
    matched: z.number(),
    /** Completions of a counted course whose employee number is blank or not in the register: counted in no figure. */
    unmatched: z.number(),
    /** Completions of courses no counted course matches. */
    ignored: z.number(),
    /** The course names ignored, with how many completions each, most first. */
    ignoredCourses: z.array(z.object({ courseName: z.string(), completions: z.number() })),
  }),
  unmatched: z.array(unmatchedCompletion),
  cpd: z.object({ from: z.string(), to: z.string(), hoursExpected: z.number(), meetingExpected: z.number(), people: z.array(cpdLine) }),
});
export type TrainingCompliance = z.infer<typeof trainingCompliance>;

export const departmentCompliance = z.object({
  asOf: z.string(),
  day: z.string(),
  line: complianceLine,
  /** Current staff (not new starters): not in date first, then by name. */
  people: z.array(staffTrainingState),
  newStarters: z.array(newStarter),
});
export type DepartmentCompliance = z.infer<typeof departmentCompliance>;

export const overdueByManager = z.object({ asOf: z.string(), day: z.string(), total: z.number(), byLineManager: z.array(overdueGroup) });
export const unmatchedList = z.object({ asOf: z.string(), day: z.string(), items: z.array(unmatchedCompletion) });
