// The API contract for the actions made from the register's risk flags: a flag (by its key) becomes
// one action with an owner, a due date and a status; the action keeps what the flag said when it was
// made, and says whether the flag is still raised.
import { z } from 'zod';
import { FLAG_RULES, FLAG_SEVERITIES, REGISTER_ACTION_STATUSES, riskFlag } from './information-assets.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const personId = z.string().min(1).max(100);
const instant = z.string().max(40);

export const newRegisterActionBody = z.object({
  /** The flag's key, from the flags report or an asset's or supplier's flags. */
  flagKey: z.string().min(1).max(400),
  ownerId: personId.nullish(),
  dueOn: date.nullish(),
  /** The date (or instant) the flag was read as of, when not now. */
  asOf: instant.optional(),
});
export type NewRegisterActionBody = z.infer<typeof newRegisterActionBody>;

export const registerActionChangeBody = z.object({
  ownerId: personId.nullish(),
  dueOn: date.nullish(),
  status: z.enum(REGISTER_ACTION_STATUSES).optional(),
  version: z.number().int().min(1),
});
export type RegisterActionChangeBody = z.infer<typeof registerActionChangeBody>;

export const registerAction = z.object({
  id: z.string(),
  flagKey: z.string(),
  rule: z.enum(FLAG_RULES),
  severity: z.enum(FLAG_SEVERITIES),
  /** The asset or supplier the flag was about, with its name when the action was made. */
  subject: riskFlag.shape.subject,
  /** The flag's reason when the action was made. */
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(REGISTER_ACTION_STATUSES),
  /** When it was marked done; null while open or in progress. */
  closedAt: z.string().nullable(),
  /** True when the flag is no longer raised as of the as-of instant: a reviewer can check and close the action. */
  flagCleared: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type RegisterAction = z.infer<typeof registerAction>;
export const registerActionList = z.object({ asOf: z.string(), items: z.array(registerAction) });
export type RegisterActionList = z.infer<typeof registerActionList>;

export const registerActionListQuery = z.object({
  status: z.enum(REGISTER_ACTION_STATUSES).optional(),
  subjectKind: riskFlag.shape.subject.shape.kind.optional(),
  /** The asset's or supplier's id: the actions made from its flags. */
  subjectId: z.string().max(100).optional(),
  /** Whether each action's flag is still raised is worked out as of this date or instant; default now. */
  asOf: instant.optional(),
});
