// Live evidence on an assessment's outcomes: the figures Bulwark's registers hold for each, through
// the platform's registry, for the instant the assessment stands at. A submitted assessment keeps the
// figures of the moment it was submitted, so they read as they were then whatever the registers hold
// now; each kept figure is still shown only to a reader allowed its source.
import type { LiveEvidenceBasis, LiveFigure } from '../../contract/live-evidence.js';
import type { Db } from '../../platform/db/database.js';
import { EVERY_SOURCE, liveEvidenceFor, type PlacedFigure, type SourceReader } from '../../platform/live-evidence.js';
import { type AssessmentState, liveEvidenceInstant } from './domain/lifecycle.js';
import { parse } from './response-views.js';
import type { AssessmentRow } from './store.js';

/** For callers that pass no reader (the command line, the demo): no source is shown. */
export const NO_SOURCE: SourceReader = () => false;

export interface LiveFigures {
  basis: LiveEvidenceBasis;
  byRef: Map<string, LiveFigure[]>;
}

/** The figures on the requirements named, for the reader, as of the instant the assessment stands at. */
export async function liveFiguresOf(db: Db, row: AssessmentRow, ask: { refs: readonly string[]; asOf: Date; mayRead: SourceReader }): Promise<LiveFigures> {
  const instant = liveEvidenceInstant({ state: row.state as AssessmentState, submittedAt: row.submitted_at, updatedAt: row.updated_at }, ask.asOf);
  const kept = instant.reason === 'submitted' ? parse<{ liveEvidence?: PlacedFigure[] }>(row.snapshot_json, {}).liveEvidence : undefined;
  const placed = kept
    ? kept.filter((p) => ask.refs.includes(p.ref) && p.readActions.every((action) => ask.mayRead(action)))
    : await liveEvidenceFor(db, row.org_id, { family: row.catalogue_key, refs: ask.refs, asOf: instant.at, mayRead: ask.mayRead });
  const byRef = new Map<string, LiveFigure[]>();
  for (const { ref, figure } of placed) byRef.set(ref, [...(byRef.get(ref) ?? []), figure]);
  return { basis: { asOf: instant.at.toISOString(), reason: instant.reason, kept: kept !== undefined }, byRef };
}

/** Every figure on the assessment's catalogue as of its submission, whoever reads it later. */
export function figuresToKeep(db: Db, row: AssessmentRow, submittedAt: Date): Promise<PlacedFigure[]> {
  return liveEvidenceFor(db, row.org_id, { family: row.catalogue_key, asOf: submittedAt, mayRead: EVERY_SOURCE });
}
