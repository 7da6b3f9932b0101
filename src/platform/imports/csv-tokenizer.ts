// A CSV tokenizer for text that arrives in pieces (RFC 4180: quoted values may hold delimiters, ""
// for a quote and line breaks; CRLF, LF or CR line ends). It hands back every record a piece
// completes, as plain arrays, so that a million-row alert export is read at the speed of scanning
// its characters rather than one promise per row. Values are trimmed of spaces (inside quotes too,
// as people type `a, "b, c"`). What it refuses, it refuses with the record and column it was reading.

export type CsvFault = 'quote-not-closed' | 'record-too-long' | 'stray-quote' | 'text-after-quote';

export class CsvTokenError extends Error {
  constructor(
    readonly fault: CsvFault,
    /** Records finished before the one at fault (blank records included). */
    readonly recordsBefore: number,
    /** The value's place in its record, when known. */
    readonly index: number | undefined,
  ) {
    super(fault);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

export class CsvTokenizer {
  private pending = '';
  private records = 0;
  /** The first record with a value: the headings, for naming a column in a refusal before the reader has them. */
  firstRecord: string[] | undefined;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records this piece of text completes; an unfinished record waits for the next piece. */
  push(text: string): string[][] {
    const input = this.pending.length ? this.pending + text : text;
    const out: string[][] = [];
    const consumed = this.scan(input, false, out);
    this.pending = consumed < input.length ? input.slice(consumed) : '';
    if (this.pending.length > this.maxRecordChars) throw new CsvTokenError('record-too-long', this.records, undefined);
    return out;
  }

  /** The last record, when the text does not end with a line break. */
  end(): string[][] {
    const out: string[][] = [];
    if (this.pending.length) this.scan(this.pending, true, out);
    this.pending = '';
    return out;
  }

  /** Records completed so far, blank ones included. */
  get recordCount(): number {
    return this.records;
  }

  /**
   * Reads whole records from `s` into `out` and answers where the first unfinished one starts. At the
   * end of the file (`final`) the text's end also ends a record.
   */
  private scan(s: string, final: boolean, out: string[][]): number {
    const n = s.length;
    const delimiter = this.delimiter;
    const spaceIsTrimmed = delimiter !== TAB;
    let recordStart = 0;
    let i = 0;
    let cells: string[] = [];
    for (;;) {
      // The start of a value: spaces before a quote are allowed.
      const start = i;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c === SPACE || (c === TAB && spaceIsTrimmed)) i++;
        else break;
      }
      if (i < n && s.charCodeAt(i) === QUOTE) {
        // A quoted value: to the quote not followed by another; doubled quotes are undone once, at the end.
        const from = i + 1;
        let doubled = false;
        let closed = -1;
        for (let at = from; ; ) {
          const q = s.indexOf('"', at);
          if (q === -1) break;
          if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
            doubled = true;
            at = q + 2;
            continue;
          }
          if (q + 1 === n && !final) break; // the next piece may start with the second quote of a pair
          closed = q;
          break;
        }
        if (closed === -1) {
          if (final) throw new CsvTokenError('quote-not-closed', this.records, cells.length);
          this.checkLength(n - recordStart, cells.length);
          return recordStart;
        }
        i = closed + 1;
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c === SPACE || (c === TAB && spaceIsTrimmed)) i++;
          else break;
        }
        if (i < n) {
          const c = s.charCodeAt(i);
          if (c !== delimiter && c !== CR && c !== LF) throw new CsvTokenError('text-after-quote', this.records, cells.length);
        } else if (!final) {
          return recordStart;
        }
        const value = s.slice(from, closed);
        cells.push((doubled ? value.replaceAll('""', '"') : value).trim());
      } else {
        // An unquoted value: to the next delimiter or line end. A quote inside it is a mistake.
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          if (c === QUOTE) throw new CsvTokenError('stray-quote', this.records, cells.length);
          i++;
        }
        if (i === n && !final) {
          this.checkLength(n - recordStart, cells.length);
          return recordStart;
        }
        cells.push(s.slice(start, i).trim());
      }
      // After a value: another value, the end of the record, or the end of the text.
      if (i < n && s.charCodeAt(i) === delimiter) {
        i++;
        if (i === n && !final) return recordStart;
        continue;
      }
      if (i < n) {
        // A line end: CRLF counts as one; a CR at the very end of a piece waits to see if LF follows.
        if (s.charCodeAt(i) === CR) {
          if (i + 1 === n && !final) return recordStart;
          i += i + 1 < n && s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
      }
      this.checkLength(i - recordStart, cells.length);
      out.push(cells);
      this.records++;
      if (!this.firstRecord && cells.some((cell) => cell !== '')) this.firstRecord = cells;
      cells = [];
      recordStart = i;
      if (i >= n) return n;
    }
  }

  private checkLength(chars: number, index: number): void {
    if (chars > this.maxRecordChars) throw new CsvTokenError('record-too-long', this.records, index);
  }
}
