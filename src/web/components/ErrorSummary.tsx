// "There is a problem": listed at the top of a form after a failed submit, each problem linking to its
// field. It takes focus when it appears (as nhsuk-frontend's script would) so the problem is announced.
import { type MouseEvent, useEffect, useRef } from 'react';
import type { FormProblems } from '../lib/form-problems';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field to jump to; no link when the problem is not about one field. */
  fieldId?: string;
}

export function ErrorSummary({
  title = 'There is a problem',
  description,
  items = [],
}: {
  title?: string;
  description?: string | undefined;
  items?: ErrorSummaryItem[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Refocus whenever the set of problems changes, e.g. after a second failed attempt.
  const signature = [title, description, ...items.map((item) => item.text)].join('\n');
  useEffect(() => {
    ref.current?.focus();
  }, [signature]);

  function jump(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Show the field's label or legend too, not just the input.
    const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${fieldId}"]`);
    (legendOrLabel ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {description && <p>{description}</p>}
          {items.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {items.map((item) => (
                <li key={`${item.fieldId ?? ''}:${item.text}`}>
                  {item.fieldId ? (
                    <a href={`#${item.fieldId}`} onClick={(event) => jump(event, item.fieldId!)}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** The error summary for a failed form submit (see lib/form-problems). */
export function ProblemSummary({ problems }: { problems: FormProblems | null }) {
  if (!problems) return null;
  return <ErrorSummary title={problems.title} description={problems.description} items={problems.items} />;
}
