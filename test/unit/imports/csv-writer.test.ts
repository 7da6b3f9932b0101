// The CSV writer behind rejects files and exports: a byte order mark so Excel reads UTF-8, one
// neutralised line per row, and never more written while the output asks it to wait.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCsvWriter } from '../../../src/platform/imports/csv-writer.js';

/** An output that takes each chunk on a later turn of the event loop, so it fills and asks to drain. */
function aSlowOutput(highWaterMark = 16) {
  const chunks: Buffer[] = [];
  const output = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  let writesWhileFull = 0;
  let timesFull = 0;
  const write = output.write.bind(output) as (chunk: string, encoding: BufferEncoding) => boolean;
  output.write = ((chunk: string, encoding: BufferEncoding) => {
    if (output.writableNeedDrain) writesWhileFull += 1;
    const more = write(chunk, encoding);
    if (!more) timesFull += 1;
    return more;
  }) as typeof output.write;
  return {
    output,
    bytes: () => Buffer.concat(chunks),
    writesWhileFull: () => writesWhileFull,
    timesFull: () => timesFull,
  };
}

describe('writing a CSV file', () => {
  it('starts with the UTF-8 byte order mark, then one CRLF line per row', async () => {
    const { output, bytes } = aSlowOutput(1024);
    const writer = createCsvWriter(output);
    await writer.writeRow(['Assignment number', 'Full name', 'Problem']);
    await writer.writeRow(['123456-1', 'Zoë Smith', 'Start date: expected DD/MM/YYYY, e.g. 05/12/2026']);
    await writer.end();
    const written = bytes();
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written.subarray(3).toString('utf8')).toBe(
      'Assignment number,Full name,Problem\r\n123456-1,Zoë Smith,"Start date: expected DD/MM/YYYY, e.g. 05/12/2026"\r\n',
    );
  });

  it('writes the byte order mark even when there are no rows', async () => {
    const { output, bytes } = aSlowOutput();
    const writer = createCsvWriter(output);
    await writer.end();
    expect(bytes().toString('utf8')).toBe('\uFEFF');
  });

  it('writes the byte order mark once, before the first row only', async () => {
    const { output, bytes } = aSlowOutput(1024);
    const writer = createCsvWriter(output);
    await writer.writeRow(['a']);
    await writer.writeRow(['b']);
    await writer.end();
    expect(bytes().toString('utf8')).toBe('\uFEFFa\r\nb\r\n');
  });

  it('neutralises formulas from the original file in the rejects it writes', async () => {
    const { output, bytes } = aSlowOutput(1024);
    const writer = createCsvWriter(output);
    await writer.writeRow(['=HYPERLINK("http://evil.example","Click")', '@SUM(A1)', -5, 'is not a date']);
    await writer.end();
    expect(bytes().toString('utf8')).toBe(`\uFEFF"'=HYPERLINK(""http://evil.example"",""Click"")",'@SUM(A1),-5,is not a date\r\n`);
  });

  it('waits for a full output to drain before writing more, and loses no row', async () => {
    const slow = aSlowOutput(16);
    const writer = createCsvWriter(slow.output);
    const expected = ['\uFEFF'];
    for (let row = 1; row <= 200; row += 1) {
      await writer.writeRow([row, `Person ${row}`, 'x'.repeat(row % 7)]);
      expected.push(`${row},Person ${row},${'x'.repeat(row % 7)}\r\n`);
    }
    await writer.end();
    expect(slow.timesFull()).toBeGreaterThan(0);
    expect(slow.writesWhileFull()).toBe(0);
    expect(slow.bytes().toString('utf8')).toBe(expected.join(''));
  });

  it('waits even when an earlier row was not awaited', async () => {
    const slow = aSlowOutput(16);
    const writer = createCsvWriter(slow.output);
    void writer.writeRow(['a long first row that fills the output']);
    await writer.writeRow(['second']);
    await writer.end();
    expect(slow.writesWhileFull()).toBe(0);
    expect(slow.bytes().toString('utf8')).toBe('\uFEFFa long first row that fills the output\r\nsecond\r\n');
  });

  it('fails instead of waiting for ever when the output closes while full', async () => {
    const slow = aSlowOutput(4);
    const writer = createCsvWriter(slow.output);
    const pending = writer.writeRow(['more than four bytes']);
    slow.output.destroy();
    await expect(pending).rejects.toThrow(/closed before the CSV file was complete/);
    await expect(writer.writeRow(['after'])).rejects.toThrow(/closed before the CSV file was complete/);
  });

  it('passes on an error from the output', async () => {
    const output = new Writable({
      highWaterMark: 4,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(new Error('disk full')));
      },
    });
    output.on('error', () => undefined);
    const writer = createCsvWriter(output);
    await expect(writer.writeRow(['more than four bytes'])).rejects.toThrow('disk full');
  });
});
