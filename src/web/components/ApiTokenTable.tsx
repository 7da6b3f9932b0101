// API tokens (personal, service or SCIM) as a table: how to recognise each, what it may do, when it
// ends and was last used, its state, and a button to revoke it while it works.
import type { ApiToken } from '../../contract/api-tokens';
import { formatDate, formatDateTime } from '../lib/format';
import { Button } from './Button';
import { scopeLabel } from './ScopeCheckboxes';
import { Table } from './Table';
import { Tag, type TagColour } from './Tag';
import { Code, SmallPrint, VisuallyHidden } from './Typography';

const STATES: Record<ApiToken['state'], { text: string; colour: TagColour }> = {
  active: { text: 'Active', colour: 'green' },
  expired: { text: 'Expired', colour: 'grey' },
  revoked: { text: 'Revoked', colour: 'red' },
};

export function ApiTokenTable({
  caption,
  tokens,
  roleLabel = (role) => role,
  onRevoke,
  revoking,
}: {
  caption: string;
  tokens: ApiToken[];
  roleLabel?: (role: string) => string;
  onRevoke: (token: ApiToken) => void;
  /** The id of the token being revoked, while the request is in flight. */
  revoking?: string | undefined;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={tokens}
      rowKey={(token) => token.id}
      columns={[
        {
          header: 'Name',
          rowHeader: true,
          cell: (token) => (
            <>
              {token.name}
              <SmallPrint>
                Starts <Code>{token.prefix}</Code>
              </SmallPrint>
            </>
          ),
        },
        {
          header: 'May do',
          cell: (token) =>
            token.kind === 'scim' ? (
              'Create, change and deactivate accounts (SCIM)'
            ) : (
              <>
                {token.roles.length > 0 && <SmallPrint>As {token.roles.map(roleLabel).join(', ')}</SmallPrint>}
                {token.scopes.map(scopeLabel).join('; ')}
              </>
            ),
        },
        { header: 'Expires', cell: (token) => formatDate(token.expiresAt, 'Never') },
        { header: 'Last used', cell: (token) => formatDateTime(token.lastUsedAt) },
        {
          header: 'State',
          cell: (token) => <Tag colour={STATES[token.state].colour}>{STATES[token.state].text}</Tag>,
        },
        {
          header: <VisuallyHidden>Action</VisuallyHidden>,
          cell: (token) =>
            token.state === 'active' && (
              <Button variant="secondary" small type="button" onClick={() => onRevoke(token)} busy={revoking === token.id}>
                Revoke<VisuallyHidden> {token.name}</VisuallyHidden>
              </Button>
            ),
        },
      ]}
    />
  );
}
