// Reading a catalogue, crosswalk or profile file a person brings (JSON or YAML) into a plain value, with
// the limits hostile input needs: a size cap, a nesting check before parsing, a YAML alias cap, and
// no prototype-changing keys.
import { parse as parseYaml } from 'yaml';
import { CATALOGUE_FORMAT, type CatalogueProblem, CROSSWALK_FORMAT, PROFILE_FORMAT } from './catalogue-format.js';
import { jsonTooDeep, MAX_NESTING_DEPTH, yamlTooDeep } from './nesting-depth.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DocumentKind = 'catalogue' | 'crosswalk' | 'profile';

export type ParsedFile = { ok: true; value: unknown } | { ok: false; problems: CatalogueProblem[] };

export function parseDocumentText(text: string, fileName: string): ParsedFile {
  const fail = (message: string, path = '$'): ParsedFile => ({ ok: false, problems: [{ file: fileName, path, message }] });
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) return fail(`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const looksLikeJson = /\.json$/i.test(fileName) || /^\s*[{[]/.test(text);
  // Both parsers recurse: a file nested thousands deep would exhaust the stack before they report it.
  const tooDeep = looksLikeJson ? jsonTooDeep(text, MAX_NESTING_DEPTH) : yamlTooDeep(text, MAX_NESTING_DEPTH);
  if (tooDeep) return fail(`values are nested more than ${MAX_NESTING_DEPTH} levels deep (line ${tooDeep.line}, column ${tooDeep.column}); no catalogue needs that`);
  let value: unknown;
  try {
    value = looksLikeJson ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, uniqueKeys: true, merge: false, prettyErrors: true });
  } catch (error) {
    return fail(`it is not valid ${looksLikeJson ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const bad = forbiddenKeyPath(value, '$');
  if (bad) return fail('keys named __proto__, constructor or prototype are not accepted', bad);
  return { ok: true, value };
}

/** Which kind of document a parsed file says it is, by its "format" field. */
export function documentKind(value: unknown): DocumentKind | null {
  const format = value && typeof value === 'object' && 'format' in value ? value.format : undefined;
  if (format === CATALOGUE_FORMAT) return 'catalogue';
  if (format === CROSSWALK_FORMAT) return 'crosswalk';
  if (format === PROFILE_FORMAT) return 'profile';
  return null;
}

function forbiddenKeyPath(value: unknown, path: string, depth = 0): string | null {
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const k of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(k)) return `${path}.${k}`;
    const found = forbiddenKeyPath((value as Record<string, unknown>)[k], `${path}.${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}
