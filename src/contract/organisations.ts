// The API contract for the organisation tree and the reference lists. The server validates and
// serialises with these schemas; the web app imports their types only.
import { z } from 'zod';

export const organisation = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  odsCode: z.string().nullable(),
  dsptCategory: z.string().nullable(),
  /** Who must use a second factor: 'privileged' roles or 'everyone'. */
  mfaPolicy: z.enum(['privileged', 'everyone']),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationPage = organisation.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Roles the caller holds here (directly or from above within the organisation). */
  roles: z.array(z.string()),
  /** Organisational actions the caller may take here, such as member.manage. */
  permissions: z.array(z.string()),
  counts: z.object({ members: z.number(), subOrganisations: z.number() }),
});
export type OrganisationPage = z.infer<typeof organisationPage>;

export const treeOrganisation = organisation.extend({ depth: z.number() });
export type TreeOrganisation = z.infer<typeof treeOrganisation>;

export const newOrganisationBody = z.object({
  name: z.string().max(200),
  type: z.string(),
  odsCode: z.string().max(20).nullish(),
  dsptCategory: z.string().nullish(),
});
export type NewOrganisationBody = z.infer<typeof newOrganisationBody>;

export const organisationChangeBody = z.object({
  name: z.string().max(200).optional(),
  odsCode: z.string().max(20).nullish(),
  dsptCategory: z.string().nullish(),
  /** The version you read: a stale one is refused with 409 rather than overwriting a colleague's change. */
  version: z.number().int(),
});
export type OrganisationChangeBody = z.infer<typeof organisationChangeBody>;

const referenceItem = z.object({ id: z.string(), label: z.string() });
export type ReferenceItem = z.infer<typeof referenceItem>;

export const reference = z.object({
  roles: z.array(referenceItem),
  organisationTypes: z.array(referenceItem),
  dsptCategories: z.array(referenceItem),
});
export type Reference = z.infer<typeof reference>;
