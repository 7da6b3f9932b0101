// Descendant lookups on the materialised organisation path ('/root/…/self/'). A prefix is turned
// into a range, path >= '/a/b/' and path < '/a/b0' ('0' follows '/'), which an index serves on both
// engines (the column is binary-collated on PostgreSQL; SQLite's LIKE ignores case and cannot use one).
import type { ExpressionBuilder } from 'kysely';
import type { Database } from './schema.js';

export function pathUpperBound(prefix: string): string {
  if (!prefix.endsWith('/')) throw new Error(`Not an organisation path: ${prefix}`);
  return `${prefix.slice(0, -1)}0`;
}

/** Organisations at or below the one whose path is given. */
export function atOrBelow(eb: ExpressionBuilder<Database, 'organisations'>, prefix: string) {
  return eb.and([eb('organisations.path', '>=', prefix), eb('organisations.path', '<', pathUpperBound(prefix))]);
}
