// Headings, paragraphs and lists in NHS.UK type styles, so features never write the classes.
import type { ReactNode } from 'react';
import { classNames } from './class-names';

type HeadingSize = 'xl' | 'l' | 'm' | 's' | 'xs';

/** A section heading (the page's h1 is PageHeading). */
export function Heading({
  level = 2,
  size = level === 2 ? 'm' : 's',
  id,
  children,
  spaceAbove,
}: {
  level?: 2 | 3 | 4;
  size?: HeadingSize;
  id?: string;
  children: ReactNode;
  /** Extra space above, to separate a new section from a table or form. */
  spaceAbove?: boolean;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={classNames(`nhsuk-heading-${size}`, spaceAbove && 'nhsuk-u-margin-top-6')} id={id}>
      {children}
    </Tag>
  );
}

export function Paragraph({
  children,
  size = 'm',
  secondary,
  noMargin,
}: {
  children: ReactNode;
  size?: 'l' | 'm' | 's';
  secondary?: boolean;
  noMargin?: boolean;
}) {
  return (
    <p
      className={classNames(
        size === 'm' ? 'nhsuk-body' : `nhsuk-body-${size}`,
        secondary && 'nhsuk-u-secondary-text-colour',
        noMargin && 'nhsuk-u-margin-bottom-0',
      )}
    >
      {children}
    </p>
  );
}

/** Secondary, smaller text on its own line, for example a user-agent string under a browser name. */
export function SmallPrint({ children, breakAnywhere }: { children: ReactNode; breakAnywhere?: boolean }) {
  return (
    <span className={classNames('nhsuk-body-s', 'nhsuk-u-secondary-text-colour', 'nhsuk-u-display-block', 'nhsuk-u-margin-bottom-0', breakAnywhere && 'app-break-anywhere')}>
      {children}
    </span>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="nhsuk-u-visually-hidden">{children}</span>;
}

export function BulletList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" aria-label={label}>
      {children}
    </ul>
  );
}

/** Code: an identifier inline, or a block (JSON) that keeps its line breaks. */
export function Code({ children, block }: { children: ReactNode; block?: boolean }) {
  return block ? <pre className="app-code-block">{children}</pre> : <code className="app-code">{children}</code>;
}
