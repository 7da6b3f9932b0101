// What makes an organisation valid where it sits in the tree. Pure: the service supplies the parent.
import type { FieldProblem } from '../../../platform/errors.js';
import { checkOdsCode } from './ods-code.js';
import {
  allowedParentTypes,
  DSPT_CATEGORIES,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type OrganisationType,
} from './organisation-types.js';

export interface OrganisationInput {
  name: string;
  type: string;
  odsCode?: string | null | undefined;
  dsptCategory?: string | null | undefined;
}

export interface ValidOrganisation {
  name: string;
  type: OrganisationType;
  odsCode: string | null;
  dsptCategory: string | null;
}

export function checkOrganisation(
  input: OrganisationInput,
  parentType: string | null,
): { ok: true; value: ValidOrganisation } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0) problems.push({ field: 'name', message: 'Enter the organisation’s name' });
  if (name.length > 200) problems.push({ field: 'name', message: 'Name must be 200 characters or fewer' });

  const type = (ORGANISATION_TYPES as readonly string[]).includes(input.type) ? (input.type as OrganisationType) : null;
  if (!type) {
    problems.push({ field: 'type', message: `"${input.type}" is not a type of organisation Bulwark knows` });
  } else if (!allowedParentTypes(type).includes(parentType as OrganisationType | null)) {
    const where = parentType ? `under a ${ORGANISATION_TYPE_LABELS[parentType as OrganisationType]?.toLowerCase() ?? parentType}` : 'at the top of the tree';
    problems.push({ field: 'type', message: `A ${ORGANISATION_TYPE_LABELS[type].toLowerCase()} cannot sit ${where}` });
  }

  let odsCode: string | null = null;
  if (input.odsCode && input.odsCode.trim() !== '' && type) {
    const checked = checkOdsCode(input.odsCode, type);
    if (checked.ok) odsCode = checked.code;
    else problems.push({ field: 'odsCode', message: checked.reason });
  }

  let dsptCategory: string | null = null;
  if (input.dsptCategory && input.dsptCategory !== '') {
    if ((DSPT_CATEGORIES as readonly string[]).includes(input.dsptCategory)) dsptCategory = input.dsptCategory;
    else problems.push({ field: 'dsptCategory', message: `"${input.dsptCategory}" is not a DSPT category (use ${DSPT_CATEGORIES.join(', ')})` });
  }

  if (problems.length > 0 || !type) return { ok: false, problems };
  return { ok: true, value: { name, type, odsCode, dsptCategory } };
}

export interface TreeNode {
  id: string;
  parent_id: string | null;
  name: string;
}

/** Depth-first order from the root, siblings by name (Ward 2 before Ward 10), each with its depth below the root. */
export function flattenTree<T extends TreeNode>(rows: T[], rootId: string): Array<T & { depth: number }> {
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
  const root = rows.find((r) => r.id === rootId);
  if (!root) return [];
  const out: Array<T & { depth: number }> = [];
  const visit = (node: T, depth: number) => {
    out.push({ ...node, depth });
    for (const child of children.get(node.id) ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return out;
}
