// The audit trail becomes keyed (decision 30): each record names the key that sealed its MAC (null for
// records written before, which keep their plain SHA-256), and the head carries a MAC of where the
// trail ends, so records cut from the end are noticed without the head being kept elsewhere.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('key_id', 'text').execute();
  await db.schema.alterTable('audit_head').addColumn('head_mac', 'text').execute();
}
