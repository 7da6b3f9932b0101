// Reads a YAML file someone has brought to Bulwark without trusting it: size, token and nesting limits
// before parsing, no duplicate keys, no keys that could reach an object's prototype, no tags, and
// aliases refused when expanding them would multiply the document (the "billion laughs" attack).
import { type Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ValidationFailed, type FieldProblem } from '../../../platform/errors.js';
import { MAX_NESTING_DEPTH, yamlTooDeep } from '../domain/nesting-depth.js';

/**
 * The biggest file we accept. The largest CAF file in WebCAF's shape is under 200 KB and a
 * CISO Assistant library of 1,000 requirements about 500 KB; 4 MiB holds the biggest public
 * control catalogues with room to spare, while the parse of it stays near 100 MB of memory.
 */
export const MAX_YAML_BYTES = 4 * 1024 * 1024;

/**
 * Lexical tokens allowed before the syntax tree is built. Ordinary block YAML has about one token
 * per eight bytes (a 4 MiB catalogue is roughly 530,000 tokens), but a flow list such as
 * `[1,1,1,…]` has one per byte and costs about 300 bytes of memory per token once parsed: this cap
 * keeps such a file near 200 MB instead of the 1.8 GB a 4 MiB one would take.
 */
export const MAX_YAML_TOKENS = 600_000;

/**
 * Values the document may hold once every alias is expanded. WebCAF's CAF v4.0 file reuses one
 * rules table of 27 entries for each of its 41 outcomes, a few thousand values in all; a real
 * catalogue stays far below this, while a billion-laughs file expands to billions and is refused
 * before any of it is built.
 */
export const MAX_YAML_EXPANDED_VALUES = 1_000_000;

/**
 * Nesting depth. WebCAF's files nest about 10 deep and CISO Assistant's 6; deeper is not a catalogue.
 * It is checked on the tokens before parsing too: the parser recurses, and a file nested a few
 * hundred deep would exhaust its stack.
 */
export const MAX_YAML_DEPTH = MAX_NESTING_DEPTH;

/** The longest value quoted in a problem's message, and the longest message: a problem names a value, it does not repeat the file. */
export const MAX_QUOTED_CHARS = 300;
export const MAX_MESSAGE_CHARS = 1000;

/** JSON is read by the same safe reader (JSON is YAML); problems then say JSON, as the person knows the file. */
export type Notation = 'YAML' | 'JSON';

/** Keys that would write to an object's prototype, or shadow it, once the YAML becomes objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Most problems reported from one file: enough to fix a batch, not a wall of text. */
export const MAX_REPORTED_PROBLEMS = 50;

export type YamlPath = ReadonlyArray<string | number>;

export interface SafeYaml {
  /** The document as plain objects, arrays and scalars. */
  value: unknown;
  /** The line (from 1) where the value at a path starts, to say where a problem is. */
  lineAt(path: YamlPath): number | undefined;
}

/** Parses YAML (or JSON) safely, or throws ValidationFailed naming each problem and the line it is on. */
export function parseSafeYaml(input: string | Uint8Array, fileLabel = 'the file', notation: Notation = 'YAML'): SafeYaml {
  const text = decodeText(input, fileLabel, notation);
  scanTokens(text, fileLabel, notation);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
  });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);

  const syntaxProblems: FieldProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    field: '(file)',
    message: `${describeYamlError(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 200))} (line ${e.linePos?.[0].line ?? '?'}, column ${e.linePos?.[0].col ?? '?'})`,
    row: e.linePos?.[0].line,
    column: e.linePos ? String(e.linePos[0].col) : undefined,
  }));
  if (syntaxProblems.length) throw failure(`${fileLabel} is not valid ${notation}`, syntaxProblems);

  const structural = inspectTree(doc, lineOf);
  if (structural.length) throw failure(`${fileLabel} cannot be read safely`, structural);

  // Our own expansion count has already passed; this is the library's own guard, kept as a
  // second line of defence with a ceiling no real file reaches.
  const value: unknown = doc.toJS({ maxAliasCount: 100_000 });
  return { value, lineAt: (path) => lineOf(nodeAt(doc, path)?.range?.[0]) };
}

/** A ValidationFailed whose list is capped, saying how many more there were, and whose values are cut short. */
export function failure(message: string, problems: FieldProblem[]): ValidationFailed {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).map(boundProblem);
  if (problems.length > MAX_REPORTED_PROBLEMS) shown.push({ field: '(file)', message: `and ${problems.length - MAX_REPORTED_PROBLEMS} more problems like these` });
  return new ValidationFailed(boundText(message), shown);
}

