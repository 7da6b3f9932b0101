// What a change form sends, and how it picks up a colleague's save: only the fields whose value
// differs from the record the form was filled from are sent, so saving does not put back what a
// colleague changed in another field; and after their save, the form takes their values for every
// field this person has not touched.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields<Body extends object>(read: Body, edited: Body): Partial<Body> {
  const before = read as Record<string, unknown>;
  return Object.fromEntries(Object.entries(edited).filter(([field, value]) => !same(value, before[field]))) as Partial<Body>;
}

/** The form's values on top of a colleague's: theirs where this person left the field as it was read, this person's where they changed it. */
export function rebased<Values extends object>(read: Values, mine: Values, theirs: Values): Values {
  const before = read as Record<string, unknown>;
  const after = theirs as Record<string, unknown>;
  return Object.fromEntries(Object.entries(mine).map(([field, value]) => [field, same(value, before[field]) ? after[field] : value])) as Values;
}
