// What people do with the information asset register and the organisation's suppliers, one use case
// per line; the detail lives in the file named. Routes, the command line and other modules reach the
// register through here only.

// Reading: assets and suppliers with their flags as of a date, one in full, every flag with counts.
export { type AssetCriteria, assetOwners, getAsset, getSupplier, listAssets, listSuppliers, liveAssetIdsByName, registerFlags } from './register-reading.js';

// Changing: assets are added, changed against the version read and archived; suppliers likewise, and
// removed once no live asset depends on them.
export { archiveAsset, changeAsset, createAsset, type RegisterChangeContext } from './asset-changes.js';
export { changeSupplier, createSupplier, removeSupplier } from './supplier-changes.js';

// Flags become actions: once per flag, changed against the version read, each saying whether its
// flag is still raised.
export { changeRegisterAction, createRegisterAction, listRegisterActions, type RegisterActionCriteria } from './register-actions.js';

// Files: the import kinds (assets, suppliers) and the exports under the same headings.
export { assetsImport } from './assets-import.js';
export { suppliersImport } from './suppliers-import.js';
export { EXPORT_FORMATS, exportAssets, exportSuppliers, type ExportedFile } from './register-export.js';

// Live evidence: the register's figures on the assessment outcomes they speak to.
export { registerEvidence } from './register-evidence.js';

// The rules, for whoever wants to show or reuse them.
export { assetFlags, CERTIFICATE_WARNING_DAYS, flagCounts, flagKey, RESTORE_TEST_MONTHS, SUPPORT_WARNING_DAYS, supplierFlags } from './domain/risk-flags.js';

// Data flows between the organisation's assets, its suppliers and other organisations: read with
// their flags, changed against the version read, archived, imported and exported.
export { type FlowCriteria, getFlow, listFlows } from './flow-reading.js';
export { archiveFlow, changeFlow, createFlow } from './flow-changes.js';
export { flowsImport } from './flows-import.js';
export { exportFlows } from './flow-export.js';
export { AGREEMENT_WARNING_DAYS, DPIA_SCALE_THRESHOLD, flowFlags } from './domain/flow-flags.js';

// The record of processing activities (UK GDPR Art 30), worked out from the flows and assets as of an
// instant, with the controller's and DPO's details kept for it; as JSON or as a file.
export { recordOfProcessing } from './ropa-reading.js';
export { changeRopaDetails, getRopaDetails } from './ropa-details.js';
export { exportRecordOfProcessing } from './ropa-export.js';
export { buildRecordOfProcessing, completeActivities } from './domain/ropa.js';

// Data protection impact assessments of the processing the assets and flows do: screened, assessed
// with their risks, advised on by the DPO and signed off; read with their state and flags as of a date.
export { type DpiaCriteria, getDpia, listDpias } from './dpia-reading.js';
export { answerScreening, changeDpia, createDpia, giveDpoAdvice, replaceLinks, replaceRisks, signOffDpia } from './dpia-changes.js';
export { dpiaFlags, dpiaState, riskScore, screeningOutcome } from './domain/dpia-rules.js';
