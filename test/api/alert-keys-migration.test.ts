// The alerts an organisation held before alerts were keyed by numbers are carried over whole by
// migration 0016: each organisation gets its number, each source its code, the packed columns the
// triage report reads are worked out, and the next import counts the states held as earlier ones.
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startRun, unpackRows, upsertAlerts } from '../../src/modules/alerts/store.js';
import { migrate } from '../../src/platform/db/database.js';
import { testEngine } from '../support/database.js';
import { databaseForMigrationSteps } from '../support/migration-steps.js';

const steps = databaseForMigrationSteps();

const ORG_A = 'a1000000-0000-4000-8000-00000000000a';
const ORG_B = 'b2000000-0000-4000-8000-00000000000b';
const T0 = Date.parse('2026-10-01T09:00:00Z');

describe('migration 0016: alerts keyed by numbers', () => {
  it('carries every alert over, with its organisation, source and packed figures', async () => {
    await steps.migrateTo('0015-import-rejects');
    const db = steps.handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const at = new Date().toISOString();
    for (const [id, name] of [[ORG_A, 'Acute'], [ORG_B, 'Community']] as const) {
      await db.insertInto('organisations').values({ id, parent_id: null, path: `/${id}/`, name, type: 'nhs-trust', ods_code: null, dspt_category: null, created_at: at, updated_at: at, version: 1 }).execute();
    }
    const old = (org: string, source: string, alertId: string, owner: number | null, triagedAfter: number | null, closedAfter: number | null) => ({
      org_id: org, source, alert_id: alertId, rule_id: 3, owner_id: owner, severity: 2, status: closedAfter === null ? 1 : 2, classification: closedAfter === null ? null : 1,
      created_ms: T0, triaged_ms: triagedAfter === null ? null : T0 + triagedAfter, closed_ms: closedAfter === null ? null : T0 + closedAfter, modified_ms: T0 + 5_000_000, run_id: 'old-run', replaced_run_id: null,
    });
    await db.insertInto('alerts').values([old(ORG_A, 'sentinel', '101', 4, 90_500, 3_600_000), old(ORG_A, 'splunk', '101', null, null, null), old(ORG_B, 'file', 'X-1', 0, 1_000, null)]).execute();

    await migrate(steps.handle);
    const rows = await steps.handle.db
      .selectFrom('alerts')
      .innerJoin('alert_orgs', 'alert_orgs.org_key', 'alerts.org_key')
      .select(['alert_orgs.org_id', 'alerts.org_key', 'source', 'alert_id', 'owner_id', 'triaged_ms', 'closed_ms', 'run_no', 'replaced_run_no', 'packed'])
      .orderBy('alert_orgs.org_id')
      .orderBy('source')
      .execute();
    const keyA = rows[0]!.org_key;
    const keyB = rows[2]!.org_key;
    expect(keyA).not.toBe(keyB);
    const plain = (r: (typeof rows)[number]) => ({ org_id: r.org_id, source: r.source, alert_id: r.alert_id, owner_id: r.owner_id, run_no: r.run_no, replaced_run_no: r.replaced_run_no, ...columnsOf(r.packed) });
    const columnsOf = (packed: string) => {
      const u = unpackRows([Buffer.from(packed, 'latin1')]);
      return { createdMs: u.createdMs[0], facts: u.facts[0], triageSeconds: u.triageSeconds[0], closeSeconds: u.closeSeconds[0] };
    };
    expect(rows.map(plain)).toEqual([
      // Rule 3, analyst 4, severity 2, classification 1; triaged after 90.5 s, closed after an hour.
      { org_id: ORG_A, source: 1, alert_id: '101', owner_id: 4, run_no: 0, replaced_run_no: null, createdMs: T0, facts: 3 + 4096 * 5 + 4194304 * (2 + 8 * 2), triageSeconds: 90, closeSeconds: 3600 },
      { org_id: ORG_A, source: 2, alert_id: '101', owner_id: null, run_no: 0, replaced_run_no: null, createdMs: T0, facts: 3 + 4194304 * 2, triageSeconds: -1, closeSeconds: -1 },
      { org_id: ORG_B, source: 0, alert_id: 'X-1', owner_id: 0, run_no: 0, replaced_run_no: null, createdMs: T0, facts: 3 + 4096 + 4194304 * 2, triageSeconds: 1, closeSeconds: -1 },
    ]);

    // The next import is the organisation's first numbered run; the state it replaces came from an earlier one.
    const { orgKey, run } = await startRun(steps.handle.db, ORG_A);
    expect({ orgKey, run }).toEqual({ orgKey: keyA, run: 1 });
    const later = { alertId: '101', ruleId: 3, ownerId: 4, severity: 2, status: 2, classification: 1, createdMs: T0, triagedMs: null, closedMs: T0 + 3_600_000, modifiedMs: T0 + 9_000_000 };
    // 102 as 101 was held: an import packs the report's figures as the migration did.
    const asHeld = { ...later, alertId: '102', triagedMs: T0 + 90_500 };
    expect(await upsertAlerts(steps.handle.db, testEngine, orgKey, 1, run, [later, asHeld])).toEqual([0, null]);
    const written = await steps.handle.db.selectFrom('alerts').select('packed').where('org_key', '=', keyA).where('source', '=', 1).where('alert_id', '=', '102').executeTakeFirstOrThrow();
    expect(written.packed).toBe(rows[0]!.packed);
    // A later state without a triage time keeps the one held, and the packed durations follow it.
    const kept = await steps.handle.db.selectFrom('alerts').select(['triaged_ms', 'packed', 'run_no', 'replaced_run_no']).where('org_key', '=', keyA).where('source', '=', 1).where('alert_id', '=', '101').executeTakeFirstOrThrow();
    expect({ triaged_ms: Number(kept.triaged_ms), run_no: kept.run_no, replaced_run_no: kept.replaced_run_no }).toEqual({ triaged_ms: T0 + 90_500, run_no: 1, replaced_run_no: 0 });
    expect(kept.packed).toBe(rows[0]!.packed);
    expect(columnsOf(kept.packed)).toMatchObject({ triageSeconds: 90, closeSeconds: 3600 });

    // Deleting an organisation takes its alerts with it, through its number.
    await sql`delete from organisations where id = ${ORG_B}`.execute(steps.handle.db);
    expect(await steps.handle.db.selectFrom('alerts').select('alert_id').where('org_key', '=', keyB).execute()).toEqual([]);
  });
});
