// The organisation tree as nested lists, so the hierarchy is conveyed to screen readers as well as
// by indentation.
import { Link } from 'react-router';
import { labelFor, type ReferenceItem } from '../../../lib/reference';
import type { TreeOrganisation } from '../api/get-tree';

interface Node {
  organisation: TreeOrganisation;
  children: Node[];
}

/** Rebuilds the nesting from the API's depth-first list. */
export function nest(organisations: TreeOrganisation[]): Node[] {
  const roots: Node[] = [];
  const byId = new Map<string, Node>();
  for (const organisation of organisations) {
    const node: Node = { organisation, children: [] };
    byId.set(organisation.id, node);
    const parent = organisation.parentId ? byId.get(organisation.parentId) : undefined;
    if (parent && organisation.depth > 0) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function OrganisationTree({
  organisations,
  dsptCategories,
  label,
}: {
  organisations: TreeOrganisation[];
  dsptCategories: ReferenceItem[] | undefined;
  label: string;
}) {
  return <TreeList nodes={nest(organisations)} dsptCategories={dsptCategories} label={label} />;
}

function TreeList({ nodes, dsptCategories, label }: { nodes: Node[]; dsptCategories: ReferenceItem[] | undefined; label?: string }) {
  return (
    <ul className="app-org-tree" aria-label={label}>
      {nodes.map(({ organisation, children }) => (
        <li className="app-org-tree__item" key={organisation.id}>
          <Link to={`/orgs/${encodeURIComponent(organisation.id)}`}>{organisation.name}</Link>
          <span className="app-org-tree__meta">
            {[
              organisation.typeLabel,
              organisation.odsCode && `ODS code ${organisation.odsCode}`,
              organisation.dsptCategory && `DSPT ${labelFor(dsptCategories, organisation.dsptCategory)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {children.length > 0 && <TreeList nodes={children} dsptCategories={dsptCategories} />}
        </li>
      ))}
    </ul>
  );
}
