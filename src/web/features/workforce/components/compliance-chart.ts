// The compliance chart's bars from the report's lines: one per department in the API's order (below
// target first, lowest first), each with its share of 0–1, its figure in words and whether it is
// below the target, and where the target falls on the same scale.
import type { ComplianceLine } from '../../../../contract/training';
import { percentWords } from './words';

export interface ComplianceBar {
  key: string;
  label: string;
  /** 0 to 1; null when nobody is counted. */
  share: number | null;
  valueText: string;
  belowTarget: boolean;
}

export function complianceBars(lines: readonly ComplianceLine[]): ComplianceBar[] {
  return lines.map((line) => ({
    key: line.name,
    label: line.name,
    share: line.percent === null ? null : Math.min(1, Math.max(0, line.percent / 100)),
    valueText: line.percent === null ? percentWords(null) : `${percentWords(line.percent)} (${line.compliant.toLocaleString('en-GB')} of ${line.staff.toLocaleString('en-GB')})`,
    belowTarget: line.belowTarget,
  }));
}

/** The chart named in words: what it shows, the target and each bar, for those who cannot see it. */
export function complianceChartName(bars: readonly ComplianceBar[], targetPercent: number): string {
  const below = bars.filter((bar) => bar.belowTarget).length;
  const summary = `Training compliance by department against the target of ${percentWords(targetPercent)}: ${below === 0 ? 'none' : below.toLocaleString('en-GB')} below target`;
  return `${summary}. ${bars.map((bar) => `${bar.label}: ${bar.valueText}${bar.belowTarget ? ', below target' : ''}`).join('; ')}.`;
}
