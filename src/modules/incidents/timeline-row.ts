// One timeline entry as it is stored: whoever adds it (a person, a correction, an imported history).
import { randomUUID } from 'node:crypto';
import type { TimelineKind } from '../../contract/incidents.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { NewIncidentEventRow } from '../../platform/db/schema.js';

export interface TimelineEntry {
  kind: TimelineKind;
  /** Epoch ms; null only on a correction that withdraws a milestone. */
  at: number | null;
  estimated?: boolean;
  text?: string | null;
  evidenceId?: string | null;
  /** The entry this one replaces, and why. */
  corrects?: string | null;
  reason?: string | null;
}

export function timelineRow(incidentId: string, seq: number, entry: TimelineEntry, recorded: { actor: Actor; now: Date }): NewIncidentEventRow {
  return {
    id: randomUUID(),
    incident_id: incidentId,
    seq,
    kind: entry.kind,
    at: entry.at === null ? null : new Date(entry.at).toISOString(),
    estimated: entry.estimated ? 1 : 0,
    text: entry.text ?? null,
    evidence_id: entry.evidenceId ?? null,
    corrects: entry.corrects ?? null,
    reason: entry.reason ?? null,
    recorded_at: recorded.now.toISOString(),
    recorded_by: recorded.actor.userId,
  };
}
