// The register as live evidence for assessments: its figures on the outcomes they speak to (CAF and
// DSPT A3.a, A4.a and B3.a; NDG standards 1, 8 and 10), worked out from the register and its data
// flows at an instant.
import type { LiveEvidenceContributor } from '../../platform/live-evidence.js';
import { REGISTER_FIGURES, registerAt, registerFigureValues } from './domain/register-figures.js';
import { listFlows } from './flow-reading.js';
import { listAssets, listSuppliers } from './register-reading.js';

export const registerEvidence: LiveEvidenceContributor = {
  source: 'Information asset register',
  figures: REGISTER_FIGURES.map(({ key, readActions, speaksTo }) => ({ key, readActions, speaksTo })),
  async compute(db, orgId, asOf) {
    // Archived assets and flows too: one archived after the instant was still in the register then.
    const [assets, suppliers, flows] = await Promise.all([listAssets(db, orgId, { archived: true }, asOf), listSuppliers(db, orgId, {}, asOf), listFlows(db, orgId, { archived: true }, asOf)]);
    return registerFigureValues(registerAt(orgId, assets.items, suppliers.items, flows.items, asOf));
  },
};
