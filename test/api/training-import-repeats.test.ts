// Repeated rows in an e-learning export, on a real database (SQLite or PostgreSQL). The training import
// sorts out repeats against what its run has written rather than keeping every key in memory, so
// repeats are tested near each other (one batch) and far apart (rows 500 and more apart, in different
// batches), in a first import and in a later one whose completions are already held unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import { countCompletions } from '../../src/modules/training/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { olmExport, type OlmRow } from '../fixtures/training/elearning-exports.js';

let t: TestApp;
let acute: string;
let iglead: Client;

/** 1,200 distinct completions by agency staff: enough rows for three batches of 500. */
const MANY: OlmRow[] = Array.from({ length: 1200 }, (_, i) => ['', `Agency Nurse ${i}`, 'Fire Safety, Level 2', `${String((i % 28) + 1).padStart(2, '0')}/01/2026`, '', '']);
const FAR = MANY.length - 1; // the last row, two batches after the first

function upload(body: Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ file: 'olm-competences.csv', mapping: 'olm', asOf: '2026-03-31', ...query });
  return iglead.request('POST', `/api/v1/orgs/${acute}/imports/training?${params}`, body, { 'content-type': 'application/octet-stream' });
}
const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });
const held = () => countCompletions(t.app.db, acute);
const withHours = (row: OlmRow, hours: string): OlmRow => [row[0], row[1], row[2], row[3], row[4], hours];

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  iglead = await signIn(t.server, 'iglead@northshire-acute.example');
});
afterAll(() => t.close());

describe('repeated rows in one export', () => {
  // Row numbers are the file's lines: the heading is row 1.
  it.each([
    { case: 'the next row, same batch', at: 1, first: 'row 2' },
    { case: 'rows apart, in a later batch', at: FAR, first: 'an earlier row' },
  ])('a different row with a completion’s key is a problem naming the row ($case), and nothing is imported', async ({ at, first }) => {
    const rows = [...MANY.slice(0, at), withHours(MANY[0]!, '2'), ...MANY.slice(at)];
    const res = await upload(olmExport(rows), {});
    expect(res.statusCode, res.body).toBe(422);
    const errors = res.json<{ errors: Array<{ row: number; column: string; value: string; message: string }> }>().errors;
    expect(errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: at + 2, column: 'Employee Number', value: 'Agency Nurse 0', message: `repeats ${first} with other values: each row needs its own Employee Number, Competence Name, Achievement Date` },
    ]);
    expect(await held()).toBe(0);
  });

  it('exact repeats near and far are collapsed and counted, whichever batch they fall in', async () => {
    const rows = [MANY[0]!, MANY[0]!, ...MANY.slice(1), MANY[0]!, MANY[700]!];
    const res = await upload(olmExport(rows), {});
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: MANY.length + 3, inserted: MANY.length, updated: 0, unchanged: 3, rejected: 0 });
    expect(await held()).toBe(MANY.length);
  });

  it('in a later file, a completion held unchanged and then repeated with other values is a problem; skip-invalid keeps the rest', async () => {
    const rows = [...MANY, withHours(MANY[3]!, '1'), withHours(MANY[5]!, '')];
    const res = await upload(olmExport(rows), { skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: MANY.length + 2, inserted: 0, updated: 0, unchanged: MANY.length + 1, rejected: 1 });
    const hours = await t.app.db
      .selectFrom('training_completions as c')
      .innerJoin('training_orgs as o', 'o.org_key', 'c.org_key')
      .select('c.cpd_hours')
      .where('o.org_id', '=', acute)
      .where('c.person_name', '=', 'Agency Nurse 3')
      .executeTakeFirstOrThrow();
    expect(hours.cpd_hours).toBeNull();
  });
});
