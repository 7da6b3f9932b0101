// A secret the API returns once and never again (an API token, an invitation or reset link): shown
// in an inset with a copy button. It takes focus when it appears, so the person hears it is there.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from './Button';

export function ShownOnce({
  heading,
  value,
  headingLevel = 3,
  what,
  children = 'Copy it now: it will not be shown again.',
}: {
  heading: string;
  headingLevel?: 2 | 3 | 4;
  value: string;
  /** What the copy button copies, such as "token" or "link". */
  what: string;
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [value]);
  // The clipboard API exists only on secure origins (HTTPS or localhost); elsewhere people select the text.
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);

  function copy() {
    navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <div className="nhsuk-inset-text app-shown-once" tabIndex={-1} ref={ref}>
      <Heading className="nhsuk-heading-s">{heading}</Heading>
      <p className="nhsuk-body">{children}</p>
      <p className="nhsuk-body">
        <code className="app-code app-secret">{value}</code>
      </p>
      {canCopy && (
        <Button variant="secondary" type="button" small onClick={copy}>
          Copy {what}
        </Button>
      )}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" role="status">
        {copied === true ? `The ${what} has been copied.` : copied === false ? `The ${what} could not be copied: select it and copy it yourself.` : ''}
      </p>
    </div>
  );
}
