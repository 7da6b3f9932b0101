// The level an outcome's indicators of good practice imply, worked out in the browser as the person
// answers them, by the same CAF rule the server applies when it saves (any not-achieved indicator
// true → Not achieved; every achieved one true → Achieved; every partially-achieved one true →
// Partially achieved; otherwise Not achieved). The server's answer on save is the one that counts.

export type IndicatorAnswer = 'yes' | 'no' | 'not-applicable';

export interface IndicatorForVerdict {
  ref: string;
  level: 'not-achieved' | 'partially-achieved' | 'achieved';
}

export interface Verdict {
  /** Null while answers are missing and none already decides it. */
  level: IndicatorForVerdict['level'] | null;
  because: string;
}

export function indicatorVerdict(indicators: readonly IndicatorForVerdict[], answers: Readonly<Record<string, string | undefined>>): Verdict | null {
  if (indicators.length === 0) return null;
  const answerOf = (indicator: IndicatorForVerdict) => answers[indicator.ref] || undefined;
  const group = (level: IndicatorForVerdict['level']) => indicators.filter((indicator) => indicator.level === level);
  const notAchievedTrue = group('not-achieved').filter((indicator) => answerOf(indicator) === 'yes');
  if (notAchievedTrue.length > 0) {
    return { level: 'not-achieved', because: `a not-achieved indicator is true (${notAchievedTrue.map((indicator) => indicator.ref).join(', ')})` };
  }
  const unanswered = indicators.filter((indicator) => answerOf(indicator) === undefined).length;
  if (unanswered > 0) return { level: null, because: `${unanswered} ${unanswered === 1 ? 'indicator is' : 'indicators are'} not yet answered` };
  const allHold = (level: IndicatorForVerdict['level']) => {
    const applicable = group(level).filter((indicator) => answerOf(indicator) !== 'not-applicable');
    return applicable.length > 0 && applicable.every((indicator) => answerOf(indicator) === 'yes');
  };
  if (allHold('achieved')) return { level: 'achieved', because: 'every achieved indicator is true' };
  if (allHold('partially-achieved')) return { level: 'partially-achieved', because: 'every partially-achieved indicator is true' };
  return {
    level: 'not-achieved',
    because: group('partially-achieved').length > 0 ? 'neither every achieved nor every partially-achieved indicator is true' : 'not every achieved indicator is true',
  };
}
