// Answer once: a response in one catalogue suggests a level for the requirements a crosswalk links it
// to. Each link reads "source <relation> target", and what a source level says about the target
// depends on the relation:
//   equal       the same requirement: the same level (carried to the target's ladder by height)
//   superset    meeting the source meets the target: the target is at least the source's level
//   subset      meeting the target meets the source: the target is at most the source's level, so
//               only "not met" carries over for certain
//   intersects  they overlap: no level follows; the narrative and evidence may still help
//   related     the same subject: no level follows; shown for reference
import type { Relation } from './relations.js';
import { levelAtSameHeight, NOT_APPLICABLE, rankOf } from './levels.js';

export type Qualifier = 'same' | 'at-least' | 'at-most' | 'none';

export interface SuggestedLevel {
  /** The level to suggest on the target's ladder, or null when the relation implies none. */
  level: string | null;
  qualifier: Qualifier;
}

export function suggestedLevel(relation: Relation, sourceLevels: readonly string[], sourceLevel: string | null, targetLevels: readonly string[]): SuggestedLevel {
  if (!sourceLevel || sourceLevel === NOT_APPLICABLE) return { level: null, qualifier: 'none' };
  const carried = levelAtSameHeight(sourceLevels, sourceLevel, targetLevels);
  if (carried === null) return { level: null, qualifier: 'none' };
  switch (relation) {
    case 'equal':
      return { level: carried, qualifier: 'same' };
    case 'superset':
      return { level: carried, qualifier: 'at-least' };
    case 'subset':
      // Only the bottom rung is certain: the target asks for more than a source that is not met.
      return rankOf(sourceLevels, sourceLevel) === 0 ? { level: targetLevels[0]!, qualifier: 'same' } : { level: carried, qualifier: 'at-most' };
    default:
      return { level: null, qualifier: 'none' };
  }
}

/** Whether accepting a suggestion sets the level, or only brings the narrative and evidence. */
export function acceptanceSetsLevel(suggestion: SuggestedLevel): boolean {
  return suggestion.level !== null && (suggestion.qualifier === 'same' || suggestion.qualifier === 'at-least' || suggestion.qualifier === 'at-most');
}

/** Suggestions in the order a person should read them: certain ones first, then by source. */
export function rankSuggestions<T extends { suggestion: SuggestedLevel; sourceRef: string }>(items: readonly T[]): T[] {
  const weight: Record<Qualifier, number> = { same: 0, 'at-least': 1, 'at-most': 2, none: 3 };
  return [...items].sort((a, b) => weight[a.suggestion.qualifier] - weight[b.suggestion.qualifier] || a.sourceRef.localeCompare(b.sourceRef, 'en', { numeric: true }));
}
