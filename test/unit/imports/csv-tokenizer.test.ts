// The CSV tokenizer reads a file in whatever pieces the stream hands it: a piece may end anywhere,
// between the two quotes of "", between CR and LF, inside a quoted line break. Whatever the cut, the
// records must be those of reading the text whole, and a fault must name the same record.
import { describe, expect, it } from 'vitest';
import { CsvTokenError, CsvTokenizer } from '../../../src/platform/imports/csv-tokenizer.js';

type Outcome = { records: string[][]; count: number } | { fault: string; recordsBefore: number; index: number | undefined };

/** Tokenizes the pieces in turn, then ends: the records, or the fault and where it was. */
function tokenize(pieces: readonly string[], maxRecordChars = 1024 * 1024): Outcome {
  const tokenizer = new CsvTokenizer(',', maxRecordChars);
  const records: string[][] = [];
  try {
    for (const piece of pieces) records.push(...tokenizer.push(piece));
    records.push(...tokenizer.end());
  } catch (error) {
    if (!(error instanceof CsvTokenError)) throw error;
    return { fault: error.fault, recordsBefore: error.recordsBefore, index: error.index };
  }
  return { records, count: tokenizer.recordCount };
}

/** The text cut in two at every position (including before the first and after the last character). */
const everyCutInTwo = (text: string) => Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)]);
const oneCharacterAtATime = (text: string) => [...text];

const TRICKY = [
  'Name,Note,Count\r\n',
  // A quoted comma and doubled quotes.
  '"Khan, Amira","She said ""hello""",3\r\n',
  // A line break inside quotes, and a line ended by LF alone.
  'plain,"line one\r\nline two",4\n',
  // A line ended by a lone CR, then a blank CRLF line and a blank LF line.
  'lone,cr\r',
  '\r\n',
  '\n',
  // Spaces around values and around quotes.
  '  spaced  ,  "quoted, spaced"  ,5\n',
  // Empty quoted values and an empty last value.
  '"","",\n',
  // The last row has no line break; its last quoted value ends in a doubled quote.
  'a,"x""y""",last',
].join('');

const TRICKY_RECORDS = [
  ['Name', 'Note', 'Count'],
  ['Khan, Amira', 'She said "hello"', '3'],
  ['plain', 'line one\r\nline two', '4'],
  ['lone', 'cr'],
  [''],
  [''],
  ['spaced', 'quoted, spaced', '5'],
  ['', '', ''],
  ['a', 'x"y"', 'last'],
];

describe('the CSV tokenizer, a piece at a time', () => {
  it('reads the tricky file whole as a person would read it', () => {
    expect(tokenize([TRICKY])).toEqual({ records: TRICKY_RECORDS, count: TRICKY_RECORDS.length });
  });

  it('gives the same records whatever position the file is cut in two at', () => {
    for (const pieces of everyCutInTwo(TRICKY)) expect(tokenize(pieces), JSON.stringify(pieces)).toEqual({ records: TRICKY_RECORDS, count: TRICKY_RECORDS.length });
  });

  it('gives the same records read one character at a time', () => {
    expect(tokenize(oneCharacterAtATime(TRICKY))).toEqual({ records: TRICKY_RECORDS, count: TRICKY_RECORDS.length });
  });

  it('with a final line break, the last record is the same and no empty one follows', () => {
    const ended = `${TRICKY}\r\n`;
    for (const pieces of [[ended], ...everyCutInTwo(ended), oneCharacterAtATime(ended)]) expect(tokenize(pieces)).toEqual({ records: TRICKY_RECORDS, count: TRICKY_RECORDS.length });
  });

  it('holds back a record until its end arrives, and hands it over when it does', () => {
    const tokenizer = new CsvTokenizer(',', 1024);
    expect(tokenizer.push('a,"b\r')).toEqual([]);
    expect(tokenizer.push('\nc",d\r')).toEqual([]);
    // The CR might have been the first half of CRLF: only the next character says it was not.
    expect(tokenizer.push('e')).toEqual([['a', 'b\r\nc', 'd']]);
    expect(tokenizer.end()).toEqual([['e']]);
    expect(tokenizer.recordCount).toBe(2);
  });

  it('keeps the first record with a value as the headings, skipping blank lines before it', () => {
    const tokenizer = new CsvTokenizer(',', 1024);
    tokenizer.push('\r\n,\r\nIncidentNumber,Title\r\n1,x\r\n');
    expect(tokenizer.firstRecord).toEqual(['IncidentNumber', 'Title']);
  });
});

describe('the faults it refuses, named by the records before them', () => {
  it.each([
    // Blank records count: they are rows in a spreadsheet.
    ['a quote not closed', 'a,b\r\n\r\nc,"open\r\nmore,text\r\n', { fault: 'quote-not-closed', recordsBefore: 2, index: 1 }],
    ['a quote inside an unquoted value', 'a,b\nc,5" screen\n', { fault: 'stray-quote', recordsBefore: 1, index: 1 }],
    ['text after a closing quote', 'a,b\n"c"x,d\n', { fault: 'text-after-quote', recordsBefore: 1, index: 0 }],
  ])('%s', (_, text, expected) => {
    expect(tokenize([text])).toEqual(expected);
    for (const pieces of [...everyCutInTwo(text), oneCharacterAtATime(text)]) expect(tokenize(pieces), JSON.stringify(pieces)).toEqual(expected);
  });

  it('a record longer than the limit, however the file is cut', () => {
    const text = `a,b\r\nc,d\r\n"${'x'.repeat(40)}",e\r\nf,g\r\n`;
    expect(tokenize([text], 30)).toMatchObject({ fault: 'record-too-long', recordsBefore: 2 });
    for (const pieces of [...everyCutInTwo(text), oneCharacterAtATime(text)]) expect(tokenize(pieces, 30), JSON.stringify(pieces)).toMatchObject({ fault: 'record-too-long', recordsBefore: 2 });
  });

  it('a record of exactly the limit, its line end included, is read', () => {
    const text = `a,b\r\n${'x'.repeat(26)},e\r\n`;
    expect(tokenize([text], 30)).toEqual({ records: [['a', 'b'], ['x'.repeat(26), 'e']], count: 2 });
    expect(tokenize(oneCharacterAtATime(text), 30)).toEqual({ records: [['a', 'b'], ['x'.repeat(26), 'e']], count: 2 });
  });
});
