// A DPIA's state as a tag, and a risk's score as a tag, in the colours dpia-words.ts gives them.
import { Tag } from '../../../components/Tag';
import type { RiskScore } from '../../../../contract/dpias';
import type { DpiaState } from '../../../../contract/information-assets';
import { DPIA_STATE_WORDS, RISK_SCORE_WORDS } from './dpia-words';

export function DpiaStateTag({ state }: { state: DpiaState }) {
  const words = DPIA_STATE_WORDS[state];
  return <Tag colour={words.colour}>{words.text}</Tag>;
}

export function RiskScoreTag({ score }: { score: RiskScore }) {
  const words = RISK_SCORE_WORDS[score];
  return <Tag colour={words.colour}>{words.text}</Tag>;
}
