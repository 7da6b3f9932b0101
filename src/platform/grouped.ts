// Rows grouped by a key in one pass, each group in the rows' order: how a list reads something once for
// all its records and hands it out record by record. (Node 20 has no Map.groupBy.)

/** The rows by `by`, each as `value` gives it (the row itself by default). */
export function grouped<R, V = R>(rows: Iterable<R>, by: (row: R) => string, value: (row: R) => V = (row) => row as unknown as V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const key = by(row);
    const list = map.get(key);
    if (list) list.push(value(row));
    else map.set(key, [value(row)]);
  }
  return map;
}
