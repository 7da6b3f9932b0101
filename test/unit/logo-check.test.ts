// A deployment's logo file: what is taken (a plain SVG or PNG up to 100 KB) and every way a hostile
// or broken file is refused, each with the reason a person would need to fix it.
import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES } from '../../src/platform/identity/logo-check.js';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"${attributes}>${inner}</svg>`;
const PLAIN = svg('<rect width="100" height="40" fill="#005eb8"/><text x="4" y="28" fill="#fff">Trust</text>');

/** A PNG's signature and header chunk, with the width and height given, and some bytes after. */
function png(width: number, height: number, size = 64): Buffer {
  const bytes = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

describe('a logo that may be used', () => {
  it.each([
    ['a plain SVG', 'logo.svg', PLAIN, 'image/svg+xml'],
    ['an SVG with an XML declaration, a byte order mark, a comment and CDATA style', 'LOGO.SVG', `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by the Trust -->\n${svg('<style><![CDATA[.a{fill:#fff}]]></style><path class="a" d="M0 0h10v10z"/>')}`, 'image/svg+xml'],
    ['an SVG filled with its own gradient through url(#id) and href="#id"', 'logo.svg', svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#005eb8"/></linearGradient><path id="p" d="M0 0h4v4z"/></defs><rect fill="url(#g)" style="fill: url( \'#g\' )"/><use href="#p"/><use xlink:href="#p"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), 'image/svg+xml'],
    ['an SVG embedding a PNG as data', 'logo.svg', svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>'), 'image/svg+xml'],
    ['a font name written in CSS escapes, as some drawing programs export it', 'logo.svg', svg('<style>.t{font-family:\'\\5FAE\\8F6F\\96C5\\9ED1\'}</style><text class="t">x</text>'), 'image/svg+xml'],
    ['character references that spell nothing harmful', 'logo.svg', svg('<text>Care &amp; Health &#8211; &#x2013;</text>'), 'image/svg+xml'],
    ['a PNG', 'logo.png', png(560, 160), 'image/png'],
    ['a file of exactly 100 KB', 'logo.png', png(560, 160, LOGO_MAX_BYTES), 'image/png'],
  ])('%s', (_, name, content, mediaType) => {
    expect(checkLogo(name, typeof content === 'string' ? Buffer.from(content) : content)).toEqual({ ok: true, mediaType });
  });
});

describe('a logo that is refused, and why', () => {
  it.each([
    ['a <script> element', svg('<script>alert(1)</script>'), 'it contains a <script> element'],
    ['a namespaced script element', svg('<svg:script>alert(1)</svg:script>', ' xmlns:svg="http://www.w3.org/2000/svg"'), 'it contains a <svg:script> element'],
    ['a script element in capitals', svg('<SCRIPT>alert(1)</SCRIPT>'), 'it contains a <SCRIPT> element'],
    ['an onload attribute on the root', svg('', ' onload="alert(1)"'), 'has an event attribute (onload)'],
    ['an onclick attribute on a shape', svg('<rect onClick="alert(1)"/>'), 'has an event attribute (onClick)'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'has a script address in href'],
    ['a javascript: link hidden by character references and a tab', svg('<a href="&#106;ava&#x09;script:alert(1)"><text>x</text></a>'), 'has a script address in href'],
    ['a <foreignObject> holding HTML', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'it contains a <foreignObject> element'],
    ['an iframe', svg('<iframe src="https://example.org"/>'), 'it contains a <iframe> element'],
    ['an image from another site', svg('<image href="https://tracker.example/pixel.png"/>'), 'refers to something outside the file (href="https://tracker.example/pixel.png")'],
    ['a use of another file through xlink:href', svg('<use xlink:href="http://example.org/sprites.svg#logo"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), 'refers to something outside the file (xlink:href='],
    ['an embedded SVG document as data', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'refers to something outside the file'],
    ['a text/html data address', svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'), 'refers to something outside the file'],
    ['CSS that loads a font from elsewhere', svg('<style>@import url(https://fonts.example/x.css);</style>'), '<style> imports a style sheet from elsewhere'],
    ['a style attribute with a remote background', svg('<rect style="fill:url(https://example.org/a.svg#g)"/>'), 'loads url(https://example.org/a.svg#g) from outside the file'],
    ['url() spelt with a CSS escape', svg('<style>rect{fill:u\\72l(https://example.org/a.svg#g)}</style>'), '<style> loads url(https://example.org/a.svg#g) from outside the file'],
    ['url() spelt with an escape and its space in a style attribute', svg('<rect style="fill:\\75 rl(https://example.org/a.svg#g)"/>'), '<rect> style loads url(https://example.org/a.svg#g)'],
    ['@import spelt with a CSS escape', svg('<style>@\\69mport "https://fonts.example/x.css";</style>'), '<style> imports a style sheet from elsewhere'],
    ['image-set() with a plain address', svg('<style>rect{background-image:image-set("https://example.org/a.png" 1x)}</style>'), '<style> uses image-set(), which can load an image or font from elsewhere'],
    ['-webkit-image-set() with a plain address', svg('<rect style="background-image:-webkit-image-set(\'https://example.org/a.png\' 1x)"/>'), '<rect> style uses -webkit-image-set()'],
    ['src() with a plain address', svg('<style>rect{background-image:src("https://example.org/a.png")}</style>'), '<style> uses src()'],
    ['animation that writes an href', svg('<a><set attributeName="href" to="https://example.org"/><text>x</text></a>'), 'animates href'],
    ['animation that writes an event attribute', svg('<rect><set attributeName="onmouseover" to="alert(1)"/></rect>'), 'animates onmouseover'],
    ['a document type with entities (a billion laughs)', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg('<text>&a;</text>')}`, 'declares a document type or entities'],
    ['a style sheet processing instruction', `<?xml-stylesheet href="https://example.org/x.css"?>${PLAIN}`, 'processing instruction other than the XML declaration'],
    ['an undeclared entity', svg('<text>&nbsp;</text>'), 'not well-formed XML: an “&” does not start a character reference'],
    ['an element never closed', '<svg xmlns="http://www.w3.org/2000/svg"><g><rect/></svg>', 'not well-formed XML: </svg> does not close the element that is open'],
    ['a file cut short', '<svg xmlns="http://www.w3.org/2000/svg"><rect/>', 'not well-formed XML: <svg> is never closed'],
    ['the same attribute twice', svg('<rect fill="#fff" fill="#000"/>'), 'not well-formed XML: <rect> has the attribute fill twice'],
    ['an HTML page named .svg', '<html><body><script>alert(1)</script></body></html>', 'its top-level element is <html>, not <svg>'],
    ['text outside the drawing', `${PLAIN}trailing`, 'it has text outside its <svg> element'],
  ])('an SVG with %s', (_, content, reason) => {
    const check = checkLogo('logo.svg', Buffer.from(content));
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });

  it.each([
    ['an oversized PNG', 'logo.png', png(560, 160, LOGO_MAX_BYTES + 1), 'it is 101 KB; a logo may be at most 100 KB'],
    ['a PNG too wide to draw cheaply (a decompression bomb)', 'logo.png', png(50_000, 50_000), 'it is 50000 × 50000 pixels; a logo may be at most 4096 pixels either way'],
    ['a PNG with no width', 'logo.png', png(0, 10), 'its PNG header gives it no width or no height'],
    ['an SVG named .png', 'logo.png', Buffer.from(PLAIN), 'it does not start with the PNG signature'],
    ['a PNG cut off before its header', 'logo.png', png(10, 10).subarray(0, 16), 'it has no PNG header chunk (IHDR)'],
    ['a PNG named .svg', 'logo.svg', png(10, 10), 'it is not UTF-8 text'],
    ['a JPEG', 'logo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'its name does not end in .svg or .png'],
    ['an SVG with no extension', 'logo', Buffer.from(PLAIN), 'its name does not end in .svg or .png'],
    ['an empty file', 'logo.svg', Buffer.alloc(0), 'it is empty'],
  ])('%s', (_, name, bytes, reason) => {
    expect(checkLogo(name, bytes)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });
});