/** A problem whose field, message and value are short enough to read: a file's own text can be megabytes on one line. */
export function boundProblem(problem: FieldProblem): FieldProblem {
  const value = typeof problem.value === 'string' ? shorten(problem.value, MAX_QUOTED_CHARS) : problem.value;
  return { ...problem, field: shorten(problem.field, MAX_QUOTED_CHARS), message: boundText(problem.message), ...(problem.value === undefined ? {} : { value }) };
}

/** Quoted values cut to MAX_QUOTED_CHARS, the whole to MAX_MESSAGE_CHARS. */
export function boundText(text: string): string {
  const quoted = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED_CHARS}})(?:[^"\\\\]|\\\\.)+"`, 'g');
  return shorten(text.replace(quoted, '"$1…"'), MAX_MESSAGE_CHARS);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `objects.framework.requirement_nodes[3].parent_urn`, quoting keys that are not plain words. */
export function formatYamlPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(document)';
}

function decodeText(input: string | Uint8Array, fileLabel: string, notation: Notation): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > MAX_YAML_BYTES) {
    throw new ValidationFailed(`${fileLabel} is too large to import`, [
      { field: '(file)', message: `The file is ${formatBytes(bytes)}; the most Bulwark accepts is ${formatBytes(MAX_YAML_BYTES)}.`, value: bytes },
    ]);
  }
  if (bytes === 0) throw new ValidationFailed(`${fileLabel} is empty`, [{ field: '(file)', message: 'The file has no content.' }]);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ValidationFailed(`${fileLabel} is not text`, [{ field: '(file)', message: `The file is not UTF-8 text; save it as UTF-8 ${notation} and try again.` }]);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One pass over the lexical tokens, before the syntax tree is built: too many tokens, or too deep, is refused. */
function scanTokens(text: string, fileLabel: string, notation: Notation) {
  let tokens = 0;
  const tooDeep = yamlTooDeep(text, MAX_YAML_DEPTH, () => {
    if (++tokens > MAX_YAML_TOKENS) {
      throw new ValidationFailed(`${fileLabel} is too complex to import`, [
        { field: '(file)', message: `The file has more than ${MAX_YAML_TOKENS.toLocaleString('en-GB')} ${notation} tokens; a catalogue of this size has far fewer. Is it the right file?` },
      ]);
    }
  });
  if (tooDeep) throw nestedTooDeep(fileLabel, tooDeep);
}

/** The refusal for a file nested deeper than any catalogue, at the place it first gets too deep. */
export function nestedTooDeep(fileLabel: string, at: { line: number; column: number }): ValidationFailed {
  return new ValidationFailed(`${fileLabel} cannot be read safely`, [
    {
      field: '(file)',
      message: `Values are nested more than ${MAX_YAML_DEPTH} levels deep; no catalogue needs that (line ${at.line}, column ${at.column})`,
      row: at.line,
      column: String(at.column),
    },
  ]);
}

function describeYamlError(code: string, message: string, sourceText: string): string {
  const first = message.split(' at line ')[0] ?? message;
  if (code === 'DUPLICATE_KEY') {
    const key = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n]+?)\s*:/.exec(sourceText)?.[1];
    const shown = key === undefined ? '' : /^["']/.test(key) ? `${key} ` : `"${key}" `;
    return `The key ${shown}appears twice in the same mapping; each key must be unique`;
  }
  if (code === 'TAG_RESOLVE_FAILED') return `${first.replace('Unresolved tag: ', 'The tag ')} is not allowed: imported files may not use tags`;
  if (code === 'MULTIPLE_DOCS') return 'The file holds more than one YAML document; import one at a time';
  return first;
}

/**
 * Walks the syntax tree once, depth-first in document order, refusing forbidden keys, keys that are
 * not plain scalars, explicit tags, too much nesting, and aliases whose expansion would be too big.
 * Each anchored node's expanded size is remembered, so an alias costs what it would expand to, and a
 * running total of the whole expanded document is kept, so many small aliases are caught too.
 */
function inspectTree(doc: Document, lineOf: (offset: number | undefined) => number | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expandedSize = new Map<YamlNode, number>();
  const inProgress = new Set<YamlNode>();
  let expandedTotal = 0;
  let stopped = false;

  const report = (path: YamlPath, node: { range?: readonly number[] | null } | null | undefined, message: string, value?: unknown) => {
    const row = lineOf(node?.range?.[0]);
    problems.push({ field: formatYamlPath(path), message: row ? `${message} (line ${row})` : message, row, ...(value === undefined ? {} : { value }) });
    if (problems.length >= MAX_REPORTED_PROBLEMS) stopped = true;
  };

  const aliasSize = (alias: Alias, path: YamlPath): number => {
    const target = alias.resolve(doc);
    if (!target) {
      report(path, alias, `The alias *${alias.source} refers to no anchor`, alias.source);
      return 0;
    }
    if (inProgress.has(target)) {
      report(path, alias, `The alias *${alias.source} refers to a value that contains it`, alias.source);
      return 0;
    }
    return expandedSize.get(target) ?? 1;
  };

  const sizeOf = (node: unknown, path: (string | number)[], depth: number): number => {
    if (stopped) return 0;
    let size: number;
    if (node === null || node === undefined) size = 1;
    else if (isAlias(node)) size = aliasSize(node, path);
    else {
      const yamlNode = node as YamlNode;
      if (depth > MAX_YAML_DEPTH) {
        report(path, yamlNode, `Values are nested more than ${MAX_YAML_DEPTH} levels deep; no catalogue needs that`);
        stopped = true;
        return 0;
      }
      if (yamlNode.tag) report(path, yamlNode, `The value has the tag ${yamlNode.tag}; tags are not allowed in an imported file`, yamlNode.tag);
      size = 1;
      inProgress.add(yamlNode);
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = pair.key;
          if (!isScalar(key)) {
            report(path, key as YamlNode, 'A key is a list, mapping or alias; keys must be plain text');
            continue;
          }
          if (key.tag) report(path, key, `A key has the tag ${key.tag}; tags are not allowed in an imported file`, key.tag);
          const keyText = String(key.value);
          if (FORBIDDEN_KEYS.has(keyText)) {
            report([...path, keyText], key, `The key "${keyText}" is not allowed: it could change how the program's own objects behave`, keyText);
            continue;
          }
          size += sizeOf(pair.value, [...path, keyText], depth + 1);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          size += sizeOf(item, [...path, index], depth + 1);
        });
      }
      inProgress.delete(yamlNode);
      if (yamlNode.anchor) expandedSize.set(yamlNode, size);
      // Aliases inside this node were already added to the running total as they were met.
      expandedTotal += 1;
    }
    if (isAlias(node)) expandedTotal += size;
    if (!stopped && (expandedTotal > MAX_YAML_EXPANDED_VALUES || size > MAX_YAML_EXPANDED_VALUES)) {
      report(
        path,
        node as YamlNode,
        `Expanding the aliases in this file would make it hold more than ${MAX_YAML_EXPANDED_VALUES.toLocaleString('en-GB')} values: this looks like an alias bomb, and no catalogue needs so many`,
      );
      stopped = true;
    }
    return size;
  };

  sizeOf(doc.contents, [], 0);
  return problems;
}

