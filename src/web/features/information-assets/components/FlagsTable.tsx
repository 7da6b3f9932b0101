// Risk flags as a table, highest severity first: the rule and why it was raised, and, where the
// flags are about more than one record, which asset or supplier each is about.
import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../components/Table';
import type { RiskFlag } from '../../../../contract/information-assets';
import { SeverityTag } from './FlagTags';
import { subjectPage } from './links';
import { FLAG_RULE_LABELS, SEVERITY_ORDER } from './words';

export function FlagsTable({ flags, caption, captionHidden, orgId, withSubject = false, withSeverity = true }: {
  flags: readonly RiskFlag[];
  caption: string;
  captionHidden?: boolean;
  orgId: string;
  /** Name the asset or supplier of each flag, linked to its page. */
  withSubject?: boolean;
  withSeverity?: boolean;
}) {
  const ordered = [...flags].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const columns: Array<TableColumn<RiskFlag> | false> = [
    withSubject && {
      header: 'Asset, supplier or flow',
      rowHeader: true,
      cell: (flag) => (
        <>
          <Link to={subjectPage(orgId, flag.subject)}>{flag.subject.name}</Link>
          {flag.subject.kind === 'supplier' && ' (supplier)'}
          {flag.subject.kind === 'flow' && ' (data flow)'}
        </>
      ),
    },
    withSeverity && { header: 'Severity', cell: (flag) => <SeverityTag severity={flag.severity} /> },
    { header: 'Flag', rowHeader: !withSubject, width: 'one-third', cell: (flag) => FLAG_RULE_LABELS[flag.rule] },
    { header: 'Why', cell: (flag) => flag.reason },
  ];
  return (
    <Table<RiskFlag>
      caption={caption}
      captionHidden={captionHidden}
      rows={ordered}
      // A record raises each rule at most once, except a supplier's certificates (one flag each).
      rowKey={(flag) => `${flag.subject.kind}:${flag.subject.id}:${flag.rule}:${flag.reason}`}
      columns={columns.filter((column): column is TableColumn<RiskFlag> => column !== false)}
    />
  );
}
