// The timeline in the order things happened, each entry with the correction that replaced it (if any).
// A withdrawal has no time of its own: it sits where the entry it withdrew did. Entries at the same
// moment keep the order of the milestones, then the order they were recorded in.
import type { TimelineEvent } from '../../../../contract/incidents';
import { MILESTONE_ORDER } from './words';

export interface TimelineRow {
  entry: TimelineEvent;
  /** The later entry that replaced this one, which carries the reason. */
  correctedBy: TimelineEvent | null;
}

export function timelineInOrder(entries: readonly TimelineEvent[]): TimelineRow[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const correctedBy = new Map(entries.filter((entry) => entry.corrects !== null).map((entry) => [entry.corrects!, entry]));
  const when = (entry: TimelineEvent, seen = new Set<string>()): number => {
    if (entry.at !== null) return Date.parse(entry.at);
    const corrected = entry.corrects ? byId.get(entry.corrects) : undefined;
    if (corrected && !seen.has(corrected.id)) return when(corrected, seen.add(entry.id));
    return Date.parse(entry.recordedAt);
  };
  const rank = (entry: TimelineEvent) => {
    const index = (MILESTONE_ORDER as readonly string[]).indexOf(entry.kind);
    return index === -1 ? MILESTONE_ORDER.length : index;
  };
  return [...entries]
    .sort((a, b) => when(a) - when(b) || rank(a) - rank(b) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt))
    .map((entry) => ({ entry, correctedBy: correctedBy.get(entry.id) ?? null }));
}
