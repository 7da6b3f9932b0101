// A query built and compiled once per database handle, then run with fresh parameter values.
// Kysely rebuilds and recompiles a query on every call, which costs as much as SQLite running it;
// this is for the few queries on every request's path (the session lookup). Parameters are given
// in the order they appear in the compiled SQL.
import type { Compilable, CompiledQuery } from 'kysely';
import { type Db, directReaderFor } from './database.js';

export function precompiled<Row>(build: (db: Db) => Compilable<Row>) {
  const compiledFor = new WeakMap<Db, CompiledQuery<Row>>();
  return async (db: Db, parameters: readonly unknown[]): Promise<Row[]> => {
    let compiled = compiledFor.get(db);
    if (!compiled) {
      compiled = build(db).compile();
      if (compiled.parameters.length !== parameters.length) {
        throw new Error(`Precompiled query takes ${compiled.parameters.length} parameters, given ${parameters.length}`);
      }
      compiledFor.set(db, compiled);
    }
    const direct = directReaderFor(db)?.(compiled.sql, parameters);
    if (direct) return direct as Row[];
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
