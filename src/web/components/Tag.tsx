// A short status label. Colours follow the NHS.UK tag palette.
import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type TagColour = 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={classNames('nhsuk-tag', colour && `nhsuk-tag--${colour}`)}>{children}</strong>;
}

/** Several tags as a list, for example a person's roles. */
export function TagList({ tags, label }: { tags: Array<{ key: string; text: string; colour?: TagColour }>; label?: string }) {
  return (
    <ul className="app-tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.key}>
          <Tag {...(tag.colour ? { colour: tag.colour } : {})}>{tag.text}</Tag>
        </li>
      ))}
    </ul>
  );
}
