// Plain statistics shared by the modules' figures, so that every median and 90th percentile in the
// product is worked out the same way.

/** The p-th percentile (0–100) by linear interpolation between closest ranks (as a spreadsheet's PERCENTILE.INC). */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/**
 * The p-th percentiles (ps ascending) of the values, each as percentile() reads the sorted list, found
 * by selection rather than a sort: time in proportion to the values, not n log n, which is most of a
 * report over a million durations. The values are reordered.
 */
export function percentilesOf(values: Int32Array | Float64Array, ps: readonly number[]): Array<number | null> {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  let from = 0;
  return ps.map((p) => {
    const rank = (p / 100) * (n - 1);
    const low = Math.floor(rank);
    select(values, low, from, n - 1);
    // Everything before `low` is now no greater than it, everything after no less.
    from = low;
    const lowValue = values[low]!;
    if (rank === low) return lowValue;
    let next = values[low + 1]!;
    for (let i = low + 2; i < n; i++) if (values[i]! < next) next = values[i]!;
    return lowValue + (next - lowValue) * (rank - low);
  });
}

/** Puts the k-th smallest of values[left..right] at k, the smaller before it and the larger after (Hoare's partition: runs of equal values split evenly). */
function select(a: Int32Array | Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // The median of three as the pivot: sorted or reversed runs stay linear.
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Int32Array | Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
