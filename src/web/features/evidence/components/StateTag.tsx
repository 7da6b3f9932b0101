// A piece of evidence's state as a coloured tag.
import { Tag } from '../../../components/Tag';
import { STATE_WORDS } from './words';

export function StateTag({ state, archived = false }: { state: string; archived?: boolean }) {
  if (archived) return <Tag colour="grey">Archived</Tag>;
  const words = STATE_WORDS[state] ?? { text: state, colour: 'grey' as const };
  return <Tag colour={words.colour}>{words.text}</Tag>;
}
