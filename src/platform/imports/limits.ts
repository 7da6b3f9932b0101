// The ceilings every source is read under, so that a hostile or mistaken file cannot exhaust memory or
// time. Callers may pass tighter limits for a kind of import; they can never loosen these.
import { ValidationFailed } from '../errors.js';
import type { SourceLimits } from './types.js';

export const DEFAULT_SOURCE_LIMITS: Readonly<SourceLimits> = Object.freeze({
  /**
   * A streamed text file is read a chunk at a time, so its size costs time, not memory. The widest
   * exports are alert histories: a Sentinel incident row with its owner as JSON is about 450 bytes,
   * so the most rows below come to about 4 GB; a bigger file is more likely a mistake (a log, a
   * database dump) than an export.
   */
  maxBytes: 4 * 1024 * 1024 * 1024,
  /**
   * A Trust's staff extract is tens of thousands of rows. Alert histories are the long ones: a busy
   * SOC sees thousands of alerts a day and Sentinel writes a row for each update, so a year is a few
   * million rows. 10 million leaves room for that and no more.
   */
  maxRows: 10_000_000,
  /** Exports have tens of columns, the widest HR extracts a few hundred; past that, each row costs too much. */
  maxColumns: 500,
  /** What one spreadsheet cell can hold in Excel, so any file saved from a spreadsheet fits. */
  maxFieldChars: 32_767,
  /**
   * What one record (a CSV row or an NDJSON line) may hold before it ends. This is what keeps memory
   * bounded while streaming: a value is held whole until its delimiter arrives, so without it a file
   * with a stray quote, or a 10 MB value, would be read into memory entire. A Sentinel alert with its
   * entities is tens of kilobytes; 1 MiB is far beyond any real record.
   */
  maxRecordChars: 1024 * 1024,
});

/** Levels of nesting a JSON line may have (a Sentinel alert's entities are 4–6 deep). */
export const MAX_JSON_DEPTH = 32;

/** The defaults, tightened by whatever the caller passes; a looser or nonsensical value is refused. */
export function resolveLimits(requested: Partial<SourceLimits> = {}): SourceLimits {
  const limits: SourceLimits = { ...DEFAULT_SOURCE_LIMITS };
  for (const key of Object.keys(DEFAULT_SOURCE_LIMITS) as Array<keyof SourceLimits>) {
    const value = requested[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1 || value > DEFAULT_SOURCE_LIMITS[key]) {
      throw new ValidationFailed('The limits asked for reading a file are not allowed', [
        { field: `limits.${key}`, message: `${key} must be a whole number from 1 to ${DEFAULT_SOURCE_LIMITS[key]}.`, value },
      ]);
    }
    limits[key] = value;
  }
  return limits;
}
