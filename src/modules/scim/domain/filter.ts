// SCIM filter expressions (RFC 7644 section 3.4.2.2) and PATCH paths, parsed into a small tree.
// The whole grammar is parsed so that a malformed filter gets a precise invalidFilter error; what
// Bulwark can answer from it is decided by the caller (see equalityTerms).
import { withoutCoreSchema } from './attributes.js';
import { invalidFilter, invalidPath } from './scim-error.js';

export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'lt' | 'ge' | 'le';
export type FilterValue = string | number | boolean | null;

export type Filter =
  | { kind: 'compare'; path: string; op: CompareOperator; value: FilterValue }
  | { kind: 'present'; path: string }
  | { kind: 'and' | 'or'; left: Filter; right: Filter }
  | { kind: 'not'; filter: Filter }
  /** members[value eq "…"]: a condition on the values of a multi-valued attribute. */
  | { kind: 'valuePath'; path: string; filter: Filter };

const COMPARE = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le']);
const MAX_FILTER_LENGTH = 2000;

type Token = { type: 'punct'; text: '(' | ')' | '[' | ']' } | { type: 'string'; text: string } | { type: 'word'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === '[' || c === ']') {
      tokens.push({ type: 'punct', text: c });
      i++;
    } else if (c === '"') {
      // A JSON string: find its closing quote, skipping escaped characters, and let JSON decode it.
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) throw invalidFilter('The filter has a string without its closing quote.');
      try {
        tokens.push({ type: 'string', text: JSON.parse(input.slice(i, j + 1)) as string });
      } catch {
        throw invalidFilter(`The filter has a string that is not valid: ${input.slice(i, j + 1)}`);
      }
      i = j + 1;
    } else {
      let j = i;
      while (j < input.length && !/[\s()[\]"]/.test(input[j]!)) j++;
      tokens.push({ type: 'word', text: input.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

class FilterParser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Filter {
    const filter = this.parseOr();
    if (this.at < this.tokens.length) throw invalidFilter(`The filter has something unexpected at "${this.tokens[this.at]!.text}".`);
    return filter;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.at];
    return t?.type === 'word' && t.text.toLowerCase() === word;
  }

  private expectPunct(text: string) {
    const t = this.tokens[this.at];
    if (t?.type !== 'punct' || t.text !== text) throw invalidFilter(`The filter is missing "${text}".`);
    this.at++;
  }

  private parseOr(): Filter {
    let left = this.parseAnd();
    while (this.peekWord('or')) {
      this.at++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Filter {
    let left = this.parseUnary();
    while (this.peekWord('and')) {
      this.at++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): Filter {
    if (this.peekWord('not')) {
      this.at++;
      this.expectPunct('(');
      const filter = this.parseOr();
      this.expectPunct(')');
      return { kind: 'not', filter };
    }
    const t = this.tokens[this.at];
    if (t?.type === 'punct' && t.text === '(') {
      this.at++;
      const filter = this.parseOr();
      this.expectPunct(')');
      return filter;
    }
    if (t?.type !== 'word') throw invalidFilter(t ? `The filter has "${t.text}" where an attribute name should be.` : 'The filter ends too soon.');
    this.at++;
    const path = withoutCoreSchema(t.text);
    const next = this.tokens[this.at];
    if (next?.type === 'punct' && next.text === '[') {
      this.at++;
      const filter = this.parseOr();
      this.expectPunct(']');
      return { kind: 'valuePath', path, filter };
    }
    if (next?.type !== 'word') throw invalidFilter(`The filter needs an operator after "${t.text}" (such as eq).`);
    const op = next.text.toLowerCase();
    this.at++;
    if (op === 'pr') return { kind: 'present', path };
    if (!COMPARE.has(op)) throw invalidFilter(`"${next.text}" is not a filter operator.`);
    return { kind: 'compare', path, op: op as CompareOperator, value: this.parseValue() };
  }

  private parseValue(): FilterValue {
    const t = this.tokens[this.at++];
    if (t?.type === 'string') return t.text;
    if (t?.type === 'word') {
      const word = t.text.toLowerCase();
      if (word === 'true' || word === 'false') return word === 'true';
      if (word === 'null') return null;
      if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t.text)) return Number(t.text);
    }
    throw invalidFilter(t ? `"${t.text}" is not a value: put text in double quotes.` : 'The filter ends before its value.');
  }
}

export function parseFilter(input: string): Filter {
  if (input.length > MAX_FILTER_LENGTH) throw invalidFilter(`A filter may be at most ${MAX_FILTER_LENGTH} characters long.`);
  const tokens = tokenize(input);
  if (!tokens.length) throw invalidFilter('The filter is empty.');
  return new FilterParser(tokens).parseAll();
}

/** One condition Bulwark can look up directly: an attribute equal to a value. */
export interface Equality {
  /** Lower-cased attribute path, such as 'username' or 'members.value'. */
  path: string;
  value: FilterValue;
}

/**
 * The filter as a list of equalities that must all hold, or null when it has any other shape.
 * That is what identity providers send (userName eq "…", externalId eq "…", and for groups
 * id eq "…" and members[value eq "…"]), and it can be answered with an index rather than a scan.
 */
export function equalityTerms(filter: Filter): Equality[] | null {
  switch (filter.kind) {
    case 'compare':
      return filter.op === 'eq' ? [{ path: filter.path.toLowerCase(), value: filter.value }] : null;
    case 'and': {
      const left = equalityTerms(filter.left);
      const right = equalityTerms(filter.right);
      return left && right ? [...left, ...right] : null;
    }
    case 'valuePath': {
      const inner = equalityTerms(filter.filter);
      return inner ? inner.map((e) => ({ path: `${filter.path.toLowerCase()}.${e.path}`, value: e.value })) : null;
    }
    default:
      return null;
  }
}

/** A PATCH path: attribute, optional [filter] on its values, optional .subAttribute after it. */
export interface PatchPath {
  /** Lower-cased, without the core schema prefix: 'active', 'name.givenname', 'members'. */
  attribute: string;
  valueFilter?: Filter;
  subAttribute?: string;
}

export function parsePatchPath(path: string): PatchPath {
  const text = path.trim();
  const open = text.indexOf('[');
  if (open < 0) {
    if (!text || /[\s\]"()]/.test(text)) throw invalidPath(`"${path}" is not a valid attribute path.`);
    return { attribute: withoutCoreSchema(text).toLowerCase() };
  }
  const close = text.lastIndexOf(']');
  const rest = close < 0 ? '' : text.slice(close + 1);
  if (close < open || (rest && !/^\.[A-Za-z][\w$-]*$/.test(rest))) throw invalidPath(`"${path}" is not a valid attribute path.`);
  let valueFilter: Filter;
  try {
    valueFilter = parseFilter(text.slice(open + 1, close));
  } catch (error) {
    throw invalidPath(`The filter in the path "${path}" is not valid: ${(error as Error).message}`);
  }
  return {
    attribute: withoutCoreSchema(text.slice(0, open)).toLowerCase(),
    valueFilter,
    ...(rest ? { subAttribute: rest.slice(1).toLowerCase() } : {}),
  };
}
