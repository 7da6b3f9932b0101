// The two database engines Bulwark runs on, and the few places where their SQL differs.
export type Engine = 'sqlite' | 'postgres';

/** Column type for a UTC instant: text ISO-8601 on SQLite (sorts correctly), timestamptz on PostgreSQL. */
export function instantType(engine: Engine): 'text' | 'timestamptz' {
  return engine === 'sqlite' ? 'text' : 'timestamptz';
}

/** Column type for a file's bytes: BLOB on SQLite, bytea on PostgreSQL. Both hand back a Buffer. */
export function binaryType(engine: Engine): 'blob' | 'bytea' {
  return engine === 'sqlite' ? 'blob' : 'bytea';
}
