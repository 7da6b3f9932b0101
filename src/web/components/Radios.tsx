// A group of radios in a fieldset, with legend, hint and error message, as NHS.UK markup. The first
// radio has the group's id, so an error summary link lands on it. An item may reveal more fields
// below it while chosen (the design system's conditional reveal).
import { Fragment, type ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, ErrorMessage, Hint } from './field-parts';

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown below the item while it is chosen. */
  conditional?: ReactNode;
}

export interface RadiosProps {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  /** Make the legend a heading when the group is a section of its own. */
  legendHeadingLevel?: 2 | 3;
  hint?: ReactNode;
  error?: string | undefined;
  items: RadioItem[];
  value: string;
  onChange: (value: string) => void;
}

export function Radios({ id, name, legend, legendSize = 'm', legendHeadingLevel, hint, error, items, value, onChange }: RadiosProps) {
  const LegendHeading = legendHeadingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>
          {legendHeadingLevel ? <LegendHeading className="nhsuk-fieldset__heading">{legend}</LegendHeading> : legend}
        </legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={classNames('nhsuk-radios', items.some((item) => item.conditional !== undefined) && 'nhsuk-radios--conditional')}>
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const chosen = item.value === value;
            return (
              // Items and their revealed fields are siblings: the design system's spacing rules expect that.
              <Fragment key={item.value}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={itemId}
                    name={name ?? id}
                    type="radio"
                    value={item.value}
                    checked={chosen}
                    onChange={() => onChange(item.value)}
                    aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                    aria-controls={item.conditional ? `${itemId}-conditional` : undefined}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {item.hint && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${itemId}-item-hint`}>
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional && (
                  <div
                    className={classNames('nhsuk-radios__conditional', !chosen && 'nhsuk-radios__conditional--hidden')}
                    id={`${itemId}-conditional`}
                  >
                    {chosen && item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
