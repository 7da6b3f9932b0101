// Alerts keyed by small integers: an organisation by a number of its own in alert_orgs, the source by
// its place in a fixed list, the import run by the organisation's count of alert imports. A million
// alerts held (and written) with a 36-character organisation id and two run ids in every row and
// every index entry cost twice the time to import as with numbers. The figures the triage report
// reads of each alert (rule, analyst, severity, classification; the seconds to triage and to close)
// are packed into one column of text written with the row, so the report copies them rather than
// works them out for each of a million alerts. Alerts held already are carried over.
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../engine.js';

/** The sources' numbers, as store.ALERT_SOURCES lists them then: new sources go on the end. */
const SOURCE_CODE = sql`case source when 'sentinel' then 1 when 'splunk' then 2 else 0 end`;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ms = engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('alert_orgs')
    .addColumn('org_key', 'integer', (c) => (engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('org_id', 'text', (c) => c.notNull().unique().references('organisations.id').onDelete('cascade'))
    // Alert imports so far: each run numbers the states it writes with the next.
    .addColumn('runs', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alerts_keyed')
    .addColumn('org_key', 'integer', (c) => c.notNull().references('alert_orgs.org_key').onDelete('cascade'))
    .addColumn('source', 'integer', (c) => c.notNull())
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'integer', (c) => c.notNull())
    .addColumn('owner_id', 'integer')
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('classification', 'integer')
    .addColumn('created_ms', ms, (c) => c.notNull())
    .addColumn('triaged_ms', ms)
    .addColumn('closed_ms', ms)
    .addColumn('modified_ms', ms, (c) => c.notNull())
    .addColumn('run_no', 'integer', (c) => c.notNull())
    // The run that wrote the state this one replaced: a write says at once whether it added an alert,
    // brought one up to date, or repeated a state an earlier row of the same file brought.
    .addColumn('replaced_run_no', 'integer')
    // What the triage report reads of the alert, as 32 hexadecimal digits: created (milliseconds, 11),
    // rule + 2^12 (analyst + 1) + 2^22 (severity + 8 (classification + 1)) (7), then seconds to
    // triage + 1 and to close + 1 (7 each, 0 for not reached). Text the database copies as it is:
    // turning a million rows of numbers into text took the report most of its time.
    .addColumn('packed', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alerts_keyed_pk', ['org_key', 'source', 'alert_id'])
    .$call((table) => (engine === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table))
    .execute();

  await sql`insert into alert_orgs (org_id, runs) select distinct org_id, 0 from alerts order by org_id`.execute(db);
  const seconds = (column: string) => sql.raw(`case when a.${column} is null then 0 else ${engine === 'postgres' ? 'least' : 'min'}((a.${column} - a.created_ms) / 1000 + 1, 268435455) end`);
  const facts = sql`a.rule_id + 4096 * (coalesce(a.owner_id, -1) + 1) + 4194304 * (a.severity + 8 * (coalesce(a.classification, -1) + 1))`;
  const packed =
    engine === 'postgres'
      ? sql`lpad(to_hex(greatest(a.created_ms, 0)), 11, '0') || lpad(to_hex(${facts}), 7, '0') || lpad(to_hex(${seconds('triaged_ms')}), 7, '0') || lpad(to_hex(${seconds('closed_ms')}), 7, '0')`
      : sql`printf('%011x%07x%07x%07x', max(a.created_ms, 0), ${facts}, ${seconds('triaged_ms')}, ${seconds('closed_ms')})`;
  await sql`
    insert into alerts_keyed (org_key, source, alert_id, rule_id, owner_id, severity, status, classification, created_ms, triaged_ms, closed_ms, modified_ms, run_no, packed)
    select o.org_key, ${SOURCE_CODE}, a.alert_id, a.rule_id, a.owner_id, a.severity, a.status, a.classification, a.created_ms, a.triaged_ms, a.closed_ms, a.modified_ms, 0, ${packed}
    from alerts a join alert_orgs o on o.org_id = a.org_id`.execute(db);
  await db.schema.dropTable('alerts').execute();
  await db.schema.alterTable('alerts_keyed').renameTo('alerts').execute();
  // Everything the triage report reads, in the order it reads it (closed_ms for the backlog at the
  // period's start): the report scans this index alone. The key follows created_ms, so both engines
  // give alerts created in the same millisecond in one order.
  await db.schema.createIndex('alerts_by_created').on('alerts').columns(['org_key', 'created_ms', 'source', 'alert_id', 'packed', 'closed_ms']).execute();
}
