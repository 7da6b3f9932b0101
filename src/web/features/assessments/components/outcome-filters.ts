// The workspace's filters, read from the address (a GET form puts them there): who owns an outcome,
// its review state, its objective, where it stands against the profile, and "assigned to me".
import type { ResponseView, Workspace } from '../../../../contract/assessments';

export interface OutcomeFilters {
  /** A person's id, 'none' for unassigned, or '' for anyone. */
  owner: string;
  review: string;
  /** The top-level heading's ref (a CAF objective, a CIS control). */
  objective: string;
  /** 'below' (below the profile), 'unanswered', or 'attention' (either). */
  standing: string;
  mine: boolean;
}

export const FILTER_NAMES = ['owner', 'review', 'objective', 'standing', 'mine'] as const;

export function filtersFrom(params: URLSearchParams): OutcomeFilters {
  return {
    owner: params.get('owner') ?? '',
    review: params.get('review') ?? '',
    objective: params.get('objective') ?? '',
    standing: params.get('standing') ?? '',
    mine: params.get('mine') === 'yes',
  };
}

export function anyFilter(filters: OutcomeFilters): boolean {
  return Boolean(filters.owner || filters.review || filters.objective || filters.standing || filters.mine);
}

/** The ref of the outline entry at the top of an outcome's branch. */
export function topOf(outline: Workspace['outline'], ref: string | null): string | null {
  const parents = new Map(outline.map((entry) => [entry.ref, entry.parentRef]));
  let current = ref;
  let top: string | null = null;
  // The outline is a tree; the guard stops a malformed one from looping.
  for (let steps = 0; current !== null && steps < 20; steps++) {
    top = current;
    current = parents.get(current) ?? null;
  }
  return top;
}

export function filterResponses(responses: readonly ResponseView[], outline: Workspace['outline'], filters: OutcomeFilters, myId: string | undefined): ResponseView[] {
  return responses.filter((response) => {
    if (filters.mine && response.owner?.id !== myId) return false;
    if (filters.owner === 'none' ? response.owner !== null : filters.owner && response.owner?.id !== filters.owner) return false;
    if (filters.review && response.reviewState !== filters.review) return false;
    if (filters.objective && topOf(outline, response.parentRef) !== filters.objective) return false;
    if (filters.standing === 'below' && response.standing !== 'below') return false;
    if (filters.standing === 'unanswered' && response.standing !== 'unanswered') return false;
    if (filters.standing === 'attention' && response.standing !== 'below' && response.standing !== 'unanswered') return false;
    return true;
  });
}

export interface OutcomeGroup {
  /** The heading above the group's tables (an objective), when the outline has one. */
  heading: { ref: string; title: string } | null;
  tables: Array<{ ref: string; title: string; responses: ResponseView[] }>;
}

/** Responses under their parent (a principle or control), parents under theirs (an objective), in outline order. */
export function groupResponses(responses: readonly ResponseView[], outline: Workspace['outline']): OutcomeGroup[] {
  const byRef = new Map(outline.map((entry) => [entry.ref, entry]));
  const groups: OutcomeGroup[] = [];
  const tableOf = new Map<string, OutcomeGroup['tables'][number]>();
  for (const response of responses) {
    const parentRef = response.parentRef ?? '';
    let table = tableOf.get(parentRef);
    if (!table) {
      const parent = byRef.get(parentRef);
      table = { ref: parentRef, title: parent?.title ?? '', responses: [] };
      tableOf.set(parentRef, table);
      const grand = parent?.parentRef ? byRef.get(parent.parentRef) : undefined;
      const heading = grand ? { ref: grand.ref, title: grand.title } : null;
      const last = groups.at(-1);
      if (last && last.heading?.ref === heading?.ref) last.tables.push(table);
      else groups.push({ heading, tables: [table] });
    }
    table.responses.push(response);
  }
  return groups;
}
