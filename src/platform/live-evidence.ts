// Live evidence: figures a module knows that speak to catalogue requirements (how many information
// assets have an owner, for CAF A3.a), gathered for an assessment without the assessments module
// knowing which modules have figures. Modules contribute through src/app/platform-contributions.ts;
// see docs/live-evidence.md and decision 52.
import type { LiveFigure } from '../contract/live-evidence.js';
import type { Db } from './db/database.js';
import { can, scopeAllows } from './policy/policy.js';
import type { OrgRef, Principal } from './policy/principal.js';

/**
 * A requirement by catalogue family and ref, so one contribution covers every version that keeps the
 * ref: CAF 3.2 and 4.0 both have A3.a, and so do the CAF-aligned DSPT years.
 */
export interface RequirementRef {
  family: string;
  ref: string;
}

export interface LiveFigureDeclaration {
  key: string;
  /** What a reader must be allowed in the organisation to see the figure: the source's own read actions. */
  readActions: readonly string[];
  speaksTo: readonly RequirementRef[];
}

/** What a contributor works out for one figure; the registry adds the instant and the source. */
export type LiveFigureValue = Omit<LiveFigure, 'asOf' | 'source'>;

export interface LiveEvidenceContributor {
  /** The module's name in words, shown beside each figure. Contributing again under it replaces the contribution. */
  source: string;
  figures: readonly LiveFigureDeclaration[];
  /** Its figures for the organisation as of the instant: called once per read, however many requirements are shown. */
  compute(db: Db, orgId: string, asOf: Date): Promise<LiveFigureValue[]>;
}

/** A figure placed on a requirement, with what a reader needs to see it: what an assessment keeps when it is submitted. */
export interface PlacedFigure {
  ref: string;
  readActions: string[];
  figure: LiveFigure;
}

/** Whether the reader may read a source, by its read action. */
export type SourceReader = (action: string) => boolean;

export interface LiveEvidenceLog {
  warn(details: object, message: string): void;
}

const contributors = new Map<string, LiveEvidenceContributor>();
let log: LiveEvidenceLog = { warn: () => undefined };

/** Adds (or replaces) a contribution; the function returned withdraws it. */
export function contributeLiveEvidence(contributor: LiveEvidenceContributor): () => void {
  const keys = contributor.figures.map((f) => f.key);
  const twice = keys.find((key, i) => keys.indexOf(key) !== i);
  if (twice) throw new Error(`${contributor.source} declares the live figure "${twice}" twice`);
  contributors.set(contributor.source, contributor);
  return () => {
    if (contributors.get(contributor.source) === contributor) contributors.delete(contributor.source);
  };
}

/** Where a contributor's failure is reported; the server points this at its own logger. Silent until then. */
export function logLiveEvidenceTo(next: LiveEvidenceLog): void {
  log = next;
}

/**
 * The figures speaking to a catalogue family's requirements (all of them, or those in refs) as of
 * an instant, limited to the sources the reader may read. A contributor that fails is logged and
 * left out: the rest still answer.
 */
export async function liveEvidenceFor(
  db: Db,
  orgId: string,
  ask: { family: string; refs?: readonly string[]; asOf: Date; mayRead: SourceReader },
): Promise<PlacedFigure[]> {
  const placesOf = (declaration: LiveFigureDeclaration) =>
    declaration.speaksTo.filter((r) => r.family === ask.family && (!ask.refs || ask.refs.includes(r.ref))).map((r) => r.ref);
  const asOf = ask.asOf.toISOString();
  const answers = await Promise.all(
    [...contributors.values()].map(async (contributor): Promise<PlacedFigure[]> => {
      const wanted = contributor.figures.filter((d) => placesOf(d).length > 0 && d.readActions.every((action) => ask.mayRead(action)));
      if (wanted.length === 0) return [];
      let values: LiveFigureValue[];
      try {
        values = await contributor.compute(db, orgId, ask.asOf);
      } catch (error) {
        log.warn({ source: contributor.source, orgId, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'live evidence left out: its source failed');
        return [];
      }
      const byKey = new Map(values.map((v) => [v.key, v]));
      return wanted.flatMap((declaration) => {
        const value = byKey.get(declaration.key);
        if (!value) return [];
        const figure: LiveFigure = { ...value, asOf, source: contributor.source };
        return placesOf(declaration).map((ref) => ({ ref, readActions: [...declaration.readActions], figure }));
      });
    }),
  );
  return answers.flat();
}

/**
 * What a principal may read in an organisation, for live evidence: the source's read action, and for
 * an API token also its scope, as a route of the source's own would ask.
 */
export function sourceReaderFor(principal: Principal, org: OrgRef): SourceReader {
  const credential = principal.credential;
  return (action) => can(principal, action, org) && (credential.kind !== 'token' || scopeAllows(credential.scopes, action, true));
}

/** Every source: for figures kept with a record, each of which is checked again when it is read. */
export const EVERY_SOURCE: SourceReader = () => true;

/** A figure in words: "1,250", or as a share "142 of 150 (95%)", never rounded up to all or down to none. */
export function figureText(value: number, of: number | null): string {
  if (of === null) return value.toLocaleString('en-GB');
  if (of === 0) return 'None to count';
  return `${value.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')} (${percentOf(value, of)}%)`;
}

function percentOf(value: number, of: number): number {
  const percent = Math.round((value / of) * 100);
  if (percent === 100 && value < of) return 99;
  if (percent === 0 && value > 0) return 1;
  return percent;
}
