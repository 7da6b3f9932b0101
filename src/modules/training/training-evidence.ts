// Training compliance as live evidence for assessments: its figures on CAF and DSPT B6.b and NDG
// standard 3, worked out from the compliance report for the instant.
import type { LiveEvidenceContributor } from '../../platform/live-evidence.js';
import { TRAINING_FIGURES, trainingFigureValues } from './domain/training-figures.js';
import { trainingCompliance } from './training-report.js';

export const trainingEvidence: LiveEvidenceContributor = {
  source: 'Training compliance',
  figures: TRAINING_FIGURES.map(({ key, speaksTo }) => ({ key, readActions: ['training.read'], speaksTo })),
  async compute(db, orgId, asOf) {
    return trainingFigureValues(orgId, await trainingCompliance(db, orgId, asOf));
  },
};
