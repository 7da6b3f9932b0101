// The publisher's statement this installation imported for a node, under its label in a list: cut to a
// readable length, with a link to the node's own page where it is whole.
import { Link } from 'react-router';
import { SmallPrint, VisuallyHidden } from '../../../components/Typography';
import type { CatalogueNodeView } from '../api/get-catalogue';
import { shortened, STATEMENT_CHARS, statementBeyondLabel } from './words';

export function NodeStatement({ node, href }: { node: Pick<CatalogueNodeView, 'ref' | 'label' | 'officialText'>; href: string }) {
  const statement = statementBeyondLabel(node);
  const shown = statement === null ? null : shortened(statement, STATEMENT_CHARS);
  // A label made from the statement's opening words, or a statement cut short, has more to read.
  const more = (statement === null && Boolean(node.officialText?.description) && node.label.endsWith('…')) || (shown !== null && shown.endsWith('…'));
  if (shown === null && !more) return null;
  return (
    <SmallPrint>
      {shown}
      {more && (
        <>
          {shown ? ' ' : ''}
          <Link to={href}>
            Read the whole statement<VisuallyHidden> of {node.ref}</VisuallyHidden>
          </Link>
        </>
      )}
    </SmallPrint>
  );
}
