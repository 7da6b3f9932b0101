// An incident's severity and a notification clock as coloured tags, worded the same on every page.
import { Tag } from '../../../components/Tag';
import type { ClockState, Severity } from '../../../../contract/incidents';
import { clockWords, SEVERITY_WORDS } from './words';

export function SeverityTag({ severity }: { severity: Severity }) {
  const words = SEVERITY_WORDS[severity];
  return <Tag colour={words.colour}>{words.text}</Tag>;
}

export function ClockTag({ clock }: { clock: ClockState }) {
  const words = clockWords(clock);
  return <Tag colour={words.colour}>{words.text}</Tag>;
}
