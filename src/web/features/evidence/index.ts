// The evidence library: the documents, links and notes behind an organisation's assessments, with
// their versions, owners and dates.
export { AddEvidencePage } from './routes/AddEvidencePage';
export { EvidenceItemPage } from './routes/EvidenceItemPage';
export { EvidenceLibraryPage } from './routes/EvidenceLibraryPage';
