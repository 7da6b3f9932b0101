// Case-insensitive "contains" and "starts with" on both engines, with the user's text taken
// literally: % and _ are escaped so they do not act as wildcards.
import { type Expression, type RawBuilder, sql } from 'kysely';

function escapeLike(text: string): string {
  return text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${column}) like ${`%${escapeLike(text)}%`} escape '\\'`;
}

export function startsWithText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${column}) like ${`${escapeLike(text)}%`} escape '\\'`;
}
