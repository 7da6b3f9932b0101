// Ids for hosts and findings that sort in the order they were made (UUID version 7, RFC 9562): a
// scan adds hundreds of thousands of findings, and random ids put each one, and its period, at a
// random place in the key indexes, so that SQLite reads and writes a page of a large index for
// almost every row. Ids made in order go at the end. Decision 74.
import { randomUUID } from 'node:crypto';

/** The counter within a millisecond: 24 bits, started at a random value below half so it has room to count. */
const COUNTER_LIMIT = 1 << 24;
let lastMs = 0;
let counter = 0;

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/**
 * A version 7 UUID: the millisecond in the first 48 bits, then a counter (12 bits beside the
 * version, 12 after the variant), then random bits; each later than the one before in this process,
 * as text and as a number, even when the clock steps back.
 */
export function timeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = Math.floor(Math.random() * (COUNTER_LIMIT / 2));
  } else if (++counter >= COUNTER_LIMIT) {
    // More ids in one millisecond than the counter holds: borrow the next millisecond.
    lastMs++;
    counter = 0;
  }
  const random = randomUUID();
  const time = hex(lastMs, 12);
  const count = hex(counter, 6);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${count.slice(0, 3)}-8${count.slice(3)}-${random.slice(24)}`;
}
