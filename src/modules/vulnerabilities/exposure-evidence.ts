// The exposure report as live evidence for assessments, worked out for the instant asked.
import type { LiveEvidenceContributor } from '../../platform/live-evidence.js';
import { EXPOSURE_FIGURES, exposureFigureValues } from './domain/exposure-figures.js';
import { exposureReport } from './exposure-reading.js';

export const exposureEvidence: LiveEvidenceContributor = {
  source: 'Vulnerability findings',
  figures: EXPOSURE_FIGURES.map(({ key, speaksTo }) => ({ key, readActions: ['finding.read'], speaksTo })),
  async compute(db, orgId, asOf) {
    return exposureFigureValues(orgId, await exposureReport(db, orgId, asOf));
  },
};
