// The directory as live evidence for assessments: its figures on the outcomes they speak to, from the
// accounts and the staff register as of an instant.
import type { LiveEvidenceContributor } from '../../platform/live-evidence.js';
import { reviewAt } from './account-review.js';
import { DIRECTORY_FIGURES, directoryFigureValues } from './domain/directory-figures.js';

export const directoryEvidence: LiveEvidenceContributor = {
  source: 'Directory accounts',
  figures: DIRECTORY_FIGURES.map(({ key, readActions, speaksTo }) => ({ key, readActions, speaksTo })),
  async compute(db, orgId, asOf) {
    const review = await reviewAt(db, orgId, asOf);
    return directoryFigureValues(orgId, [...review.facts.values()].filter((f) => review.existing.has(f.id)), review.findings);
  },
};
