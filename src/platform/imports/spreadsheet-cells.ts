// Cells written to files that people open in Excel or another spreadsheet. Text that starts like a
// formula is shown as text, so an exported value such as =HYPERLINK(...) from a hostile import can
// never run (the OWASP guidance on CSV injection).

/** A value as it goes into an exported cell. */
export type CellValue = string | number | boolean | null;

// Spreadsheets start a formula at =, + or - and a function at @; a leading tab or carriage return
// can hide one of those from a check that only looks at the first character.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell with a leading apostrophe when its text could start a formula, so the spreadsheet shows it
 * as text. Numbers and booleans the export produces itself (such as -5) are written as they are.
 */
export function neutraliseCell(value: CellValue): CellValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
