// The small rules under every export: which characters the PDF fonts can draw, how text breaks into
// lines, and which sheet names Excel accepts.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { excelSheetName } from '../../src/platform/exports/sheet-names.js';
import { textLines } from '../../src/platform/exports/text-lines.js';
import { winAnsiText } from '../../src/platform/exports/win-ansi-text.js';

describe('text the PDF fonts can draw', () => {
  it.each([
    ['plain ASCII is kept', 'Patch within 14 days (CE+)', 'Patch within 14 days (CE+)'],
    ['Latin-1 letters and the pound sign are kept', 'Zoë Brontë, café, £5, 20°C', 'Zoë Brontë, café, £5, 20°C'],
    ['WinAnsi punctuation is kept', '“Quoted” ‘text’ – — … • € ™', '“Quoted” ‘text’ – — … • € ™'],
    ['a right arrow', 'Backup → restore', 'Backup -> restore'],
    ['a left arrow and a double arrow', 'a ← b ⇒ c', 'a <- b => c'],
    ['greater than or equal and less than or equal', '≥ 95% and ≤ 5%', '>= 95% and <= 5%'],
    ['not equal and the minus sign', '2 ≠ 3 − 1', '2 != 3 - 1'],
    ['ticks and crosses', '✓ MFA ✗ SSO', '[yes] MFA [no] SSO'],
    ['a tick drawn as an emoji', 'done ✔️', 'done [yes]'],
    ['an emoji', 'Great work 😀', 'Great work ?'],
    ['an emoji made of several joined characters is one "?"', 'by 👩‍💻', 'by ?'],
    ['a flag is one "?"', '🇬🇧 only', '? only'],
    ['a skin-tone emoji is one "?"', '👍🏽', '?'],
    ['Chinese, one "?" per character', '中文', '??'],
    ['Cyrillic', 'Привет', '??????'],
    ['Polish letters outside Latin-1 lose their accents', 'Łódź', 'Lódz'],
    ['Czech letters outside Latin-1 lose their accents', 'Dvořák', 'Dvorák'],
    ['a letter and a combining accent that compose', 'e\u0301', 'é'],
    ['a combining accent with no composed form is dropped', 'q\u0307', 'q'],
    ['a ligature becomes its letters', 'ﬁle', 'file'],
    ['a vulgar fraction outside Latin-1', '⅓', '1/3'],
    ['full-width letters', 'ＡＢＣ', 'ABC'],
    ['a thin space becomes a space', '10\u2009000', '10 000'],
    ['a no-break space is kept', '10\u00a0000', '10\u00a0000'],
    ['a zero-width space goes', 'pass\u200bword', 'password'],
    ['a byte order mark goes', '\ufeffTitle', 'Title'],
    ['a tab becomes a space', 'a\tb', 'a b'],
    ['a bell character goes', 'a\u0007b', 'ab'],
    ['CR LF and CR become line breaks', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['a lone half of a surrogate pair', 'a\ud800b', 'a?b'],
    ['empty text', '', ''],
  ])('%s', (_, text, expected) => {
    expect(winAnsiText(text)).toBe(expected);
  });

  it('gives Helvetica only characters it can draw, whatever the input', async () => {
    const document = await PDFDocument.create();
    const fonts = [await document.embedFont(StandardFonts.Helvetica), await document.embedFont(StandardFonts.HelveticaBold)];
    const refused: string[] = [];
    // Every character of the Basic Multilingual Plane and the two planes after it (emoji, rare CJK).
    for (let codePoint = 0; codePoint <= 0x2ffff; codePoint += 1) {
      for (const line of winAnsiText(`a${String.fromCodePoint(codePoint)}b`).split('\n')) {
        for (const font of fonts) {
          try {
            font.encodeText(line);
          } catch {
            refused.push(codePoint.toString(16));
          }
        }
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('breaking text into lines', () => {
  // One point per character, so the widths are easy to see.
  const measure = (text: string) => text.length;

  it.each<[string, string, number, string[]]>([
    ['text that fits is one line', 'a b c', 10, ['a b c']],
    ['text breaks at the last space that fits', 'aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['a word exactly as wide as the line fits', 'abcd', 4, ['abcd']],
    ['a word wider than the line is split', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['a long word after a short one starts its own line', 'ab cdefghij', 4, ['ab', 'cdef', 'ghij']],
    ['a line break always starts a new line', 'a\nb', 10, ['a', 'b']],
    ['an empty line between paragraphs is kept', 'a\n\nb', 10, ['a', '', 'b']],
    ['runs of spaces count as one', 'a    b', 10, ['a b']],
    ['empty text is one empty line', '', 10, ['']],
    ['a character wider than the line still gets a line of its own', 'ab', 0.5, ['a', 'b']],
  ])('%s', (_, text, width, expected) => {
    expect(textLines(text, width, measure)).toEqual(expected);
  });
});

describe('worksheet names Excel accepts', () => {
  it.each([
    ['a plain name is kept', 'Assessment', 'Assessment'],
    ['a slash becomes a hyphen', 'Assessment 2025/26', 'Assessment 2025-26'],
    ['each character Excel forbids becomes a hyphen', 'a[b]c:d*e?f/g\\h', 'a-b-c-d-e-f-g-h'],
    ['a long name is cut to 31 characters', 'Data Security and Protection Toolkit evidence', 'Data Security and Protection To'],
    ['a space left at the cut is dropped', `${'x'.repeat(30)} y`, 'x'.repeat(30)],
    ['an emoji is not cut in half', `${'x'.repeat(30)}😀`, 'x'.repeat(30)],
    ['apostrophes at either end go', "'Quoted'", 'Quoted'],
    ['control characters go', 'Tab\there', 'Tabhere'],
    ['an empty name', '', 'Sheet'],
    ['a name of only spaces', '   ', 'Sheet'],
    ['the name Excel keeps for itself', 'History', 'History (2)'],
  ])('%s', (_, wanted, expected) => {
    const name = excelSheetName(wanted, new Set());
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('numbers a name already taken, ignoring letter case', () => {
    const taken = new Set<string>();
    expect([excelSheetName('Summary', taken), excelSheetName('summary', taken), excelSheetName('SUMMARY', taken)]).toEqual([
      'Summary',
      'summary (2)',
      'SUMMARY (3)',
    ]);
  });

  it('shortens a long repeated name to make room for its number', () => {
    const taken = new Set<string>();
    const long = 'Data Security and Protection Toolkit evidence';
    excelSheetName(long, taken);
    const second = excelSheetName(long, taken);
    expect(second).toBe('Data Security and Protectio (2)');
    expect(second).toHaveLength(31);
  });
});
