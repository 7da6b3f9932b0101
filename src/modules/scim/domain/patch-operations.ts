// A SCIM PATCH request (RFC 7644 section 3.5.2) read into operations. Entra ID writes the op name
// in any case ("Replace") and sometimes sends changes as an object with no path.
import { attribute, isObject, PATCH_SCHEMA, requireDocument } from './attributes.js';
import { parsePatchPath, type PatchPath } from './filter.js';
import { invalidSyntax, invalidValue, ScimError } from './scim-error.js';

export type PatchOperation =
  | { op: 'add' | 'replace'; path: PatchPath | null; value: unknown }
  | { op: 'remove'; path: PatchPath; value: unknown };

/** More operations than any identity provider sends at once; a bound on the work a request can ask for. */
const MAX_OPERATIONS = 1000;

export function parsePatch(body: unknown): PatchOperation[] {
  const document = requireDocument(body, PATCH_SCHEMA, 'PatchOp message');
  const operations = attribute(document, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) throw invalidValue('"Operations" must be a list of at least one operation.');
  if (operations.length > MAX_OPERATIONS) throw new ScimError(400, `A PATCH may have at most ${MAX_OPERATIONS} operations.`, 'tooMany');
  return operations.map((raw, i) => {
    if (!isObject(raw)) throw invalidSyntax(`Operation ${i + 1} must be an object with "op", and "path" or "value".`);
    const op = attribute(raw, 'op');
    const name = typeof op === 'string' ? op.toLowerCase() : '';
    if (name !== 'add' && name !== 'replace' && name !== 'remove') {
      throw invalidSyntax(`Operation ${i + 1} has op ${JSON.stringify(op)}: it must be add, replace or remove.`);
    }
    const rawPath = attribute(raw, 'path');
    if (rawPath !== undefined && rawPath !== null && typeof rawPath !== 'string') throw invalidSyntax(`Operation ${i + 1} has a path that is not a string.`);
    const path = typeof rawPath === 'string' && rawPath.trim() ? parsePatchPath(rawPath) : null;
    const value = attribute(raw, 'value');
    if (name === 'remove') {
      if (!path) throw new ScimError(400, `Operation ${i + 1} removes without saying what: it needs a "path".`, 'noTarget');
      return { op: name, path, value };
    }
    if (value === undefined) throw invalidValue(`Operation ${i + 1} (${name}) needs a "value".`);
    if (!path && !isObject(value)) throw invalidValue(`Operation ${i + 1} has no path, so its "value" must be an object of attributes.`);
    return { op: name, path, value };
  });
}
