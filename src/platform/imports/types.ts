// The shapes every import shares: a source read as a stream of records, the columns a kind of import
// declares, how an organisation's file maps onto them, and the problems found in a row.

/** File formats the pipeline reads. */
export type SourceFormat = 'csv' | 'xlsx' | 'ndjson' | 'json';

/** Text encodings a CSV or NDJSON file may be in; UTF-16 is recognised by its BOM. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Ceilings that keep a hostile or mistaken file from exhausting memory or time. */
export interface SourceLimits {
  maxBytes: number;
  maxRows: number;
  maxColumns: number;
  maxFieldChars: number;
  /** Characters one record (a CSV row, an NDJSON line) may hold; bounds memory while streaming. */
  maxRecordChars: number;
}

/** One data row: its cells in header order, numbered as a person sees it in the file. */
export interface SourceRecord {
  /** Row number in the file as a spreadsheet shows it (the header row is 1, so data starts at 2). */
  row: number;
  /** Cells in the order of the headers, trimmed, as many as the row holds: a ragged row may have fewer or more. */
  cells: string[];
}

/** A file opened for reading: its header row, then its records one at a time. */
export interface SourceReader {
  headers: string[];
  records: AsyncIterable<SourceRecord>;
  /**
   * The same records a piece of the file at a time, for a caller that reads millions of rows: one
   * await per piece rather than per row. A caller reads `records` or `batches`, not both.
   */
  batches?: AsyncIterable<SourceRecord[]>;
  /** Bytes consumed so far, for progress. */
  bytesRead(): number;
  /** What the file says about itself besides its records (a JSON document's top-level values, as text). */
  properties?: Readonly<Record<string, string>>;
  /** Stops reading and releases the file, for a caller that stops before the last record. */
  close?(): void;
}

/** A value type a column may declare. Dates always name their format; nothing is guessed. */
export type ColumnType =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'email' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'date' }
  /** An instant; as an ISO string, or with `epochMs` as milliseconds (for kinds that store them so). */
  | { kind: 'datetime'; epochMs?: boolean };

/** A field an import kind needs, and what its values must be. */
export interface ColumnSpec {
  /** Our name for the field, e.g. `odsCode`. */
  field: string;
  /** What a person calls it, e.g. "ODS code"; also the default column heading. */
  label: string;
  type: ColumnType;
  required: boolean;
}

/** Where one field is found in a file, and (for dates) the format its values are written in. */
export interface FieldMapping {
  column: string;
  /** For date and datetime fields: e.g. `DD/MM/YYYY`, `YYYY-MM-DD`, `DD/MM/YYYY HH:mm`. */
  format?: string;
  /**
   * For datetime fields whose values carry no offset: the IANA zone their clocks were in, e.g. `UTC`
   * for a SIEM export. Europe/London when not given.
   */
  timeZone?: string;
}

/** A named mapping: field → column in the file. Fields not mapped are read from their label. */
export type ColumnMapping = Record<string, FieldMapping>;

/** A typed value after conversion; dates become ISO strings (`YYYY-MM-DD` or a full instant). */
export type FieldValue = string | number | boolean | null;

/** What is wrong with one value, said so that a person can find and fix it. */
export interface RowProblem {
  row: number;
  column: string;
  value: string;
  reason: string;
}
