// Reading SCIM documents as the specification asks: attribute names are case-insensitive, and
// identity providers send booleans as strings ("False") as often as JSON booleans.
import { invalidSyntax, invalidValue } from './scim-error.js';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type ScimObject = Record<string, unknown>;

export function isObject(value: unknown): value is ScimObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an attribute whatever the case of its name; undefined when absent. */
export function attribute(resource: ScimObject, name: string): unknown {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(resource)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** A request body must be a JSON object naming the schema it is written in. */
export function requireDocument(body: unknown, schema: string, what: string): ScimObject {
  if (!isObject(body)) throw invalidSyntax(`The body must be a JSON object: a SCIM ${what}.`);
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === schema.toLowerCase())) {
    throw invalidSyntax(`The body's "schemas" must include ${schema}.`);
  }
  return body;
}

/** 'urn:…:core:2.0:User:name.givenName' → 'name.givenName': the core schema's prefix adds nothing. */
export function withoutCoreSchema(path: string): string {
  for (const schema of [USER_SCHEMA, GROUP_SCHEMA]) {
    if (path.toLowerCase().startsWith(`${schema.toLowerCase()}:`)) return path.slice(schema.length + 1);
  }
  return path;
}

export function booleanValue(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidValue(`"${name}" must be true or false.`);
}

/** A string of at most `max` characters, trimmed; an empty one counts as absent (null). */
export function optionalText(value: unknown, name: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidValue(`"${name}" must be a string.`);
  const text = value.trim();
  if (text.length > max) throw invalidValue(`"${name}" must be at most ${max} characters.`);
  return text || null;
}

export function requiredText(value: unknown, name: string, max: number): string {
  const text = optionalText(value, name, max);
  if (text === null) throw invalidValue(`"${name}" is required.`);
  return text;
}

/** The attributes and excludedAttributes query parameters, as lower-cased top-level names. */
export interface Projection {
  attributes: string[];
  excluded: string[];
}

export function projectionOf(query: { attributes?: unknown; excludedAttributes?: unknown }): Projection {
  const names = (value: unknown) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((n) => withoutCoreSchema(n.trim()).split('.')[0]!.toLowerCase())
          .filter(Boolean)
      : [];
  return { attributes: names(query.attributes), excluded: names(query.excludedAttributes) };
}

export function excludes(projection: Projection, name: string): boolean {
  const n = name.toLowerCase();
  return projection.excluded.includes(n) || (projection.attributes.length > 0 && !projection.attributes.includes(n));
}

/** The resource with only the attributes asked for; schemas and id are always returned. */
export function project<T extends ScimObject>(resource: T, projection: Projection): Partial<T> {
  if (!projection.attributes.length && !projection.excluded.length) return resource;
  const kept: ScimObject = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'schemas' || key === 'id' || !excludes(projection, key)) kept[key] = value;
  }
  return kept as Partial<T>;
}
