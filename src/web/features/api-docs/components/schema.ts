// Reading an OpenAPI document for people: resolve local $refs, group operations by tag, and flatten a
// JSON Schema into rows ("user.email — string (email) — required").
import type { HttpMethod, JsonSchema, OpenApiDocument, Operation, Parameter } from '../api/openapi';
import { HTTP_METHODS } from '../api/openapi';

export function resolve<T>(document: OpenApiDocument, value: T | undefined): T | undefined {
  let current: unknown = value;
  // Bounded, so a cycle of references cannot hang the page.
  for (let hops = 0; hops < 10; hops++) {
    if (!current || typeof current !== 'object' || !('$ref' in current) || typeof current.$ref !== 'string') break;
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) break;
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), document);
  }
  return current as T | undefined;
}

const PARAMETER_ORDER: Array<Parameter['in']> = ['path', 'query', 'header', 'cookie'];

export interface DocumentedOperation {
  id: string;
  method: HttpMethod;
  path: string;
  operation: Operation;
  parameters: Parameter[];
}

export interface TagGroup {
  name: string;
  description?: string | undefined;
  slug: string;
  operations: DocumentedOperation[];
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Operations grouped by their first tag, in the document's tag order, then any others alphabetically. */
export function groupByTag(document: OpenApiDocument): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const tag of document.tags ?? []) groups.set(tag.name, { name: tag.name, description: tag.description, slug: '', operations: [] });
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      if (!groups.has(tag)) groups.set(tag, { name: tag, slug: '', operations: [] });
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter) => resolve(document, parameter))
        .filter((parameter): parameter is Parameter => Boolean(parameter))
        // Path parameters first: they are part of the address.
        .sort((a, b) => PARAMETER_ORDER.indexOf(a.in) - PARAMETER_ORDER.indexOf(b.in));
      groups.get(tag)!.operations.push({ id: slug(`${method} ${path}`), method, path, operation, parameters });
    }
  }
  const declared = new Set((document.tags ?? []).map((tag) => tag.name));
  return [...groups.values()]
    .filter((group) => group.operations.length > 0)
    .sort((a, b) => (declared.has(a.name) === declared.has(b.name) ? (declared.has(a.name) ? 0 : a.name.localeCompare(b.name)) : declared.has(a.name) ? -1 : 1))
    .map((group) => ({ ...group, slug: `tag-${slug(group.name)}` }));
}

export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** One row per property, nested objects and arrays of objects named with dots ("roles[]", "user.email"). */
export function schemaRows(document: OpenApiDocument, schema: JsonSchema | undefined, prefix = '', depth = 0): SchemaRow[] {
  const resolved = merge(document, resolve(document, schema));
  if (!resolved || depth > 6) return [];
  const rows: SchemaRow[] = [];
  const required = new Set(resolved.required ?? []);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const child = merge(document, resolve(document, property)) ?? {};
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({ name: path, type: describeType(document, child), required: required.has(name), description: describeConstraints(child) });
    if (child.properties) rows.push(...schemaRows(document, child, path, depth + 1));
    const items = merge(document, resolve(document, child.items));
    if (items?.properties) rows.push(...schemaRows(document, items, `${path}[]`, depth + 1));
  }
  return rows;
}

/** allOf parts combined into one schema, which is how zod-generated documents express intersections. */
export function merge(document: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.allOf) return schema;
  const parts = schema.allOf.map((part) => merge(document, resolve(document, part)) ?? {});
  return {
    ...schema,
    properties: Object.assign({}, schema.properties, ...parts.map((part) => part.properties ?? {})) as Record<string, JsonSchema>,
    required: [...(schema.required ?? []), ...parts.flatMap((part) => part.required ?? [])],
    type: schema.type ?? parts.find((part) => part.type)?.type ?? 'object',
  };
}

export function describeType(document: OpenApiDocument, schema: JsonSchema | undefined): string {
  const resolved = merge(document, resolve(document, schema));
  if (!resolved) return 'any';
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants) {
    const names = [...new Set(variants.map((variant) => describeType(document, variant)))];
    return names.join(' or ');
  }
  if (resolved.const !== undefined) return JSON.stringify(resolved.const);
  if (resolved.enum) return `one of ${resolved.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  const types = Array.isArray(resolved.type) ? resolved.type : resolved.type ? [resolved.type] : [];
  let name = types.filter((type) => type !== 'null').join(' or ') || (resolved.properties ? 'object' : 'any');
  if (name === 'array') name = `array of ${describeType(document, resolved.items)}`;
  if (resolved.format) name = `${name} (${resolved.format})`;
  if (resolved.nullable || types.includes('null')) name = `${name} or null`;
  return name;
}

/** Description, limits and default of a value, in words. */
export function describeConstraints(schema: JsonSchema): string {
  const notes: string[] = [];
  if (schema.description) notes.push(schema.description);
  if (schema.minLength !== undefined && schema.maxLength !== undefined) notes.push(`${schema.minLength} to ${schema.maxLength} characters`);
  else if (schema.minLength !== undefined && schema.minLength > 0) notes.push(`at least ${schema.minLength} characters`);
  else if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) notes.push(`minimum ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`maximum ${schema.maximum}`);
  if (schema.minItems !== undefined && schema.minItems > 0) notes.push(`at least ${schema.minItems} items`);
  if (schema.pattern) notes.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes.join('; ');
}

/** The JSON schema of the first JSON content type, if any. */
export function jsonSchemaOf(content: Record<string, { schema?: JsonSchema }> | undefined): JsonSchema | undefined {
  if (!content) return undefined;
  const key = Object.keys(content).find((type) => type.includes('json')) ?? Object.keys(content)[0];
  return key ? content[key]?.schema : undefined;
}
