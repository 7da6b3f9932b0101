// Whether an SVG file is safe to show as a logo: well-formed XML whose root is <svg>, with nothing that
// runs (scripts, event attributes, javascript: addresses), embeds another document (foreignObject,
// iframes) or fetches anything from elsewhere (external hrefs, CSS url() and @import). A small scanner
// of our own: it builds no tree, cannot recurse, and refuses document types and entities outright, so
// no entity can expand or reach a file.

/** Elements that run code or embed a document of another kind; none belongs in a logo. */
const REFUSED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes whose value is an address to load or follow. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src']);
/** The only addresses a logo may hold: a fragment of itself, or an embedded bitmap. */
const SAFE_ADDRESS = /^(#|data:image\/(png|jpeg|gif|webp);base64,)/i;
// Sticky patterns, matched where the scan stands (no copies of the rest of the file at every tag).
const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Refused extends Error {}

/** Why the SVG text may not be used as a logo, or undefined when it may. */
export function svgProblem(source: string): string | undefined {
  try {
    scan(source.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
}

function scan(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Refused('it declares a document type or entities, which a logo does not need');
  const open: string[] = [];
  let rootSeen = false;
  let at = 0;
  let styleText = '';
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const content = text.slice(at, next === -1 ? text.length : next);
    if (content.trim()) {
      if (!open.length) throw new Refused('it has text outside its <svg> element');
      const decoded = decodeEntities(content);
      if (open.at(-1) === 'style') styleText += decoded;
    }
    if (next === -1) break;
    at = next;
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end === -1) throw malformed('a comment is never closed');
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9);
      if (end === -1 || !open.length) throw malformed('a CDATA section is never closed or is outside the <svg> element');
      if (open.at(-1) === 'style') styleText += text.slice(at + 9, end);
      at = end + 3;
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end === -1) throw malformed('a processing instruction is never closed');
      if (at !== 0 || !/^<\?xml\s/.test(text)) throw new Refused('it has a processing instruction other than the XML declaration (such as a style sheet to load)');
      at = end + 2;
    } else if (text.startsWith('</', at)) {
      const name = matchAt(NAME, text, at + 2)?.[0];
      const end = text.indexOf('>', at);
      if (!name || end === -1 || text.slice(at + 2 + name.length, end).trim()) throw malformed('a closing tag is not written properly');
      if (open.at(-1) !== localName(name)) throw malformed(`</${name}> does not close the element that is open`);
      if (localName(name) === 'style') checkCss(styleText, '<style>');
      open.pop();
      at = end + 1;
    } else {
      at = scanStartTag(text, at, open, rootSeen);
      rootSeen = true;
      if (open.at(-1) === 'style') styleText = '';
    }
  }
  if (!rootSeen) throw malformed('it has no <svg> element');
  if (open.length) throw malformed(`<${open.at(-1)}> is never closed`);
}

/** Reads one start tag at `at`, checks its name and attributes, and returns where it ends. */
function scanStartTag(text: string, at: number, open: string[], rootSeen: boolean): number {
  const name = matchAt(NAME, text, at + 1)?.[0];
  if (!name) throw malformed(`a “<” at character ${at + 1} does not start a tag`);
  const element = localName(name);
  if (rootSeen && !open.length) throw malformed('it has more than one top-level element');
  if (!rootSeen && element !== 'svg') throw new Refused(`its top-level element is <${name}>, not <svg>`);
  if (REFUSED_ELEMENTS.has(element)) throw new Refused(`it contains a <${name}> element, which can run code or embed another document`);
  let rest = at + 1 + name.length;
  const seen = new Set<string>();
  for (;;) {
    const attribute = matchAt(ATTRIBUTE, text, rest);
    if (!attribute) break;
    const [whole, attributeName = '', , doubleQuoted, singleQuoted] = attribute;
    if (seen.has(attributeName)) throw malformed(`<${name}> has the attribute ${attributeName} twice`);
    seen.add(attributeName);
    checkAttribute(name, attributeName, decodeEntities(doubleQuoted ?? singleQuoted ?? ''));
    rest += whole.length;
  }
  const close = matchAt(TAG_END, text, rest);
  if (!close) throw malformed(`the <${name}> tag is not written properly`);
  if (!close[1]) open.push(element);
  return rest + close[0].length;
}

function checkAttribute(element: string, name: string, value: string): void {
  const local = localName(name);
  // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" still runs.
  const squeezed = withoutControlCharacters(value).replace(/\s+/g, '').toLowerCase();
  if (local.startsWith('on')) throw new Refused(`<${element}> has an event attribute (${name}), which runs script`);
  if (squeezed.includes('javascript:') || squeezed.includes('vbscript:')) throw new Refused(`<${element}> has a script address in ${name}`);
  if (ADDRESS_ATTRIBUTES.has(local) && !SAFE_ADDRESS.test(value.trim())) {
    throw new Refused(`<${element}> refers to something outside the file (${name}="${shorten(value)}"); only #fragments and embedded PNG, JPEG, GIF or WebP images are allowed`);
  }
  // Animation could write an event attribute or an address after the checks above.
  if (local === 'attributename' && (squeezed.startsWith('on') || squeezed.endsWith('href'))) throw new Refused(`<${element}> animates ${value}, which could add script or an address`);
  checkCss(value, `<${element}> ${name}`);
}

/** CSS may fill with a gradient of the file's own (url(#id)) but load nothing. */
function checkCss(css: string, where: string): void {
  // Escapes are read first: CSS takes u\72l( for url( and @\69mport for @import.
  const squeezed = decodeCssEscapes(css.replace(/\/\*[\s\S]*?\*\//g, '')).toLowerCase();
  if (squeezed.includes('@import')) throw new Refused(`${where} imports a style sheet from elsewhere`);
  for (const match of squeezed.matchAll(/url\(\s*(['"]?)\s*([^'")]*)/g)) {
    const target = match[2] ?? '';
    if (!target.startsWith('#') && !SAFE_ADDRESS.test(target)) throw new Refused(`${where} loads url(${shorten(target)}) from outside the file`);
  }
  // These take an address as a plain string, without url(), so the check above cannot see it.
  const loader = /(?<![\w-])((?:-webkit-)?image-set|src)\s*\(/.exec(squeezed)?.[1];
  if (loader) throw new Refused(`${where} uses ${loader}(), which can load an image or font from elsewhere`);
  if (/expression\s*\(/.test(squeezed)) throw new Refused(`${where} has a CSS expression, which runs script`);
}

/** CSS escapes as the characters they stand for: a backslash and up to six hex digits, or any one character. */
function decodeCssEscapes(css: string): string {
  return css.replace(/\r\n?|\f/g, '\n').replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n]?|([\s\S]))/g, (_, hex: string | undefined, character: string | undefined) => {
    if (hex === undefined) return character === '\n' ? '' : (character ?? '');
    const code = Number.parseInt(hex, 16);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  });
}

function withoutControlCharacters(text: string): string {
  return [...text].filter((character) => character.charCodeAt(0) > 0x1f).join('');
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, entity: string | undefined) => {
    if (entity === undefined) throw malformed('an “&” does not start a character reference');
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (code > 0x10ffff) throw malformed(`${whole} is not a character`);
      return String.fromCodePoint(code);
    }
    return NAMED[entity]!;
  });
}

/** The element or attribute name without its namespace prefix, lower-cased (svg:script is a script). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function malformed(why: string): Refused {
  return new Refused(`it is not well-formed XML: ${why}`);
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
