// A catalogue's tree: each top-level node a section with its heading, everything below it nested
// lists, so the hierarchy reaches screen readers as well as the eye. Assessable nodes show the
// levels they allow; CIS safeguards their implementation groups, asset type and security function;
// imported statements their opening words. Each reference links to the node's own page.
import type { CatalogueLevel, CatalogueDetail, CatalogueNodeView } from '../api/get-catalogue';
import { TagList } from '../../../components/Tag';
import { Code, Heading, SmallPrint } from '../../../components/Typography';
import { Link } from 'react-router';
import { NodeStatement } from './NodeStatement';
import { ATTRIBUTE_LABELS, nodeAnchor, nodeLink } from './words';

interface Branch {
  node: CatalogueNodeView;
  children: Branch[];
}

/** Rebuilds the nesting from the API's depth-first list. */
export function nestNodes(nodes: CatalogueNodeView[]): Branch[] {
  const roots: Branch[] = [];
  const byRef = new Map<string, Branch>();
  for (const node of nodes) {
    const branch: Branch = { node, children: [] };
    byRef.set(node.ref, branch);
    const parent = node.parentRef ? byRef.get(node.parentRef) : undefined;
    if (parent) parent.children.push(branch);
    else roots.push(branch);
  }
  return roots;
}

/** Facts worth a line in the tree; a node's own page shows them all. */
const TREE_ATTRIBUTES = new Set(['assetType', 'securityFunction', 'leadershipObligation']);

export function CatalogueTree({ catalogue }: { catalogue: CatalogueDetail }) {
  const labels: Labels = {
    levels: new Map(catalogue.levels.map((l: CatalogueLevel) => [l.id, l.label])),
    groups: new Map(catalogue.implementationGroups.map((g: CatalogueLevel) => [g.id, g.label])),
    link: (ref: string) => nodeLink(catalogue.key, catalogue.version, ref),
  };
  return (
    <div className="app-catalogue-tree">
      {nestNodes(catalogue.nodes).map((branch) =>
        branch.children.length > 0 ? (
          <section key={branch.node.ref} aria-labelledby={nodeAnchor(branch.node.ref)}>
            <Heading spaceAbove id={nodeAnchor(branch.node.ref)}>
              <Link to={labels.link(branch.node.ref)}>
                <Code>{branch.node.ref}</Code>
              </Link>{' '}
              {branch.node.label}
            </Heading>
            <NodeFacts node={branch.node} labels={labels} />
            <BranchList branches={branch.children} labels={labels} />
          </section>
        ) : (
          <BranchList key={branch.node.ref} branches={[branch]} labels={labels} />
        ),
      )}
    </div>
  );
}

type Labels = { levels: Map<string, string>; groups: Map<string, string>; link: (ref: string) => string };

function BranchList({ branches, labels }: { branches: Branch[]; labels: Labels }) {
  return (
    <ul className="app-catalogue-tree__list">
      {branches.map(({ node, children }) => (
        <li className="app-catalogue-tree__item" key={node.ref} id={nodeAnchor(node.ref)}>
          <span className={children.length > 0 ? 'app-catalogue-tree__title app-catalogue-tree__title--branch' : 'app-catalogue-tree__title'}>
            <Link to={labels.link(node.ref)}>
              <Code>{node.ref}</Code>
            </Link>{' '}
            {node.label}
          </span>
          <NodeFacts node={node} labels={labels} />
          {children.length > 0 && <BranchList branches={children} labels={labels} />}
        </li>
      ))}
    </ul>
  );
}

function NodeFacts({ node, labels }: { node: CatalogueNodeView; labels: Labels }) {
  const attributes = Object.entries(node.attributes).filter(([name]) => TREE_ATTRIBUTES.has(name));
  return (
    <>
      <NodeStatement node={node} href={labels.link(node.ref)} />
      {node.description && <SmallPrint>{node.description}</SmallPrint>}
      {node.assessable && node.levels.length > 0 && (
        <SmallPrint>
          Levels: {node.levels.map((id) => labels.levels.get(id) ?? id).join(' · ')}
        </SmallPrint>
      )}
      {attributes.length > 0 && <SmallPrint>{attributes.map(([name, value]) => `${ATTRIBUTE_LABELS[name]}: ${String(value)}`).join(' · ')}</SmallPrint>}
      {node.implementationGroups.length > 0 && (
        <TagList
          label={`Implementation groups for ${node.ref}`}
          tags={node.implementationGroups.map((g) => ({ key: g, text: labels.groups.get(g) ?? g, colour: 'blue' as const }))}
        />
      )}
    </>
  );
}
