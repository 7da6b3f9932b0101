// The SCIM User resource and Bulwark's account: what an identity provider may set (userName, which
// is the email address, the name, externalId and active), how its requests change it, and how an
// account is shown back. Attributes Bulwark does not keep (job title, phone numbers, the enterprise
// extension) are accepted and ignored, so a default Entra ID mapping does not fail.
import { attribute, booleanValue, ENTERPRISE_USER_SCHEMA, isObject, optionalText, requireDocument, type ScimObject, USER_SCHEMA, withoutCoreSchema } from './attributes.js';
import type { PatchOperation } from './patch-operations.js';
import { invalidValue } from './scim-error.js';

/** What a provisioned account holds, in SCIM's terms. */
export interface UserDraft {
  /** The email address, lower-cased: Bulwark's sign-in name. */
  userName: string;
  name: string;
  externalId: string | null;
  active: boolean;
}

const MAX_EMAIL = 254;
const MAX_NAME = 200;
const MAX_EXTERNAL_ID = 200;

export function emailUserName(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) throw invalidValue('"userName" is required: the person’s email address.');
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw invalidValue(`"userName" must be the person’s email address (it is what they are known by in Bulwark); "${value}" is not one.`);
  }
  return email;
}

/** The parts of a name a request may give; Bulwark keeps one name, chosen by `chosenName`. */
interface NameParts {
  displayName?: string | null;
  formatted?: string | null;
  givenName?: string | null;
  familyName?: string | null;
}

/**
 * displayName, else name.formatted, else givenName and familyName together. One part alone is not
 * enough: without the other, Bulwark cannot tell where the given name ends in the name it holds.
 */
function chosenName(parts: NameParts): string | null {
  if (parts.displayName) return parts.displayName;
  if (parts.formatted) return parts.formatted;
  if (parts.givenName && parts.familyName) return `${parts.givenName} ${parts.familyName}`;
  return null;
}

interface PendingChange {
  userName?: string;
  externalId?: string | null;
  active?: boolean;
  name: NameParts;
}

/** Applies one attribute, named by a lower-cased path such as 'name.givenname', to the change. */
function setAttribute(change: PendingChange, path: string, value: unknown): void {
  switch (path) {
    case 'username':
      change.userName = emailUserName(value);
      return;
    case 'externalid':
      change.externalId = optionalText(value, 'externalId', MAX_EXTERNAL_ID);
      return;
    case 'active':
      change.active = booleanValue(value, 'active');
      return;
    case 'displayname':
      change.name.displayName = optionalText(value, 'displayName', MAX_NAME);
      return;
    case 'name':
      if (!isObject(value)) throw invalidValue('"name" must be an object, such as {"givenName": "Ada", "familyName": "Lovelace"}.');
      for (const [key, part] of Object.entries(value)) setAttribute(change, `name.${key.toLowerCase()}`, part);
      return;
    case 'name.formatted':
      change.name.formatted = optionalText(value, 'name.formatted', MAX_NAME);
      return;
    case 'name.givenname':
      change.name.givenName = optionalText(value, 'name.givenName', MAX_NAME);
      return;
    case 'name.familyname':
      change.name.familyName = optionalText(value, 'name.familyName', MAX_NAME);
      return;
    default:
      // Not kept by Bulwark (emails follow userName; titles, phone numbers and extensions are not stored).
      return;
  }
}

/**
 * Reads a whole User, as POST and PUT send it. With the current account (PUT), an absent "active"
 * leaves it as it is, so that replacing a name never quietly reactivates a de-provisioned person.
 */
export function userFromDocument(body: unknown, current?: UserDraft): UserDraft {
  const document = requireDocument(body, USER_SCHEMA, 'User');
  const change: PendingChange = { name: {} };
  for (const key of ['userName', 'externalId', 'active', 'displayName', 'name']) {
    const value = attribute(document, key);
    if (value !== undefined && value !== null) setAttribute(change, key.toLowerCase(), value);
  }
  if (change.userName === undefined) throw invalidValue('"userName" is required: the person’s email address.');
  return {
    userName: change.userName,
    name: chosenName(change.name) ?? change.userName,
    externalId: change.externalId ?? null,
    active: change.active ?? current?.active ?? true,
  };
}

/** The account after a PATCH's operations, applied in order. */
export function applyUserPatch(current: UserDraft, operations: PatchOperation[]): UserDraft {
  const change: PendingChange = { name: {} };
  for (const operation of operations) {
    if (operation.op === 'remove') {
      const path = operation.path.attribute;
      if (path === 'externalid') change.externalId = null;
      else if (path === 'username' || path === 'active') throw invalidValue(`"${path === 'active' ? 'active' : 'userName'}" cannot be removed; replace it instead.`);
      continue;
    }
    if (operation.path) {
      // A filtered path such as emails[type eq "work"].value names an attribute Bulwark does not keep.
      if (operation.path.valueFilter) continue;
      setAttribute(change, operation.path.attribute, operation.value);
    } else {
      for (const [key, value] of Object.entries(operation.value as ScimObject)) {
        if (key.toLowerCase().startsWith(ENTERPRISE_USER_SCHEMA.toLowerCase())) continue;
        if (key.includes('[')) continue;
        setAttribute(change, withoutCoreSchema(key).toLowerCase(), value);
      }
    }
  }
  return {
    userName: change.userName ?? current.userName,
    name: chosenName(change.name) ?? current.name,
    externalId: change.externalId === undefined ? current.externalId : change.externalId,
    active: change.active ?? current.active,
  };
}

/** The account row fields the resource is made from. */
export interface ProvisionedAccount {
  id: string;
  email: string;
  name: string;
  external_id: string | null;
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export function draftOf(account: ProvisionedAccount): UserDraft {
  return { userName: account.email, name: account.name, externalId: account.external_id, active: !account.deactivated_at };
}

export function userResource(account: ProvisionedAccount, baseUrl: string) {
  return {
    schemas: [USER_SCHEMA],
    id: account.id,
    ...(account.external_id ? { externalId: account.external_id } : {}),
    userName: account.email,
    name: { formatted: account.name },
    displayName: account.name,
    emails: [{ value: account.email, type: 'work', primary: true }],
    active: !account.deactivated_at,
    meta: {
      resourceType: 'User',
      created: account.created_at,
      lastModified: account.updated_at,
      location: `${baseUrl}/Users/${account.id}`,
      version: `W/"${account.version}"`,
    },
  };
}

export type UserResource = ReturnType<typeof userResource>;
