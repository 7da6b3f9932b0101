// A query built and compiled once per database handle, then run with fresh parameter values.
// Kysely rebuilds and recompiles a query on every call, which costs as much as SQLite running it;
// this is for the few queries on every request's path (the session lookup). Parameters are given
// in the order they appear in the compiled SQL.
import type { Compilable, CompiledQuery } from 'kysely';
import { type Db, directReaderFor } from './database.js';

interface Prepared<Row> {
  compiled: CompiledQuery<Row>;
  direct: ((parameters: readonly unknown[]) => unknown[] | null) | undefined;
}

export function precompiled<Row>(build: (db: Db) => Compilable<Row>) {
  const preparedFor = new WeakMap<Db, Prepared<Row>>();
  return async (db: Db, parameters: readonly unknown[]): Promise<Row[]> => {
    let prepared = preparedFor.get(db);
    if (!prepared) {
      const compiled = build(db).compile();
      if (compiled.parameters.length !== parameters.length) {
        throw new Error(`Precompiled query takes ${compiled.parameters.length} parameters, given ${parameters.length}`);
      }
      prepared = { compiled, direct: directReaderFor(db)?.(compiled.sql) };
      preparedFor.set(db, prepared);
    }
    const rows = prepared.direct?.(parameters);
    if (rows) return rows as Row[];
    const result = await db.executeQuery<Row>({ ...prepared.compiled, parameters });
    return result.rows;
  };
}
