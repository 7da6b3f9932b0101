// Text that the PDF's standard fonts can draw. Helvetica as every PDF reader ships it covers only
// the WinAnsi character set (Western European letters and common punctuation); anything else would
// make the PDF library throw, so a narrative with an arrow or an emoji must be mapped first.

/** Every character WinAnsi encodes, apart from line breaks: printable ASCII, Latin-1 and 27 extras. */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    WIN_ANSI_EXTRAS.includes(String.fromCodePoint(codePoint))
  );
}

/** Characters people type or paste that have a readable stand-in. Anything else unknown becomes "?". */
const STAND_INS: Record<string, string> = {
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '⇐': '<=', '⇔': '<=>', '↑': '^', '↓': 'v',
  '≥': '>=', '≤': '<=', '≠': '!=', '≈': '~', '−': '-', '∓': '-/+', '×': 'x', '⁄': '/', '∕': '/',
  '‐': '-', '‑': '-', '‒': '-', '―': '—', '′': "'", '″': '"', '‛': "'", '‟': '"',
  '✓': '[yes]', '✔': '[yes]', '☑': '[yes]', '✅': '[yes]', '✗': '[no]', '✘': '[no]', '☒': '[no]', '❌': '[no]', '☐': '[ ]',
  '◦': '•', '‣': '•', '⁃': '•', '●': '•', '▪': '•', '■': '•', '◆': '•', '▶': '>', '►': '>',
  'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i', 'Ŧ': 'T', 'ŧ': 't',
};

// Emoji presentation selectors only say how to draw the character before them.
const PRESENTATION_SELECTORS = /[\uFE0E\uFE0F]/g;
const MARK = /^\p{M}$/u;
// Zero-width and other invisible formatting characters (joiners, byte order marks, direction marks).
const INVISIBLE = /^\p{Cf}$/u;
const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });

/** The character's stand-in: itself, a readable replacement, or null when it has none. */
function standIn(character: string): string | null {
  const codePoint = character.codePointAt(0) ?? 0;
  if (isWinAnsi(codePoint)) return character;
  if (character === '\n') return '\n';
  if (character === '\t') return ' ';
  if (STAND_INS[character] !== undefined) return STAND_INS[character];
  if (/^\p{Cc}$/u.test(character) || INVISIBLE.test(character) || MARK.test(character)) return '';
  return null;
}

/** A grapheme (what a reader sees as one character) in WinAnsi, or "?" when it has no stand-in. */
function graphemeText(grapheme: string): string {
  const plain = grapheme.replace(PRESENTATION_SELECTORS, '');
  const whole = [...plain].map(standIn);
  if (whole.every((part) => part !== null)) return whole.join('');
  // The compatibility form splits letters from accents (ǆ -> dž, q̇ -> q + mark), spaces of every width
  // into a plain space and ligatures into letters; the accents are then dropped as marks.
  const decomposed = [...plain.normalize('NFKD')].map(standIn);
  if (decomposed.every((part) => part !== null) && decomposed.join('') !== '') return decomposed.join('');
  return '?';
}

/**
 * `text` using only characters WinAnsi can encode, plus "\n" for line breaks (CR LF and CR become
 * "\n"). Accented letters outside Latin-1 lose their accents, known symbols get a stand-in ("→" "->",
 * "≥" ">=", "✓" "[yes]"), invisible characters go, and any other character (emoji, other scripts)
 * becomes one "?" each.
 */
export function winAnsiText(text: string): string {
  let result = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC').replace(/\r\n?/g, '\n'))) result += graphemeText(segment);
  return result;
}
