// Published figures from surveys of security operations centres, and ours beside them where we can
// work out the same measure from the alert history: alerts a day, the false-positive share of
// classified alerts, and the share of handling time spent on false positives. The surveys are
// vendor-sponsored and mostly ask people for estimates; each figure carries our caveat saying so.
import { z } from 'zod';
import { type SocFigure, socFigure } from '../../../contract/alerts.js';
import type { TriageAnalysis } from './triage-accumulator.js';

/** What of ours a figure can stand beside. */
export const SOC_MEASURES = ['alerts-per-day', 'false-positive-share', 'false-positive-handling-share'] as const;
export type SocMeasure = (typeof SOC_MEASURES)[number];

/** A figure as shipped: the report's fields, its data period, and which of our measures it compares with. */
export const shippedSocFigure = socFigure.omit({ ours: true }).extend({
  dataPeriod: z.string().min(1),
  measure: z.enum(SOC_MEASURES).nullable(),
});
export type ShippedSocFigure = z.infer<typeof shippedSocFigure>;

export const socFigureSet = z.object({ version: z.string(), compiled: z.string(), figures: z.array(shippedSocFigure) });
export type SocFigureSet = z.infer<typeof socFigureSet>;

/** Where the shipped figures are; the service reads the file once and parses it with `parseSocFigures`. */
export const SOC_FIGURES_FILE = new URL('../../../../content/benchmarks/soc-alerts.json', import.meta.url);

/** The shipped figures, checked: only verified (V) or agreed (S) figures, each with where it comes from. */
export function parseSocFigures(json: unknown): SocFigureSet {
  return socFigureSet.parse(json);
}

type ComparisonInput = Pick<TriageAnalysis, 'totals' | 'rules' | 'falsePositiveHandlingMinutes'>;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Ours in the figure's unit (alerts a day, or a percentage), or null where there is nothing to compare. */
function oursFor(measure: SocMeasure | null, analysis: ComparisonInput): number | null {
  switch (measure) {
    case 'alerts-per-day':
      return analysis.totals.alerts ? oneDecimal(analysis.totals.alertsPerDay) : null;
    case 'false-positive-share':
      return analysis.totals.falsePositiveRate === null ? null : oneDecimal(100 * analysis.totals.falsePositiveRate);
    case 'false-positive-handling-share': {
      const handling = analysis.rules.reduce((sum, r) => sum + r.handlingMinutes, 0);
      return handling ? oneDecimal((100 * analysis.falsePositiveHandlingMinutes) / handling) : null;
    }
    default:
      return null;
  }
}

/** Every figure with ours beside it where the same measure can be worked out, null otherwise. */
export function socComparisons(figures: readonly ShippedSocFigure[], analysis: ComparisonInput): Array<SocFigure & Pick<ShippedSocFigure, 'dataPeriod'>> {
  return figures.map(({ measure, ...figure }) => ({ ...figure, ours: oursFor(measure, analysis) }));
}
