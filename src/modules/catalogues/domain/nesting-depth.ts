// How deeply a JSON or YAML text nests, found in one pass over its characters or lexical tokens, with
// nothing built and no recursion: parsers that recurse run out of stack on a file nested a few hundred
// deep, so a file nested deeper than any catalogue is refused before one of them sees it.
import { CST, Lexer } from 'yaml';

/** The deepest nesting a catalogue file may have: Bulwark's own and WebCAF's files nest about 10 deep, CISO Assistant's 6. */
export const MAX_NESTING_DEPTH = 32;

/** Where a text first nests deeper than it may: the depth reached, and the line and column (from 1). */
export interface TooDeep {
  depth: number;
  line: number;
  column: number;
}

/** JSON: brackets and braces outside strings, counted exactly. */
export function jsonTooDeep(text: string, maxDepth: number): TooDeep | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, which may be a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { depth, line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return null;
}

/**
 * YAML: flow collections are counted exactly from the lexer's brackets; block collections from the
 * columns at which nodes start (a line's first node, and a node after "- " or "? "), kept as a stack
 * of indents, so `a:\n  b:\n    c: 1` is three deep. An indentless sequence under a key shares its
 * key's column and is not counted, so this can read up to half the true depth, never more than one
 * above it; the exact check walks the parsed tree afterwards. `onToken` is called for each token
 * (the caller's token budget).
 */
export function yamlTooDeep(text: string, maxDepth: number, onToken: () => void = () => undefined): TooDeep | null {
  const indents: number[] = [];
  let flow = 0;
  let outerFlowIsBlockLevel = false;
  let line = 1;
  let column = 0;
  let startsLine = true;
  let afterIndicator = false;
  let scalarFollows = false;
  let blockScalar = false;

  const advance = (source: string) => {
    const lastBreak = source.lastIndexOf('\n');
    if (lastBreak === -1) column += source.length;
    else {
      for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 0x0a) line++;
      column = source.length - lastBreak - 1;
    }
  };
  const tooDeep = (depth: number): TooDeep | null => (depth > maxDepth ? { depth, line, column: column + 1 } : null);
  /** A node starts here: in block context at the start of a line or after "- " or "? ", it opens a level. */
  const nodeStarts = (): boolean => {
    if (flow > 0 || !(startsLine || afterIndicator)) return false;
    startsLine = false;
    afterIndicator = false;
    while (indents.length && indents[indents.length - 1]! >= column) indents.pop();
    indents.push(column);
    return true;
  };

  for (const token of new Lexer().lex(text)) {
    onToken();
    if (scalarFollows) {
      // The scalar's own text: a plain or block scalar (quoted ones come as one token of their own).
      const found = !blockScalar && nodeStarts() ? tooDeep(indents.length) : null;
      if (found) return found;
      advance(token);
      scalarFollows = false;
      blockScalar = false;
      continue;
    }
    const type = CST.tokenType(token);
    let found: TooDeep | null = null;
    switch (type) {
      case 'scalar':
        scalarFollows = true;
        continue;
      case 'doc-mode':
      case 'flow-error-end':
        continue;
      case 'newline':
        line++;
        column = 0;
        startsLine = true;
        afterIndicator = false;
        continue;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (nodeStarts()) found = tooDeep(indents.length);
        afterIndicator = true;
        break;
      case 'flow-seq-start':
      case 'flow-map-start':
        // An outermost flow collection that starts a block node is that node's level, not one more.
        if (flow === 0) outerFlowIsBlockLevel = nodeStarts();
        flow++;
        found = tooDeep(indents.length + flow - (outerFlowIsBlockLevel ? 1 : 0));
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        flow = Math.max(0, flow - 1);
        break;
      case 'block-scalar-header':
        blockScalar = true;
        break;
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'alias':
        if (nodeStarts()) found = tooDeep(indents.length);
        break;
      default:
        break;
    }
    if (found) return found;
    advance(token);
  }
  return null;
}
