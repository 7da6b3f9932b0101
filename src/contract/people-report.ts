// The people report: one answer to an auditor's questions about the workforce on a day, joining the
// staff register, training compliance and directory findings (`bulwark people report`).
import { z } from 'zod';
import { complianceLine } from './training.js';
import { FINDING_KEYS, FINDING_SEVERITIES } from './directory.js';

export const peopleReport = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  /** The UK calendar day every figure is for. */
  day: z.string(),
  staff: z.object({ current: z.number(), newStarters: z.number(), futureStarters: z.number(), leavers: z.number(), total: z.number() }),
  training: z.object({
    targetPercent: z.number(),
    /** Current staff who are not new starters: compliant of staff. */
    overall: complianceLine,
    /** Below target first. */
    departments: z.array(complianceLine),
    newStarters: z.object({ total: z.number(), inductionDone: z.number(), inductionNotDone: z.number() }),
    inductionOnTime: z.object({ onTime: z.number(), due: z.number(), percent: z.number().nullable() }),
    overdue: z.number(),
    /** Completions by people the staff register does not hold (agency, locums): in no denominator. */
    unmatched: z.object({
      count: z.number(),
      records: z.array(z.object({ employeeNumber: z.string().nullable(), name: z.string().nullable(), courseName: z.string(), completedOn: z.string() })),
    }),
  }),
  accounts: z.object({
    directories: z.array(z.object({ name: z.string(), kind: z.string(), lastImportAsOf: z.string().nullable() })),
    counts: z.object({ accounts: z.number(), enabled: z.number(), privileged: z.number(), matched: z.number() }),
    /** Every finding, most severe first, with the names of its accounts (a person's name for staff without one). */
    findings: z.array(z.object({ key: z.enum(FINDING_KEYS), severity: z.enum(FINDING_SEVERITIES), title: z.string(), count: z.number(), accounts: z.array(z.string()) })),
  }),
});
export type PeopleReport = z.infer<typeof peopleReport>;
