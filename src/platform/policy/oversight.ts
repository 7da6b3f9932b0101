// Which organisation types oversee the organisations below them (their roles there allow reading,
// never acting) rather than govern them. The organisations module knows which types these are; the
// app tells the policy layer when it opens (src/app/bootstrap.ts), so the platform names no module.
let oversightTypes: ReadonlySet<string> | undefined;

export function declareOversightTypes(types: Iterable<string>): void {
  oversightTypes = new Set(types);
}

/** Whether roles held at an organisation of this type only oversee the organisations below it. */
export function isOversightType(type: string): boolean {
  // Fail loudly rather than let an ICS role act in every Trust below it because nobody said otherwise.
  if (!oversightTypes) throw new Error('The organisation types that oversee others have not been declared: open the app through src/app/bootstrap.ts.');
  return oversightTypes.has(type);
}
