// A CSV export as Excel will read it: a byte order mark for UTF-8, CRLF line ends, and text that
// would start a formula shown as text.
import { describe, expect, it } from 'vitest';
import { csvBuffer } from '../../src/platform/exports/csv-export.js';
import type { ExportCell } from '../../src/platform/exports/export-table.js';

describe('writing a CSV export', () => {
  it('starts with the byte order mark, then the headers and one CRLF line per row', async () => {
    const bytes = await csvBuffer({
      columns: [{ header: 'Reference' }, { header: 'Requirement' }, { header: 'Met' }, { header: 'Score' }, { header: 'Reviewed' }],
      rows: [
        ['1.1.1', 'Staff have signed the policy, all of them', true, 3, new Date('2026-03-31T09:30:00Z')],
        ['1.1.2', 'Zoë said "done"', false, -2, null],
      ],
    });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Reference,Requirement,Met,Score,Reviewed\r\n' +
        '1.1.1,"Staff have signed the policy, all of them",true,3,2026-03-31T09:30:00.000Z\r\n' +
        '1.1.2,"Zoë said ""done""",false,-2,\r\n',
    );
  });

  it('shows text that would start a formula as text, in headers and in rows', async () => {
    const bytes = await csvBuffer({
      columns: [{ header: '=Title' }],
      rows: [["=cmd|' /C calc'!A0"], ['+1'], ['-2'], ['@SUM(A1)']],
    });
    expect(bytes.toString('utf8')).toBe("\uFEFF'=Title\r\n'=cmd|' /C calc'!A0\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n");
  });

  it('takes rows from an async source', async () => {
    async function* rows(): AsyncGenerator<ExportCell[]> {
      yield ['a'];
      yield ['b'];
    }
    const bytes = await csvBuffer({ columns: [{ header: 'Letter' }], rows: rows() });
    expect(bytes.toString('utf8')).toBe('\uFEFFLetter\r\na\r\nb\r\n');
  });
});
