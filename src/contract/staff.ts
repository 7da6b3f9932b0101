// The API contract for the staff register: the people an ESR extract names, where each stands on a
// day (current, leaver, future starter, new starter), their assignments, and the joiners, movers and
// leavers each staff import found. Staff files come in through the import routes (kind `staff`).
import { z } from 'zod';

export const STAFF_STATUSES = ['current', 'leaver', 'future'] as const;
export type StaffStatusName = (typeof STAFF_STATUSES)[number];
/** What the register may be filtered to: a status, or new starters (current people within their induction window). */
export const STAFF_FILTERS = ['current', 'leaver', 'future', 'new'] as const;

export const STAFF_CHANGE_KINDS = ['joined', 'moved', 'left'] as const;

const instant = z.string().max(40);
const inductionDays = z.coerce.number().int().min(1).max(365).optional();

export const staffListQuery = z.object({
  asOf: instant.optional(),
  status: z.enum(STAFF_FILTERS).optional(),
  department: z.string().max(200).optional(),
  staffGroup: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  inductionDays,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type StaffListQuery = z.infer<typeof staffListQuery>;

export const staffSummary = z.object({
  employeeNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  knownAs: z.string().nullable(),
  status: z.enum(STAFF_STATUSES),
  newStarter: z.boolean(),
  division: z.string().nullable(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  staffGroup: z.string().nullable(),
  /** The assignment the division, department, position and staff group come from. */
  attributedAssignment: z.string().nullable(),
  email: z.string().nullable(),
  /** The line manager's employee number: the supervisor ESR gives for the attributed assignment. */
  lineManager: z.string().nullable(),
});
export type StaffSummary = z.infer<typeof staffSummary>;

export const staffCounts = z.object({ current: z.number(), leaver: z.number(), future: z.number(), new: z.number(), total: z.number() });

export const staffList = z.object({
  asOf: z.string(),
  /** The UK calendar day the statuses are for. */
  day: z.string(),
  inductionDays: z.number(),
  /** Over the whole register, before the filters: how many people have each status. */
  counts: staffCounts,
  /** How many people match the filters, over all pages. */
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(staffSummary),
});
export type StaffList = z.infer<typeof staffList>;

export const staffAssignment = z.object({
  assignmentNumber: z.string(),
  division: z.string().nullable(),
  department: z.string().nullable(),
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  staffGroup: z.string().nullable(),
  category: z.string().nullable(),
  primary: z.boolean(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  email: z.string().nullable(),
  fte: z.number().nullable(),
  /** The line manager's employee number, as ESR gives the assignment's supervisor. */
  supervisorEmployeeNumber: z.string().nullable(),
  current: z.boolean(),
});

export const staffDetail = staffSummary.extend({ asOf: z.string(), day: z.string(), assignments: z.array(staffAssignment) });
export type StaffDetail = z.infer<typeof staffDetail>;

export const staffDetailQuery = z.object({ asOf: instant.optional(), inductionDays });

export const staffChangesQuery = z.object({
  /** An import's run id (the changes of the imports after it), or a date or instant (of the imports since then). */
  since: z.string().max(64).optional(),
});

const standing = z.object({
  status: z.enum(STAFF_STATUSES),
  division: z.string().nullable(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  staffGroup: z.string().nullable(),
});

export const staffChange = z.object({
  runId: z.string(),
  asOf: z.string(),
  importedAt: z.string(),
  employeeNumber: z.string(),
  name: z.string(),
  change: z.enum(STAFF_CHANGE_KINDS),
  before: standing.nullable(),
  after: standing,
});

export const staffChanges = z.object({
  /** The imports whose changes are listed, oldest first. */
  imports: z.array(z.object({ runId: z.string(), asOf: z.string(), importedAt: z.string() })),
  counts: z.object({ joined: z.number(), moved: z.number(), left: z.number() }),
  items: z.array(staffChange),
});
export type StaffChanges = z.infer<typeof staffChanges>;
