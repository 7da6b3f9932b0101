// What to call a node wherever it is listed. Imported framework files often give a requirement no
// name of its own, only its statement (CISO Assistant's unnamed nodes, WebCAF's indicators): then
// the statement's opening words name it, rather than a bare reference such as "node3".

/** The most characters a label takes in a list; the whole statement is on the node's own page. */
export const LABEL_CHARS = 160;

export interface LabelledNode {
  ref: string;
  title: string;
  /** The identifier the node had in the file it was imported from, when that differs from its ref. */
  sourceRef?: unknown;
  officialText: { title?: string | undefined; description?: string | undefined } | null;
}

export function nodeLabel(node: LabelledNode): string {
  if (node.officialText?.title) return shortened(node.officialText.title, LABEL_CHARS);
  const statement = node.officialText?.description;
  const onlyAnIdentifier = node.title === node.ref || node.title === node.sourceRef;
  return onlyAnIdentifier && statement ? shortened(statement, LABEL_CHARS) : node.title;
}

/** The text cut at a word boundary to at most max characters, with an ellipsis when anything was cut. */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
