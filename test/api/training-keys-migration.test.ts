// The training completions an organisation held before they were keyed by numbers are carried over
// whole by migration 0026: each organisation, person and course name as written gets its number, the
// days become counts of days, the report reads what it read before, and the next import finds them
// held by an earlier run: the same row again is unchanged, a different one brings it up to date.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type ApplyContext, type CheckedRow, runStateSlot } from '../../src/platform/imports/import-kinds.js';
import { applyTrainingBatch, type TrainingImportRow } from '../../src/modules/training/training-import.js';
import { completionsBy, countCompletions } from '../../src/modules/training/store.js';
import { migrate } from '../../src/platform/db/database.js';
import { inTransaction } from '../../src/platform/db/transaction.js';
import { databaseForMigrationSteps } from '../support/migration-steps.js';

const steps = databaseForMigrationSteps();

const ORG_A = 'a1000000-0000-4000-8000-00000000000a';
const ORG_B = 'b2000000-0000-4000-8000-00000000000b';
const AWARENESS = 'Data Security Awareness - Level 1';
const CPD = 'Cyber Security CPD, Module 2';

/** A completion as the table before 0026 held it, keyed as the import then keyed it. */
function held(org: string, fact: { employeeNumber: string | null; personName: string | null; course: string; completedOn: string; expiresOn: string | null; cpdHours: number | null }) {
  const who = fact.employeeNumber ?? `name:${(fact.personName ?? '').toLowerCase().replace(/\s+/g, ' ')}`;
  return {
    org_id: org,
    completion_key: JSON.stringify([who, fact.course, fact.completedOn]),
    employee_number: fact.employeeNumber,
    person_name: fact.personName,
    course_name: fact.course,
    completed_on: fact.completedOn,
    expires_on: fact.expiresOn,
    cpd_hours: fact.cpdHours,
    run_id: 'c3000000-0000-4000-8000-00000000000c',
    created_at: '2026-02-01T10:00:00.000Z',
    updated_at: '2026-02-01T10:00:00.000Z',
  };
}

const FACTS = {
  awareness: { employeeNumber: '20000007', personName: 'Smith, Amelia', course: AWARENESS, completedOn: '2026-01-31', expiresOn: '2027-01-30', cpdHours: null },
  cpd: { employeeNumber: '20000007', personName: 'Smith, Amelia', course: CPD, completedOn: '2024-02-29', expiresOn: null, cpdHours: 2.5 },
  // An agency nurse known by name, written two ways: one person.
  agency: { employeeNumber: null, personName: 'Agency  Nurse One', course: AWARENESS, completedOn: '1999-12-31', expiresOn: null, cpdHours: null },
  agencyAgain: { employeeNumber: null, personName: 'AGENCY nurse one', course: CPD, completedOn: '2026-03-01', expiresOn: '2026-03-01', cpdHours: 0 },
  otherTrust: { employeeNumber: '20000007', personName: null, course: AWARENESS, completedOn: '2026-01-31', expiresOn: null, cpdHours: null },
};

const asReportReads = (f: (typeof FACTS)[keyof typeof FACTS]) => ({ employee_number: f.employeeNumber, person_name: f.personName, course_name: f.course, completed_on: f.completedOn, expires_on: f.expiresOn, cpd_hours: f.cpdHours });
const byKey = (a: { course_name: string; completed_on: string }, b: { course_name: string; completed_on: string }) => a.course_name.localeCompare(b.course_name) || a.completed_on.localeCompare(b.completed_on);

function contextFor(orgId: string): ApplyContext {
  const now = new Date('2026-04-01T09:00:00Z');
  return { orgId, actor: { userId: null, label: 'test' }, now, asOf: now, columnOf: (field) => field, carries: () => true, target: null, preset: 'olm', runId: 'd4000000-0000-4000-8000-00000000000d', rowsRejected: () => 0, properties: {}, ...runStateSlot() };
}

