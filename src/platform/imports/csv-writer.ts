// Writes CSV for spreadsheets: the rejects file of an import (its original columns and a Problem
// column) and exports. RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark so Excel reads
// accented names correctly, and every text cell neutralised so that no formula can run.
import type { Writable } from 'node:stream';
import { neutraliseCell, type CellValue } from './spreadsheet-cells.js';

const UTF8_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(value: CellValue): string {
  if (value === null) return '';
  // NaN and Infinity are not values a spreadsheet can hold; an empty cell says there is none.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** One CSV line, ending CRLF. Text cells are neutralised, then quoted when they hold , " CR or LF. */
export function csvLine(cells: readonly CellValue[]): string {
  return (
    cells
      .map((cell) => {
        const text = cellText(neutraliseCell(cell));
        return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}

export interface CsvWriter {
  /** Writes one line; resolves once the stream can take more, so a slow reader holds the export back. */
  writeRow(cells: readonly CellValue[]): Promise<void>;
  /** Ends the stream; resolves when everything is written. */
  end(): Promise<void>;
}

/** Resolves when a stream that asked to drain can take more; rejects if it fails or closes first. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onDrain = () => {
      cleanUp();
      resolve();
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const onClose = () => {
      cleanUp();
      reject(new Error('The output closed before the CSV file was complete.'));
    };
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/**
 * A CSV writer on `stream`: the byte order mark first, then one line per row in the order they were
 * given. Await each writeRow so that rows wait while the stream is full instead of piling up in memory.
 */
export function createCsvWriter(stream: Writable): CsvWriter {
  let bomWritten = false;
  // Each write waits for the one before, so rows keep their order even if a caller does not await.
  let previous: Promise<void> = Promise.resolve();

  async function write(text: string): Promise<void> {
    if (stream.destroyed || stream.writableEnded) throw new Error('The output closed before the CSV file was complete.');
    if (stream.writableNeedDrain) await drained(stream);
    if (!stream.write(text, 'utf8')) await drained(stream);
  }

  function afterPrevious(step: () => Promise<void>): Promise<void> {
    const next = previous.then(async () => {
      if (!bomWritten) {
        bomWritten = true;
        await write(UTF8_BOM);
      }
      await step();
    });
    // The caller of this step hears of its failure; later steps fail on the closed stream themselves.
    previous = next.catch(() => undefined);
    return next;
  }

  return {
    writeRow(cells) {
      const line = csvLine(cells);
      return afterPrevious(() => write(line));
    },
    end() {
      return afterPrevious(
        () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
      );
    },
  };
}
