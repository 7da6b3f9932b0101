// Risk flags as a table, highest severity first: the rule and why it was raised, and, where the
// flags are about more than one record, which asset or supplier each is about; and the action tracking
// each, or for those who keep the register a way to make it one.
import { Table, type TableColumn } from '../../../components/Table';
import type { RegisterFlag } from '../../../../contract/information-assets';
import { FlagAction } from './FlagAction';
import { SeverityTag } from './FlagTags';
import { SubjectLink } from './SubjectLink';
import { FLAG_RULE_LABELS, SEVERITY_ORDER } from './words';

export function FlagsTable({ flags, caption, captionHidden, orgId, withSubject = false, withSeverity = true, manage = false, asOf }: {
  flags: readonly RegisterFlag[];
  caption: string;
  captionHidden?: boolean;
  orgId: string;
  /** Name the asset or supplier of each flag, linked to its page. */
  withSubject?: boolean;
  withSeverity?: boolean;
  /** Offer to make each flag without an action one. */
  manage?: boolean;
  /** The day the flags were read as of, when not today: an action is made from the flag as it was then. */
  asOf?: string | undefined;
}) {
  const ordered = [...flags].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const columns: Array<TableColumn<RegisterFlag> | false> = [
    withSubject && {
      header: 'Asset, supplier or flow',
      rowHeader: true,
      cell: (flag) => <SubjectLink orgId={orgId} subject={flag.subject} />,
    },
    withSeverity && { header: 'Severity', cell: (flag) => <SeverityTag severity={flag.severity} /> },
    { header: 'Flag', rowHeader: !withSubject, width: 'one-third', cell: (flag) => FLAG_RULE_LABELS[flag.rule] },
    { header: 'Why', cell: (flag) => flag.reason },
    { header: 'Action', cell: (flag) => <FlagAction orgId={orgId} flag={flag} manage={manage} asOf={asOf} /> },
  ];
  return (
    <Table<RegisterFlag>
      caption={caption}
      captionHidden={captionHidden}
      rows={ordered}
      // A record raises each rule at most once, except a supplier's certificates (one flag each).
      rowKey={(flag) => `${flag.subject.kind}:${flag.subject.id}:${flag.rule}:${flag.reason}`}
      columns={columns.filter((column): column is TableColumn<RegisterFlag> => column !== false)}
    />
  );
}