function nodeAt(doc: Document, path: YamlPath): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) return node;
      node = item;
    } else {
      return (node as YamlNode | undefined) ?? undefined;
    }
  }
  return (node as YamlNode | undefined) ?? undefined;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Checks a parsed document against the shape a reader expects, turning each mismatch into a problem
 * that names the path and the line, e.g. `objects.framework.requirement_nodes[3].assessable: must be
 * true or false, not "yes" (line 41)`.
 */
export function readWithSchema<T>(yaml: SafeYaml, schema: z.ZodType<T>, fileLabel: string, what: string): T {
  const parsed = schema.safeParse(yaml.value);
  if (parsed.success) return parsed.data;
  throw failure(
    `${fileLabel} is not a ${what}`,
    parsed.error.issues.map((issue) => yamlProblem(yaml, issue.path, describeIssue(issue, valueAt(yaml.value, issue.path)))),
  );
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** A problem at a place in a YAML document, with its line. */
export function yamlProblem(yaml: SafeYaml, path: ReadonlyArray<PropertyKey>, message: string, value?: unknown): FieldProblem {
  const at = path.filter((p): p is string | number => typeof p !== 'symbol');
  const row = yaml.lineAt(at);
  return { field: formatYamlPath(at), message: row ? `${message} (line ${row})` : message, row, ...(value === undefined ? {} : { value }) };
}

function describeIssue(issue: z.core.$ZodIssue, received: unknown): string {
  if (issue.code === 'invalid_type') {
    if (received === undefined) return `is missing: it must be ${article(issue.expected)}`;
    return `must be ${article(issue.expected)}, not ${shortValue(received)}`;
  }
  if (issue.code === 'unrecognized_keys') return `has keys this format does not have: ${issue.keys.join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value pairs)' };
  return words[expected] ?? expected;
}

function shortValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
