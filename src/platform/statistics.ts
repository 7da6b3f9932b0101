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
