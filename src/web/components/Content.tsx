// Content blocks from the NHS.UK design system: details, inset text, warning callout, card,
// notification banner, and the grid.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { classNames } from './class-names';

export function Details({ summary, children, open, lazy }: { summary: ReactNode; children: ReactNode; open?: boolean; lazy?: boolean }) {
  // A lazy one draws its content only once opened: a page of many (the API reference) stays light.
  const [opened, setOpened] = useState(open ?? false);
  return (
    <details className="nhsuk-details" open={open} onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{!lazy || opened ? children : null}</div>
    </details>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

export function WarningCallout({ heading, children, headingLevel = 2 }: { heading: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </Heading>
        {children}
      </div>
    </div>
  );
}

export function Card({
  heading,
  headingLevel = 2,
  children,
  feature,
}: {
  heading: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
  feature?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={classNames('nhsuk-card', feature && 'nhsuk-card--feature')}>
      <div className={classNames('nhsuk-card__content', feature && 'nhsuk-card__content--feature')}>
        <Heading className={classNames('nhsuk-card__heading', feature && 'nhsuk-card__heading--feature')}>{heading}</Heading>
        {children}
      </div>
    </div>
  );
}

/** A confirmation that something worked, announced and focused when it appears. */
export function SuccessBanner({ children, title = 'Success' }: { children: ReactNode; title?: string }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

type ColumnWidth = 'full' | 'one-half' | 'one-third' | 'two-thirds' | 'one-quarter' | 'three-quarters';

export function GridRow({ children }: { children: ReactNode }) {
  return <div className="nhsuk-grid-row">{children}</div>;
}

export function GridColumn({ width, children }: { width: ColumnWidth; children: ReactNode }) {
  return <div className={`nhsuk-grid-column-${width}`}>{children}</div>;
}

/** A single large number on a card, such as the count of people. */
export function Figure({ children }: { children: ReactNode }) {
  return <p className="app-figure">{children}</p>;
}
