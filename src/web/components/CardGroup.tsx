// Things side by side that wrap onto new rows as the screen narrows, as a list: the design system's
// card group. Each item takes the share of the row given; below the desktop breakpoint, the whole row.
import type { ReactNode } from 'react';

export interface CardGroupItem {
  key: string;
  content: ReactNode;
}

export function CardGroup({ items, width = 'full', label }: { items: CardGroupItem[]; width?: 'full' | 'one-half' | 'one-third'; label?: string }) {
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group" aria-label={label}>
      {items.map((item) => (
        <li className={`nhsuk-grid-column-${width} nhsuk-card-group__item`} key={item.key}>
          {/* The item is a flex box: its content would otherwise shrink to fit its text. */}
          <div className="nhsuk-u-width-full">{item.content}</div>
        </li>
      ))}
    </ul>
  );
}
