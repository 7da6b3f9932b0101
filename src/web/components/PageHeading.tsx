// The page's one h1, with an optional caption above it. It takes focus after client-side navigation
// (see lib/heading-focus) so screen readers announce the new page.
import { type ReactNode, useEffect, useRef } from 'react';
import { takeHeadingFocus } from '../lib/heading-focus';

export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 className="nhsuk-heading-l" tabIndex={-1} ref={ref}>
      {caption && <span className="nhsuk-caption-l">{caption}<span className="nhsuk-u-visually-hidden"> – </span></span>}
      {children}
    </h1>
  );
}
