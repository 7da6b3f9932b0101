// Achievement levels as a ladder: a node lists its levels lowest first, so comparing two levels of the
// same node is comparing their rungs. 'not-applicable' is never on the ladder.
export const NOT_APPLICABLE = 'not-applicable';

/** The rung of a level on a node's ladder (0 = lowest), or null when the node does not use it. */
export function rankOf(levels: readonly string[], level: string | null | undefined): number | null {
  if (!level || level === NOT_APPLICABLE) return null;
  const index = levels.indexOf(level);
  return index < 0 ? null : index;
}

/** How many rungs `level` is below `expected` (0 when at or above it). */
export function rungsBelow(levels: readonly string[], level: string, expected: string): number {
  const want = rankOf(levels, expected);
  if (want === null) return 0;
  // A level the node does not use sits below its lowest rung.
  const have = rankOf(levels, level) ?? -1;
  return Math.max(0, want - have);
}

/**
 * A level carried from one ladder to another by its position: the top to the top, the bottom to the
 * bottom, and a middle rung to the rung at the same height, rounded down (a partial answer never
 * becomes a full one on a ladder with fewer rungs).
 */
export function levelAtSameHeight(fromLevels: readonly string[], level: string, toLevels: readonly string[]): string | null {
  const rank = rankOf(fromLevels, level);
  if (rank === null || toLevels.length === 0) return null;
  if (fromLevels.length === 1) return toLevels[toLevels.length - 1]!;
  const height = rank / (fromLevels.length - 1);
  return toLevels[Math.floor(height * (toLevels.length - 1) + 1e-9)]!;
}
