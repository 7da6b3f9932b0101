// A group of checkboxes in a fieldset, with legend, hint and error message, as NHS.UK markup.
// The first checkbox has the group's id, so an error summary link lands on it.
import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Hint } from './field-parts';

export interface CheckboxItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface CheckboxesProps {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  /** Make the legend a heading when the group is a section of its own. */
  legendHeadingLevel?: 1 | 2;
  hint?: ReactNode;
  error?: string | undefined;
  items: CheckboxItem[];
  values: string[];
  onChange: (values: string[]) => void;
  small?: boolean;
  /** Side by side, for two or three short choices. */
  inline?: boolean;
}

export function Checkboxes({ id, name, legend, legendSize = 'm', legendHeadingLevel, hint, error, items, values, onChange, small, inline }: CheckboxesProps) {
  const LegendHeading = legendHeadingLevel === 1 ? 'h1' : 'h2';
  function toggle(value: string, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((existing) => existing !== value);
    // Keep the order of the items, not the order they were ticked.
    onChange(items.map((item) => item.value).filter((itemValue) => next.includes(itemValue)));
  }
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>
          {legendHeadingLevel ? <LegendHeading className="nhsuk-fieldset__heading">{legend}</LegendHeading> : legend}
        </legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={classNames('nhsuk-checkboxes', small && 'nhsuk-checkboxes--small', inline && 'nhsuk-checkboxes--inline')}>
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-checkboxes__item" key={item.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={itemId}
                  name={name ?? id}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${itemId}-item-hint`}>
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
