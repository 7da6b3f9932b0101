// Reads a JSON file someone has brought to Bulwark with the same care as YAML: a size cap, a nesting
// check before any parser runs, JSON's own syntax errors with their line, and no duplicate or
// prototype-changing keys. Every problem says JSON, because that is the file the person has.
import { ValidationFailed } from '../../../platform/errors.js';
import { jsonTooDeep } from '../domain/nesting-depth.js';
import { failure, MAX_YAML_BYTES, MAX_YAML_DEPTH, nestedTooDeep, parseSafeYaml, type SafeYaml } from './safe-yaml.js';

/**
 * A catalogue in Bulwark's own format written as JSON has no aliases to bomb with, but is four to
 * five times bigger than the same YAML; 20,000 nodes (the format's maximum) is about 8 MB.
 */
export const MAX_JSON_BYTES = 10 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseSafeJson(bytes: Uint8Array, fileName: string): SafeYaml {
  if (bytes.byteLength > MAX_JSON_BYTES) {
    throw new ValidationFailed(`${fileName} is too large to import`, [{ field: '(file)', message: `The file is larger than ${MAX_JSON_BYTES / (1024 * 1024)} MiB.` }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationFailed(`${fileName} is not text`, [{ field: '(file)', message: 'The file is not UTF-8 text; save it as UTF-8 JSON and try again.' }]);
  }
  const tooDeep = jsonTooDeep(text, MAX_YAML_DEPTH);
  if (tooDeep) throw nestedTooDeep(fileName, tooDeep);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw failure(`${fileName} is not valid JSON`, [syntaxProblem(text, error)]);
  }
  // The YAML reader also refuses duplicate keys (which JSON.parse silently merges) and knows each
  // value's line; it is used unless the file is too big for its token limit.
  if (bytes.byteLength <= MAX_YAML_BYTES) {
    try {
      return parseSafeYaml(text, fileName, 'JSON');
    } catch (error) {
      if (!(error instanceof ValidationFailed) || !/too (complex|large)/.test(error.message)) throw error;
    }
  }
  const bad = forbiddenKey(value, []);
  if (bad) throw failure(`${fileName} cannot be read safely`, [{ field: bad.path || '(document)', message: bad.message }]);
  return { value, lineAt: () => undefined };
}

/** JSON.parse's own words, with "at position N" turned into a line and column a person can find. */
function syntaxProblem(text: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return { field: '(file)', message };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { field: '(file)', message: `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`, row: line, column: String(column) };
}

/** The first key that could reach an object's prototype; the nesting was checked first, so this recursion is shallow. */
function forbiddenKey(value: unknown, path: string[]): { path: string; message: string } | null {
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key].join('.'), message: `The key "${key}" is not allowed: it could change how the program's own objects behave.` };
    const found = forbiddenKey(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
