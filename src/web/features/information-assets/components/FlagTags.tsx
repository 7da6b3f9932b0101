// Risk flags at a glance: a tag per severity with how many ("2 high"), highest first, for a table cell;
// and one flag's severity as a tag.
import { Tag, TagList } from '../../../components/Tag';
import type { FlagSeverity, RiskFlag } from '../../../../contract/information-assets';
import { SEVERITY_ORDER, SEVERITY_WORDS } from './words';

export function SeverityTag({ severity }: { severity: FlagSeverity }) {
  const words = SEVERITY_WORDS[severity];
  return <Tag colour={words.colour}>{words.text}</Tag>;
}

/** How many flags of each severity, for a table cell; "None" when there are none. */
export function FlagCountTags({ flags, of }: { flags: readonly RiskFlag[]; of: string }) {
  if (flags.length === 0) return <>None</>;
  const tags = SEVERITY_ORDER.map((severity) => ({ severity, count: flags.filter((flag) => flag.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => ({ key: severity, text: `${count} ${SEVERITY_WORDS[severity].text.toLowerCase()}`, colour: SEVERITY_WORDS[severity].colour }));
  return <TagList tags={tags} label={`Risk flags of ${of}`} />;
}
