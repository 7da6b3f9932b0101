// What people do with the evidence library, one use case per line; the detail lives in the file named.
// Routes, the command line and other modules (assessments) call the evidence library through here only.

// Reading: the list with each item's state as of a day, one item with its versions, a version's file.
export { type EvidenceCriteria, type EvidenceFile, evidenceFile, getEvidence, listEvidence } from './evidence-reading.js';

// For other modules: the organisation's evidence among some ids, and what has expired or soon will.
export { evidenceInOrg, expiringEvidence } from './evidence-reading.js';
export type { EvidenceItem, EvidenceSummary, EvidenceVersionView } from './evidence-views.js';

// Changing: add a link, a note or a file; a new version of a file; the details; archive.
export { addEvidence, addFileEvidence, addFileVersion, archiveEvidence, type NewEvidenceDetails, updateEvidence } from './evidence-changes.js';

// Files arrive as the request body, counted and hashed as they come.
export { isReceivedFile, type ReceivedFile, receiveEvidenceFiles } from './file-upload.js';

// The rules other code may want to show or reuse.
export { contentDisposition, safeFileName } from './domain/download-name.js';
export { EVIDENCE_STATES, type EvidenceState, evidenceState } from './domain/evidence-state.js';
export { ACCEPTED_IN_WORDS, ACCEPTED_TYPES, sniffMediaType } from './domain/media-type.js';
