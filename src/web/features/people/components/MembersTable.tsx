// The people in an organisation: who they are, their roles, whether they can sign in, and when they last did.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Tag, TagList } from '../../../components/Tag';
import { formatDateTime } from '../../../lib/format';
import { labelFor, type ReferenceItem } from '../../../lib/reference';
import type { Member } from '../api/types';
import { statusTag } from './roles';

export function MembersTable({
  orgId,
  orgName,
  members,
  roles,
}: {
  orgId: string;
  orgName: string;
  members: Member[];
  roles: ReferenceItem[] | undefined;
}) {
  return (
    <Table
      caption={`People in ${orgName}`}
      captionHidden
      rowKey={(member) => member.userId}
      rows={members}
      columns={[
        {
          header: 'Name',
          rowHeader: true,
          cell: (member) => (
            <Link to={`/orgs/${encodeURIComponent(orgId)}/people/${encodeURIComponent(member.userId)}`}>{member.name}</Link>
          ),
        },
        { header: 'Email', className: 'app-break-anywhere', cell: (member) => member.email },
        {
          header: 'Roles',
          cell: (member) =>
            member.roles.length > 0 ? (
              <TagList tags={member.roles.map((role) => ({ key: role, text: labelFor(roles, role), colour: 'blue' }))} />
            ) : (
              'None'
            ),
        },
        {
          header: 'Status',
          cell: (member) => {
            const tag = statusTag(member.status);
            return <Tag colour={tag.colour}>{tag.text}</Tag>;
          },
        },
        { header: 'Last signed in', cell: (member) => formatDateTime(member.lastLoginAt) },
      ]}
    />
  );
}
