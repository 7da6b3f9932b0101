// Vulnerabilities: the known exploited vulnerabilities catalogue held for every organisation, and an
// organisation's scanner findings: its exposure, the findings themselves, its remediation deadlines,
// its end-of-support table, and each asset's findings for the asset's own page.
export { AssetFindings } from './components/AssetFindings';
export { DeadlinesPage } from './routes/DeadlinesPage';
export { EndOfSupportPage } from './routes/EndOfSupportPage';
export { ExposurePage } from './routes/ExposurePage';
export { FindingPage } from './routes/FindingPage';
export { FindingsPage } from './routes/FindingsPage';
export { KevPage } from './routes/KevPage';
