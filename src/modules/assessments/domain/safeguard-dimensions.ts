// CIS safeguards are judged on four dimensions, as CIS's own self-assessment tool does: is there a
// policy, is it implemented, is it automated, is it reported on. Each is an ordinal scale of five
// steps in our own words; the safeguard's implementation level follows from "implemented".

export const SAFEGUARD_DIMENSIONS = ['policy', 'implemented', 'automated', 'reported'] as const;
export type SafeguardDimension = (typeof SAFEGUARD_DIMENSIONS)[number];
export type DimensionScores = Partial<Record<SafeguardDimension, number>>;

/** The five steps of each scale, lowest first (0–4). */
export const DIMENSION_SCALES: Record<SafeguardDimension, readonly string[]> = {
  policy: ['No policy', 'Informal policy', 'Partly written policy', 'Written policy', 'Written and approved policy'],
  implemented: ['Not implemented', 'On parts of some systems', 'On parts of all systems', 'On all of some systems', 'On all systems'],
  automated: ['Not automated', 'Parts of some systems', 'Parts of all systems', 'All of some systems', 'All systems'],
  reported: ['Not reported', 'Parts of some systems', 'Parts of all systems', 'All of some systems', 'All systems'],
};

export const DIMENSION_LABELS: Record<SafeguardDimension, string> = {
  policy: 'Policy defined',
  implemented: 'Control implemented',
  automated: 'Control automated',
  reported: 'Control reported',
};

export const TOP_STEP = 4;

/** Problems with a set of scores: unknown dimensions and steps outside 0–4. */
export function dimensionProblems(scores: Record<string, unknown>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  for (const [name, value] of Object.entries(scores)) {
    if (!(SAFEGUARD_DIMENSIONS as readonly string[]).includes(name)) problems.push({ field: `dimensions.${name}`, message: `is not a dimension: use ${SAFEGUARD_DIMENSIONS.join(', ')}` });
    else if (value !== null && (!Number.isInteger(value) || (value as number) < 0 || (value as number) > TOP_STEP)) {
      problems.push({ field: `dimensions.${name}`, message: `must be a step from 0 to ${TOP_STEP}` });
    }
  }
  return problems;
}

/**
 * The safeguard's level on the catalogue's ladder (lowest first) from "implemented": nothing → the
 * lowest rung, everywhere → the top, anything between → the rung below the top. Null until scored.
 */
export function levelFromDimensions(scores: DimensionScores, levels: readonly string[]): string | null {
  const implemented = scores.implemented;
  if (implemented === undefined || implemented === null || levels.length === 0) return null;
  if (implemented === 0) return levels[0]!;
  if (implemented === TOP_STEP) return levels[levels.length - 1]!;
  return levels[Math.max(0, levels.length - 2)]!;
}

/** The four dimensions as one figure from 0 to 1 (the mean of the steps given), for coverage charts. */
export function dimensionScore(scores: DimensionScores): number | null {
  const given = SAFEGUARD_DIMENSIONS.map((d) => scores[d]).filter((v): v is number => typeof v === 'number');
  if (given.length === 0) return null;
  return given.reduce((sum, v) => sum + v, 0) / (given.length * TOP_STEP);
}
