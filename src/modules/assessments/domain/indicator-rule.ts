// The CAF rule: the level that answers to an outcome's indicators of good practice imply.
// Any not-achieved indicator that is true of the organisation → Not achieved; every achieved
// indicator true (or not applicable) → Achieved; every partially-achieved indicator true, with no
// not-achieved one → Partially achieved; anything else → Not achieved. NCSC says the final call is
// judgement, so a person may override the result with a justification (see response-rules.ts).

export type IndicatorAnswer = 'yes' | 'no' | 'not-applicable';
export const INDICATOR_ANSWERS: readonly IndicatorAnswer[] = ['yes', 'no', 'not-applicable'];

export type IndicatorLevel = 'not-achieved' | 'partially-achieved' | 'achieved';

export interface Indicator {
  ref: string;
  /** The achievement level whose column the statement sits in. */
  level: IndicatorLevel;
}

export interface IndicatorVerdict {
  /** The level the answers imply, or null while answers are missing and none already decides it. */
  level: IndicatorLevel | null;
  answered: number;
  unanswered: number;
  /** Why, in words: which indicators decided it. */
  because: string;
}

export function levelFromIndicators(indicators: readonly Indicator[], answers: Readonly<Record<string, IndicatorAnswer | undefined>>): IndicatorVerdict {
  const answerOf = (i: Indicator) => answers[i.ref];
  const unanswered = indicators.filter((i) => answerOf(i) === undefined).length;
  const counts = { answered: indicators.length - unanswered, unanswered };
  const group = (level: IndicatorLevel) => indicators.filter((i) => i.level === level);

  const notAchievedTrue = group('not-achieved').filter((i) => answerOf(i) === 'yes');
  if (notAchievedTrue.length) {
    return { level: 'not-achieved', ...counts, because: `${plural(notAchievedTrue.length, 'not-achieved indicator')} true: ${notAchievedTrue.map((i) => i.ref).join(', ')}` };
  }
  if (unanswered) return { level: null, ...counts, because: `${plural(unanswered, 'indicator')} not yet answered` };

  const allHold = (level: IndicatorLevel) => {
    const members = group(level);
    const applicable = members.filter((i) => answerOf(i) !== 'not-applicable');
    return applicable.length > 0 && applicable.every((i) => answerOf(i) === 'yes');
  };
  if (allHold('achieved')) return { level: 'achieved', ...counts, because: 'every achieved indicator is true' };
  if (allHold('partially-achieved')) return { level: 'partially-achieved', ...counts, because: 'every partially-achieved indicator is true' };
  const partial = group('partially-achieved').length > 0;
  return {
    level: 'not-achieved',
    ...counts,
    because: partial ? 'neither every achieved nor every partially-achieved indicator is true' : 'not every achieved indicator is true',
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
