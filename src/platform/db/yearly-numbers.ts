// References numbered per organisation and year (INC-2026-014, EX-2026-002): each module keeps its
// own counter table of (org_id, year, last), and takes the next number here. The row is locked by the
// update that increments it, so two callers at once never share a number, on either engine.
import type { Kysely } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

interface CounterRow {
  org_id: string;
  year: number;
  last: number;
}

/** The tables that hold such counters. */
export type YearlyCounterTable = { [T in keyof Database]: Database[T] extends CounterRow ? T : never }[keyof Database];

export async function nextYearlyNumber(db: Db, table: YearlyCounterTable, orgId: string, year: number): Promise<number> {
  const counters = db as unknown as Kysely<Record<YearlyCounterTable, CounterRow>>;
  await counters.insertInto(table).values({ org_id: orgId, year, last: 0 }).onConflict((oc) => oc.columns(['org_id', 'year']).doNothing()).execute();
  const row = await counters
    .updateTable(table)
    .set((eb) => ({ last: eb('last', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}
