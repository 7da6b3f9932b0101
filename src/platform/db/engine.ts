// The two database engines Bulwark runs on, and the few places where their SQL differs.
export type Engine = 'sqlite' | 'postgres';

/** Column type for a UTC instant: text ISO-8601 on SQLite (sorts correctly), timestamptz on PostgreSQL. */
export function instantType(engine: Engine): 'text' | 'timestamptz' {
  return engine === 'sqlite' ? 'text' : 'timestamptz';
}
