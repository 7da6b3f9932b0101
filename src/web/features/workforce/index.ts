// The organisation's people as its records hold them: the staff register on a day with each person's
// assignments and the joiners, movers and leavers of the latest import; training compliance with its
// completions not matched to staff; the directory findings and the accounts behind them.
export { DirectoryAccountsPage } from './routes/DirectoryAccountsPage';
export { DirectoryFindingsPage } from './routes/DirectoryFindingsPage';
export { PersonPage } from './routes/PersonPage';
export { StaffChangesPage } from './routes/StaffChangesPage';
export { StaffRegisterPage } from './routes/StaffRegisterPage';
export { TrainingCompliancePage } from './routes/TrainingCompliancePage';
export { UnmatchedCompletionsPage } from './routes/UnmatchedCompletionsPage';
