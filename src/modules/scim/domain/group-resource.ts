// The SCIM Group resource: a directory group of one organisation, with its members. Groups carry no
// rights themselves; the organisation's group-to-role mapping turns membership into roles.
import { attribute, GROUP_SCHEMA, isObject, optionalText, requireDocument, requiredText, type ScimObject, withoutCoreSchema } from './attributes.js';
import type { Filter } from './filter.js';
import type { PatchOperation } from './patch-operations.js';
import { invalidFilter, invalidPath, invalidValue } from './scim-error.js';

export interface GroupDraft {
  displayName: string;
  externalId: string | null;
  /** Ids of the member accounts, without repeats. */
  members: string[];
}

const MAX_DISPLAY_NAME = 200;
const MAX_EXTERNAL_ID = 200;

/** [{ "value": "<user id>" }, …] → the ids. */
export function memberIds(value: unknown): string[] {
  const list = isObject(value) ? [value] : value;
  if (!Array.isArray(list)) throw invalidValue('"members" must be a list such as [{"value": "<user id>"}].');
  return [
    ...new Set(
      list.map((member) => {
        const id = isObject(member) ? attribute(member, 'value') : undefined;
        if (typeof id !== 'string' || !id.trim()) throw invalidValue('Every member must be an object with "value": the id of a provisioned user.');
        return id.trim();
      }),
    ),
  ];
}

/** Reads a whole Group, as POST and PUT send it. */
export function groupFromDocument(body: unknown): GroupDraft {
  const document = requireDocument(body, GROUP_SCHEMA, 'Group');
  const members = attribute(document, 'members');
  return {
    displayName: requiredText(attribute(document, 'displayName'), 'displayName', MAX_DISPLAY_NAME),
    externalId: optionalText(attribute(document, 'externalId'), 'externalId', MAX_EXTERNAL_ID),
    members: members === undefined || members === null ? [] : memberIds(members),
  };
}

/** Whether a member (known here only by id) meets a filter such as value eq "…". */
function memberMatches(filter: Filter, memberId: string): boolean {
  switch (filter.kind) {
    case 'compare':
      if (filter.path.toLowerCase() !== 'value' || (filter.op !== 'eq' && filter.op !== 'ne')) {
        throw invalidFilter('Members can be chosen only by value eq "<user id>".');
      }
      return (memberId === filter.value) === (filter.op === 'eq');
    case 'and':
      return memberMatches(filter.left, memberId) && memberMatches(filter.right, memberId);
    case 'or':
      return memberMatches(filter.left, memberId) || memberMatches(filter.right, memberId);
    case 'not':
      return !memberMatches(filter.filter, memberId);
    default:
      throw invalidFilter('Members can be chosen only by value eq "<user id>".');
  }
}

/** The group after a PATCH's operations, applied in order (Entra ID adds and removes members this way). */
export function applyGroupPatch(current: GroupDraft, operations: PatchOperation[]): GroupDraft {
  let { displayName, externalId } = current;
  let members = new Set(current.members);

  const set = (path: string, op: 'add' | 'replace', value: unknown) => {
    if (path === 'displayname') displayName = requiredText(value, 'displayName', MAX_DISPLAY_NAME);
    else if (path === 'externalid') externalId = optionalText(value, 'externalId', MAX_EXTERNAL_ID);
    else if (path === 'members') {
      const ids = value === null ? [] : memberIds(value);
      members = op === 'replace' ? new Set(ids) : new Set([...members, ...ids]);
    }
    // Other attributes are not kept.
  };

  for (const operation of operations) {
    if (operation.op === 'remove') {
      const path = operation.path;
      if (path.attribute === 'members') {
        if (path.valueFilter) {
          const filter = path.valueFilter;
          members = new Set([...members].filter((id) => !memberMatches(filter, id)));
        } else if (operation.value === undefined || operation.value === null) {
          members = new Set();
        } else {
          const gone = new Set(memberIds(operation.value));
          members = new Set([...members].filter((id) => !gone.has(id)));
        }
      } else if (path.attribute === 'externalid') {
        externalId = null;
      } else if (path.attribute === 'displayname') {
        throw invalidValue('"displayName" cannot be removed; replace it instead.');
      }
      continue;
    }
    const path = operation.path;
    if (path) {
      if (path.valueFilter) throw invalidPath('Only "remove" may name members with a filter; to add members, use the path "members".');
      set(path.attribute, operation.op, operation.value);
    } else {
      for (const [key, value] of Object.entries(operation.value as ScimObject)) set(withoutCoreSchema(key).toLowerCase(), operation.op, value);
    }
  }
  return { displayName, externalId, members: [...members] };
}

export interface StoredGroup {
  id: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GroupMember {
  id: string;
  name: string;
}

/** The group as SCIM shows it; members are left out when the caller excluded them. */
export function groupResource(group: StoredGroup, members: GroupMember[] | null, baseUrl: string) {
  return {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    ...(group.external_id ? { externalId: group.external_id } : {}),
    displayName: group.display_name,
    ...(members ? { members: members.map((m) => ({ value: m.id, display: m.name, $ref: `${baseUrl}/Users/${m.id}` })) } : {}),
    meta: {
      resourceType: 'Group',
      created: group.created_at,
      lastModified: group.updated_at,
      location: `${baseUrl}/Groups/${group.id}`,
      version: `W/"${group.version}"`,
    },
  };
}

export type GroupResource = ReturnType<typeof groupResource>;