const rowOf = (f: (typeof FACTS)[keyof typeof FACTS], row: number): CheckedRow<TrainingImportRow> => ({
  row,
  key: '',
  value: { employeeNumber: f.employeeNumber, personName: f.personName, courseName: f.course, completedOn: f.completedOn, expiresOn: f.expiresOn, cpdHours: f.cpdHours },
  cells: [],
});

describe('migration 0026: training completions keyed by numbers', () => {
  it('carries every completion over, and the report and the next import read them as before', async () => {
    await steps.migrateTo('0025-access-reviews');
    const db = steps.handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const at = new Date().toISOString();
    for (const [id, name] of [[ORG_A, 'Acute'], [ORG_B, 'Community']] as const) {
      await db.insertInto('organisations').values({ id, parent_id: null, path: `/${id}/`, name, type: 'nhs-trust', ods_code: null, dspt_category: null, created_at: at, updated_at: at, version: 1 }).execute();
    }
    await db
      .insertInto('training_completions')
      .values([held(ORG_A, FACTS.awareness), held(ORG_A, FACTS.cpd), held(ORG_A, FACTS.agency), held(ORG_A, FACTS.agencyAgain), held(ORG_B, FACTS.otherTrust)])
      .execute();

    await migrate(steps.handle);
    expect(await countCompletions(steps.handle.db, ORG_A)).toBe(4);
    expect(await countCompletions(steps.handle.db, ORG_B)).toBe(1);
    const people = await steps.handle.db.selectFrom('training_people').select(['org_key', 'who', 'employee_number']).orderBy('org_key').orderBy('who').execute();
    expect(people.map(({ who, employee_number }) => ({ who, employee_number }))).toEqual([
      { who: '20000007', employee_number: '20000007' },
      { who: 'name:agency nurse one', employee_number: null },
      { who: '20000007', employee_number: '20000007' },
    ]);
    expect((await completionsBy(steps.handle.db, ORG_A, '2026-12-31')).sort(byKey)).toEqual([FACTS.cpd, FACTS.agencyAgain, FACTS.agency, FACTS.awareness].map(asReportReads).sort(byKey));
    // Only those done by the day.
    expect((await completionsBy(steps.handle.db, ORG_A, '2026-01-31')).map((c) => c.completed_on).sort()).toEqual(['1999-12-31', '2024-02-29', '2026-01-31']);
    expect(await completionsBy(steps.handle.db, ORG_B, '2026-12-31')).toEqual([asReportReads(FACTS.otherTrust)]);

    // The next import: the same rows are unchanged, a row with other hours brings its completion up to date.
    const outcome = await inTransaction(steps.handle.db, (tx) =>
      applyTrainingBatch(tx, [rowOf(FACTS.awareness, 2), rowOf({ ...FACTS.cpd, cpdHours: 3 }, 3), rowOf(FACTS.agencyAgain, 4), rowOf(FACTS.awareness, 5)], contextFor(ORG_A)),
    );
    expect(outcome).toEqual({ inserted: 0, updated: 1, unchanged: 3, refused: [] });
    const runs = await steps.handle.db.selectFrom('training_orgs').select(['org_id', 'runs']).orderBy('org_id').execute();
    expect(runs).toEqual([
      { org_id: ORG_A, runs: 1 },
      { org_id: ORG_B, runs: 0 },
    ]);
    expect((await completionsBy(steps.handle.db, ORG_A, '2026-12-31')).find((c) => c.course_name === CPD && c.employee_number !== null)?.cpd_hours).toBe(3);

    // Deleting an organisation takes its completions, people and course names with it.
    await sql`delete from organisations where id = ${ORG_B}`.execute(steps.handle.db);
    expect((await steps.handle.db.selectFrom('training_completions').select('org_key').execute()).length).toBe(4);
    expect((await steps.handle.db.selectFrom('training_people').select('who').execute()).length).toBe(2);
    expect((await steps.handle.db.selectFrom('training_course_names').select('name').execute()).map((c) => c.name).sort()).toEqual([CPD, AWARENESS].sort());
  });
});
