// The API contract for live evidence: figures Bulwark's own registers know that speak to a catalogue
// requirement (how many information assets have an owner, for CAF A3.a), shown beside an outcome.
import { z } from 'zod';

/** ok: nothing to do; attention: something needs looking at; info: a fact with no judgement. */
export const LIVE_FIGURE_STATES = ['ok', 'attention', 'info'] as const;
export type LiveFigureState = (typeof LIVE_FIGURE_STATES)[number];

export const liveFigure = z.object({
  /** Stable across reads and versions: what the figure is, not where it is shown. */
  key: z.string(),
  /** What is counted, in words: "Information assets with an Information Asset Owner". */
  label: z.string(),
  value: z.number(),
  /** The whole, when the figure is a proportion (value of of). */
  of: z.number().nullable(),
  /** The figure in words: "142 of 150 (95%)". */
  text: z.string(),
  /** The instant the figure is for. */
  asOf: z.string(),
  state: z.enum(LIVE_FIGURE_STATES),
  /** Where the figure comes from, in words: "Information asset register". */
  source: z.string(),
  /** The web page listing what the figure counts, when there is one. */
  link: z.string().nullable(),
});
export type LiveFigure = z.infer<typeof liveFigure>;

/**
 * Which instant the figures are for, and why. working: the assessment is still being worked on, so
 * the instant asked for (now by default); submitted: the instant it was submitted, with the figures
 * kept then (kept) or, for one submitted before figures were kept, worked out for that instant from
 * the registers as they are now; archived: archived without being submitted, for the instant it was.
 */
export const liveEvidenceBasis = z.object({
  asOf: z.string(),
  reason: z.enum(['working', 'submitted', 'archived']),
  kept: z.boolean(),
});
export type LiveEvidenceBasis = z.infer<typeof liveEvidenceBasis>;
