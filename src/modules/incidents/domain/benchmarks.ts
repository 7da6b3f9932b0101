// Our response times beside published figures, only like with like: a mean beside a mean, a median
// beside a median, a share within a band beside the same band, each over the same start and end
// milestones, and the longest time taken beside a legal deadline. A figure with nothing of ours to
// stand beside is still listed, with no figure of ours and its caveat.
import type { BenchmarkComparison, BenchmarkFigure } from '../../../contract/incidents.js';
import { durationHours, type MetricIncident, percentile } from './metrics.js';

const HOURS_PER = { days: 24, hours: 1 } as const;
/** Within this share of the published figure, ours is called similar rather than faster or slower. */
export const SIMILAR_WITHIN = 0.1;

const round = (n: number) => Math.round(n * 10) / 10;

function verdictOf(ours: number, theirs: number, higherIsFaster: boolean): BenchmarkComparison['verdict'] {
  if (Math.abs(ours - theirs) <= theirs * SIMILAR_WITHIN) return 'similar';
  return ours < theirs !== higherIsFaster ? 'faster' : 'slower';
}

export function compareWithFigure(figure: BenchmarkFigure, incidents: readonly MetricIncident[]): BenchmarkComparison {
  const none = { figure, ours: null, count: 0, verdict: null };
  const compares = figure.compares;
  if (!compares) return none;
  if (compares.share === 'internal-detection') {
    const known = incidents.filter((i) => i.detectionSource !== null);
    if (!known.length) return none;
    const ours = round((100 * known.filter((i) => i.detectionSource === 'internal-monitoring').length) / known.length);
    return { figure, ours, count: known.length, verdict: null };
  }
  if (!compares.metric) return none;
  const metric = compares.metric;
  const pool = compares.detectionSource ? incidents.filter((i) => i.detectionSource === compares.detectionSource) : incidents;
  const hours = pool.map((i) => durationHours(i, metric)).filter((h): h is number => h !== null).sort((a, b) => a - b);
  if (!hours.length) return none;
  const count = hours.length;

  if (figure.stat === 'pct') {
    const band = compares.withinHours ?? compares.beyondHours;
    if (band === undefined) return none;
    const inBand = hours.filter((h) => (compares.withinHours !== undefined ? h <= band : h > band)).length;
    const ours = round((100 * inBand) / count);
    return { figure, ours, count, verdict: verdictOf(ours, figure.value, compares.withinHours !== undefined) };
  }
  const per = HOURS_PER[figure.unit as keyof typeof HOURS_PER];
  if (per === undefined) return none;
  let oursHours: number;
  if (figure.stat === 'mean') oursHours = hours.reduce((s, h) => s + h, 0) / count;
  else if (figure.stat === 'median') oursHours = percentile(hours, 50)!;
  else if (figure.stat === 'threshold') oursHours = hours[count - 1]!;
  else return none;
  const ours = round(oursHours / per);
  if (figure.stat === 'threshold') return { figure, ours, count, verdict: ours <= figure.value ? 'faster' : 'slower' };
  return { figure, ours, count, verdict: verdictOf(ours, figure.value, false) };
}

export function compareWithBenchmarks(figures: readonly BenchmarkFigure[], incidents: readonly MetricIncident[]): BenchmarkComparison[] {
  return figures.map((f) => compareWithFigure(f, incidents));
}
