// A record's fields in words, each under its label: what a record's page lists, and what shows a
// colleague's change beside the form when their save came first.
export interface Fact<Field extends string> {
  field: Field;
  key: string;
  text: string;
}

export interface ChangedFact<Field extends string> {
  field: Field;
  key: string;
  /** The words when the form was filled. */
  read: string;
  /** The words now. */
  now: string;
}

/** The fields whose words differ between the version read and the one there now. */
export function changedFacts<Field extends string>(read: ReadonlyArray<Fact<Field>>, now: ReadonlyArray<Fact<Field>>): Array<ChangedFact<Field>> {
  const before = new Map(read.map((fact) => [fact.field, fact.text]));
  return now.filter((fact) => before.get(fact.field) !== fact.text).map((fact) => ({ field: fact.field, key: fact.key, read: before.get(fact.field) ?? '', now: fact.text }));
}
