// Key–value details of one record, as an NHS.UK summary list.
import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
  action?: ReactNode;
}

export function SummaryList({ rows, noBorder = false }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const withActions = rows.some((row) => row.action !== undefined && row.action !== null);
  return (
    <dl className={classNames('nhsuk-summary-list', noBorder && 'nhsuk-summary-list--no-border')}>
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {withActions && <dd className="nhsuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
